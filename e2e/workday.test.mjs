// What an admin trips over in a real session (issue #15): the layout does not move under the
// pointer, "Problems only" keeps only problems, the breadcrumb names the call, Edit limits
// closes like a popup, leaving with data loaded asks first, auto attendants and call queues
// are named, one person's calls can be picked, and the UTC switch survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, ROOT } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const GROUP_ID = '3d76f4b9-47ea-5fb9-810f-3e12a619b13b'; // the built-in example's group call
/** Loads the built-in example and opens its group call. */
async function openGroupCall(page) {
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
}

const ONE = JSON.stringify({ id: 'pasted-one', version: 1, type: 'peerToPeer', modalities: ['audio'],
  startDateTime: '2026-03-01T10:00:00Z', endDateTime: '2026-03-01T10:05:00Z' });

test('"Load pasted text" loads on the first click once data is loaded: nothing moves under the pointer', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  const shown = await page.textContent('[data-testid=calls-shown]');
  await page.fill('#paste', ONE); // focuses the box
  const button = page.locator('button:has-text("Load pasted text")');
  const before = await button.boundingBox();
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down(); // blurs the box
  const during = await button.boundingBox();
  await page.mouse.up();
  assert.deepEqual(during, before, 'the button stays where the pointer went down');
  await page.waitForFunction((s) => document.querySelector('[data-testid=calls-shown]')?.textContent !== s, shown);
  assert.match(await page.textContent('[data-testid=calls-shown]'), /^\d+ of \d+ calls$/);
  assert.notEqual(await page.textContent('[data-testid=calls-shown]'), shown);
  await context.close();
});

test('nothing is kept: the empty page says so, and leaving with data loaded asks first', async () => {
  const { context, page } = await openApp(browser, server.url);
  assert.match(await page.textContent('[data-testid=nothing-kept]'), /Nothing you load is kept/);
  const asks = () => page.evaluate(() => {
    const e = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(e);
    return e.defaultPrevented;
  });
  assert.equal(await asks(), false, 'nothing loaded: no question');
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  assert.equal(await asks(), true, 'data loaded: the browser asks before leaving');
  assert.equal(await page.$('[data-testid=nothing-kept]'), null);
  await page.click('button:has-text("Clear all")');
  await page.waitForSelector('[data-testid=nothing-kept]');
  assert.equal(await asks(), false, 'cleared: no question');
  await context.close();
});

test('the breadcrumb names the call by its title, not its id', async () => {
  const { context, page } = await openApp(browser, server.url);
  await openGroupCall(page);
  const crumb = page.locator('[data-testid=crumb-title]');
  await crumb.waitFor();
  assert.match(await crumb.textContent(), /^Group call, \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
  assert.doesNotMatch(await crumb.textContent(), new RegExp(GROUP_ID));
  assert.equal(await crumb.getAttribute('title'), GROUP_ID);
  await context.close();
});

test('findings are grouped by kind with counts, the first few shown and the rest on request', async () => {
  const { context, page } = await openApp(browser, server.url);
  await openGroupCall(page);
  await page.waitForSelector('[data-testid=findings]');
  const groups = await page.$$eval('.finding-group', (gs) => gs.map((g) => ({
    heading: g.querySelector('h4').textContent,
    shown: g.querySelectorAll(':scope > ul > li').length,
    // "Show 4 more": the folded ones are drawn only once opened (a meeting has hundreds).
    folded: Number(g.querySelector('details.finding-more > summary')?.textContent.match(/\d+/)?.[0] ?? 0),
    drawn: g.querySelectorAll('details li').length,
  })));
  assert.ok(groups.length >= 3, JSON.stringify(groups));
  const total = Number((await page.textContent('#findings-heading')).match(/\((\d+)\)/)[1]);
  assert.equal(groups.reduce((n, g) => n + g.shown + g.folded, 0), total, 'every finding is in a group');
  for (const g of groups) {
    assert.ok(g.shown <= 3, `${g.heading}: ${g.shown} shown`);
    assert.equal(Number(g.heading.match(/\((\d+)/)[1]), g.shown + g.folded, g.heading);
    assert.equal(g.drawn, 0, `${g.heading}: folded findings are not drawn before they are asked for`);
  }
  assert.ok(groups.some((g) => g.folded > 0), JSON.stringify(groups));
  const first = groups.findIndex((g) => g.folded > 0);
  const folded = page.locator('.finding-group').nth(first).locator('.finding-more');
  await folded.locator('summary').click();
  await folded.locator('li').first().waitFor({ state: 'visible' });
  assert.equal(await folded.locator('li').count(), groups[first].folded, 'opened: every folded finding');
  // Printing opens them all.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('.finding-group details li').length === n,
    groups.reduce((n, g) => n + g.folded, 0));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await context.close();
});

test('on a phone the detail panel follows a tapped tree row into view', async () => {
  const { context, page } = await openApp(browser, server.url, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await openGroupCall(page);
  await page.click('button:has-text("Expand all")');
  const row = page.locator('[role=treeitem][aria-level="4"]').first();
  await row.waitFor();
  await row.scrollIntoViewIfNeeded();
  await row.tap();
  await page.waitForFunction(() => /\/stream\/\d+$/.test(location.hash));
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid=detail]').getBoundingClientRect();
    return r.top >= 0 && r.top < innerHeight / 2;
  }, null, { timeout: 5000 });
  assert.match(await page.textContent('[data-testid=detail] .detail-title'), /stream/);
  await context.close();
});

test('Edit limits: Escape and a click outside close it; custom limits survive a reload (in the URL); Reset returns to the rule set', async () => {
  const { context, page } = await openApp(browser, server.url);
  page.on('dialog', (d) => d.accept()); // the "leave this page?" question on reload
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  const editor = page.locator('[data-testid=threshold-editor]');
  await page.click('.threshold-editor summary');
  await editor.waitFor();
  await page.focus('[data-field=audio_jitter]');
  await page.keyboard.press('Escape');
  assert.equal(await editor.isVisible(), false, 'Escape closes');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY', 'and gives the focus back');
  await page.click('.threshold-editor summary');
  await editor.waitFor();
  await page.mouse.click(700, 600); // on the calls table, outside the editor
  assert.equal(await editor.isVisible(), false, 'a click outside closes');

  await page.selectOption('.rules select', 'classic');
  await page.click('.threshold-editor summary');
  await page.fill('[data-field=audio_jitter]', '5');
  await page.dispatchEvent('[data-field=audio_jitter]', 'change');
  await page.waitForFunction(() => location.hash.includes('rules=custom'));
  assert.match(page.url(), /#\/calls\?rules=custom&base=classic&audio_jitter=5$/);
  // Opening a call keeps the rules in its URL.
  await page.mouse.click(5, 890);
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=call-view]');
  await page.waitForFunction(() => /^#\/call\/[^?]+\?rules=custom&base=classic&audio_jitter=5$/.test(location.hash));

  await page.reload();
  await page.waitForSelector('h1:has-text("Call Record Viewer")');
  await page.waitForFunction(() => document.querySelector('.rules select').selectedOptions[0]?.textContent.startsWith('Custom'));
  assert.equal(await page.inputValue('[data-field=audio_jitter]'), '5');
  await page.click('.threshold-editor summary');
  assert.match(await page.textContent('[data-testid=reset-limits]'), /^Reset to .*classic/i);
  await page.click('[data-testid=reset-limits]');
  await page.waitForFunction(() => !document.querySelector('.rules select').selectedOptions[0]?.textContent.startsWith('Custom'));
  assert.match(await page.inputValue('.rules select'), /^classic$/);
  await page.waitForFunction(() => /\?rules=classic$/.test(location.hash));
  assert.notEqual(await page.inputValue('[data-field=audio_jitter]'), '5');
  await context.close();
});

test('one time rule: local time with the offset of that instant everywhere, UTC on hover, and a switch to UTC', async () => {
  // New York: the example's March call is in summer time (UTC-04:00) although January is UTC-05:00.
  const { context, page } = await openApp(browser, server.url, { timezoneId: 'America/New_York' });
  const winter = JSON.stringify({ id: 'winter-call', version: 1, type: 'peerToPeer', modalities: ['audio'],
    startDateTime: '2026-01-15T15:00:00Z', endDateTime: '2026-01-15T15:05:00Z' });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.fill('#paste', winter);
  await page.click('button:has-text("Load pasted text")');
  await page.waitForFunction(() => /^3 of 3/.test(document.querySelector('[data-testid=calls-shown]')?.textContent));
  const starts = await page.$$eval('[data-testid=calls-table] tbody tr td:first-child time', (ts) => ts.map((t) => [t.textContent, t.title]));
  assert.ok(starts.some(([text]) => text === '2026-03-17 11:00:04 UTC-04:00'), JSON.stringify(starts));
  assert.ok(starts.some(([text, title]) => text === '2026-01-15 10:00:00 UTC-05:00' && title.startsWith('2026-01-15T15:00:00')), JSON.stringify(starts));
  assert.doesNotMatch(await page.textContent('[data-testid=calls-table] thead'), /UTC[+-]/, 'no single offset in the heading');
  // The call view and the PSTN table write the same call's times by the same rule.
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=call-view]');
  assert.match(await page.textContent('.call-header h2'), /2026-03-17 11:00:04 UTC-04:00/);
  assert.match(await page.textContent('[data-testid=call-log-rows]'), /2026-03-17 11:03:26/);
  await page.click('a.tab:has-text("PSTN")');
  await page.waitForSelector('[data-testid=pstn-view]');
  const pstn = await page.textContent('[data-testid=log-table] tbody');
  assert.match(pstn, /2026-03-17 11:03:26 UTC-04:00/);
  assert.doesNotMatch(pstn, /15:03:26/);
  // The switch: every time in UTC.
  await page.check('[data-testid=utc-switch]');
  await page.waitForFunction(() => /15:03:26 UTC/.test(document.querySelector('[data-testid=log-table] tbody').textContent));
  await page.click('a.tab:has-text("Calls")');
  await page.waitForSelector('[data-testid=calls-table]');
  assert.ok((await page.$$eval('[data-testid=calls-table] tbody tr td:first-child time', (ts) => ts.map((t) => t.textContent))).includes('2026-03-17 15:00:04 UTC'));
  await context.close();
});

test('the Direct Routing table fits a laptop: SIP answer in view, one-line rows, explanation on request, sticky first column', async () => {
  const { context, page } = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.click('a.tab:has-text("Direct Routing")');
  await page.waitForSelector('[data-testid=dr-view] [data-testid=log-table]');
  const layout = await page.evaluate(() => {
    const table = document.querySelector('[data-testid=log-table]');
    const code = [...table.querySelectorAll('thead th')].find((th) => /Final SIP code/.test(th.textContent));
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect().height);
    return { width: table.getBoundingClientRect().width, codeRight: code?.getBoundingClientRect().right, tallest: Math.max(...rows), maxHeight: parseFloat(getComputedStyle(table.parentElement).maxHeight) };
  });
  assert.ok(layout.codeRight && layout.codeRight <= 1400, `the SIP code column ends at ${layout.codeRight} px`);
  assert.ok(layout.tallest <= 60, `rows up to ${layout.tallest} px tall`);
  assert.ok(layout.maxHeight <= 0.75 * 900 + 1, `the table scrolls in a box within the screen (max ${layout.maxHeight} px), its scrollbar in reach`);
  // The explanation: the meaning shown, the next step on request.
  const explain = page.locator('.explain-more').first();
  assert.equal(await explain.locator('.next-step').isVisible(), false);
  await explain.locator('summary').click();
  assert.ok(await explain.locator('.next-step').isVisible());
  // The first column stays put when the table scrolls sideways.
  const first = page.locator('[data-testid=log-table] tbody tr td:first-child').first();
  const before = (await first.boundingBox()).x;
  await page.$eval('[data-testid=dr-view] .log-table .table-wrap', (w) => { w.scrollLeft = 400; });
  assert.equal((await first.boundingBox()).x, before);
  await context.close();
});

test('auto attendants and call queues are named by the record\'s other identities, not "User ca69ff3e"', async () => {
  const { context, page } = await openApp(browser, server.url);
  const fixture = await readFile(join(ROOT, 'crates/callrecords/tests/fixtures/names/auto-attendant-call-queue.json'), 'utf8');
  await page.fill('#paste', fixture);
  await page.click('button:has-text("Load pasted text")');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=call-view]');
  await page.click('button:has-text("Expand all")');
  const tree = await page.textContent('[role=tree]');
  assert.match(tree, /\+14255550177 ↔ Contoso Main Line/);
  assert.match(tree, /\+14255550177 ↔ Contoso Support Queue/);
  assert.match(tree, /Contoso Main Line → \+14255550177/);
  assert.match(tree, /Auto attendant e91b7a3c ↔ Contoso Support Queue/, 'named nowhere: its role and id');
  assert.doesNotMatch(tree, /User ca69ff3e|Resource account 7d41e2b0|User 5a0e2f7c/);
  // The detail panel of the auto attendant's session names it too.
  await page.click('[role=treeitem][aria-level="1"] >> nth=0');
  await page.waitForFunction(() => /Contoso Main Line/.test(document.querySelector('[data-testid=detail]')?.textContent));
  await context.close();
});

test('one person\'s calls: type a name, see the people offered, pick one, see their calls and poor streams, clear the pick', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  const offers = () => page.$$eval('[data-testid=person-offers] option', (os) => os.map((o) => `${o.value} | ${o.textContent}`));
  assert.equal(await page.getAttribute('[data-testid=person-input]', 'placeholder'), 'Everyone');
  const first = await offers();
  assert.ok(first.length > 1 && first.length <= 30, JSON.stringify(first));
  assert.ok(!first.some((o) => /Conferencing server|PSTN gateway/.test(o)), 'services are nobody in particular');
  await page.fill('[data-testid=person-input]', 'ABB');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=person-offers] option').length === 1);
  assert.deepEqual(await offers(), ['Abbie Wilkins | Abbie Wilkins (2 calls)']);
  assert.match(await page.textContent('[data-testid=calls-shown]'), /^2 of 2 calls$/, 'part of a name picks no one');
  // A whole name, in any case, picks that person.
  await page.fill('[data-testid=person-input]', 'owen franklin');
  const chip = page.locator('[data-testid=person-chip]');
  await chip.waitFor();
  assert.match(await chip.textContent(), /^Calls with Owen Franklin: 1 call, (no poor streams|\d+ poor streams?) sent or received by them/);
  assert.match(await page.textContent('[data-testid=calls-shown]'), /^1 of 2 calls$/);
  assert.equal(await page.inputValue('[data-testid=person-input]'), 'Owen Franklin', 'the box shows the name as the page writes it');
  await page.click('[data-testid=person-chip] button');
  await chip.waitFor({ state: 'detached' });
  assert.match(await page.textContent('[data-testid=calls-shown]'), /^2 of 2 calls$/);
  assert.equal(await page.inputValue('[data-testid=person-input]'), '');
  // Emptying the box shows everyone again too.
  await page.fill('[data-testid=person-input]', 'Abbie Wilkins');
  await chip.waitFor();
  await page.fill('[data-testid=person-input]', '');
  await chip.waitFor({ state: 'detached' });
  await context.close();
});

test('the UTC switch is kept in the URL and read on load; date filters take UTC days while it is on', async () => {
  const { context, page } = await openApp(browser, server.url, { timezoneId: 'America/New_York' });
  page.on('dialog', (d) => d.accept());
  await page.check('[data-testid=utc-switch]');
  await page.waitForFunction(() => /[?&]utc=1$/.test(location.hash));
  const url = page.url();
  await page.reload();
  await page.waitForSelector('h1:has-text("Call Record Viewer")');
  await page.waitForFunction(() => document.querySelector('[data-testid=utc-switch]')?.checked);
  assert.equal(page.url(), url);
  // A call at 02:00 UTC on 1 March is on 28 February in New York.
  const late = JSON.stringify({ id: 'late-call', version: 1, type: 'peerToPeer', modalities: ['audio'],
    startDateTime: '2026-03-01T02:00:00Z', endDateTime: '2026-03-01T02:05:00Z' });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.fill('#paste', late);
  await page.click('button:has-text("Load pasted text")');
  await page.waitForFunction(() => /^3 of 3/.test(document.querySelector('[data-testid=calls-shown]')?.textContent));
  assert.doesNotMatch(await page.textContent('[data-testid=calls-table] tbody'), /UTC-0[45]:00/, 'every time in UTC');
  for (const nth of [0, 1]) {
    await page.fill(`.filters input[type=date] >> nth=${nth}`, '2026-03-01');
    await page.dispatchEvent(`.filters input[type=date] >> nth=${nth}`, 'change');
  }
  assert.equal(await page.getAttribute('.filters input[type=date] >> nth=0', 'aria-label'), 'Started on or after (UTC date)');
  await page.waitForFunction(() => /^1 of 3/.test(document.querySelector('[data-testid=calls-shown]')?.textContent));
  // Back to local time: the same dates are New York days, and the call is on the day before.
  await page.uncheck('[data-testid=utc-switch]');
  await page.waitForFunction(() => !/utc=1/.test(location.hash));
  await page.waitForFunction(() => /^0 of 3/.test(document.querySelector('[data-testid=calls-shown]')?.textContent));
  assert.equal(await page.inputValue('.filters input[type=date] >> nth=0'), '2026-03-01', 'the days picked stay');
  await context.close();
});
