// Long tables are windowed, not capped (#13): an export of thousands of calls, and a log of
// thousands of rows, draw only the rows their scrolling region shows, between two spacer rows
// that keep the scrollbar true to all of them; every row is reached by scrolling (the last one
// included), the count says how many there are, sorting and filtering still work on all of
// them, screen readers are told the true size, and axe finds nothing wrong. Mechanics, not
// timing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, screenshot, axeViolations, ROOT } from './support.mjs';

let server, browser, callsFile, logFile;
const CALLS = 3000;
const LOG_ROWS = 4000;
const pad = (i) => String(i).padStart(4, '0');
const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** `CALLS` peer-to-peer calls a minute apart, organised by "Organizer 0000" to "Organizer 2999". */
function manyCalls() {
  const t0 = Date.UTC(2026, 2, 2, 8);
  return Array.from({ length: CALLS }, (_, i) => ({
    id: `c0000000-0000-4000-8000-${String(i).padStart(12, '0')}`, version: 1, type: 'peerToPeer', modalities: ['audio'],
    startDateTime: iso(t0 + i * 60_000), endDateTime: iso(t0 + i * 60_000 + 30_000),
    organizer_v2: { id: `user-${i}`, identity: { user: { id: `user-${i}`, displayName: `Organizer ${pad(i)}` } } },
  }));
}

/** `LOG_ROWS` Direct Routing rows a minute apart, by "User 0000" to "User 3999"; every tenth fails. */
function bigDirectRoutingLog() {
  const t0 = Date.UTC(2026, 2, 2, 8);
  const value = Array.from({ length: LOG_ROWS }, (_, i) => {
    const ok = i % 10 !== 9;
    return {
      id: `dr-${i}`, correlationId: `corr-${i}`, userId: `u-${i}`, userPrincipalName: `user${pad(i)}@contoso.com`, userDisplayName: `User ${pad(i)}`,
      inviteDateTime: iso(t0 + i * 60_000), startDateTime: iso(t0 + i * 60_000 + 2000),
      endDateTime: ok ? iso(t0 + i * 60_000 + 62_000) : undefined, failureDateTime: ok ? '0001-01-01T00:00:00Z' : iso(t0 + i * 60_000 + 5000),
      duration: ok ? 60 : 3, callType: 'ByotOut', successfulCall: ok, callerNumber: '+14255550100', calleeNumber: `+1206555${pad(i)}`,
      finalSipCode: ok ? 0 : 486, finalSipCodePhrase: ok ? 'BYE' : 'Busy Here', callEndSubReason: ok ? 540000 : 540486,
      trunkFullyQualifiedDomainName: 'sbc1.contoso.com', mediaBypassEnabled: false, mediaPathLocation: 'USWE', signalingLocation: 'USWE',
    };
  });
  return { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.directRoutingLogRow)', value };
}

before(async () => {
  server = await serveDist();
  browser = await launch();
  await mkdir(join(ROOT, 'test-results'), { recursive: true });
  callsFile = join(ROOT, 'test-results', `calls-${CALLS}.json`);
  logFile = join(ROOT, 'test-results', `direct-routing-${LOG_ROWS}.json`);
  await writeFile(callsFile, JSON.stringify(manyCalls()));
  await writeFile(logFile, JSON.stringify(bigDirectRoutingLog()));
});
after(async () => { await browser?.close(); await server?.close(); });

/** What the table in `testid` draws: its data rows (by aria-rowindex), its spacers, its region's scroll. */
const drawn = (page, testid) => page.evaluate((testid) => {
  const table = document.querySelector(`[data-testid=${testid}]`);
  const region = table.closest('.table-wrap');
  const rows = [...table.querySelectorAll('tbody tr:not(.spacer)')];
  const regionBox = region.getBoundingClientRect();
  const head = table.querySelector('thead th').getBoundingClientRect(); // sticky: the cells move, not the thead
  return {
    rows: rows.length,
    all: table.querySelectorAll('tr').length,
    spacers: [...table.querySelectorAll('tbody tr.spacer')].map((s) => ({ hidden: s.getAttribute('aria-hidden'), height: s.getBoundingClientRect().height })),
    first: Number(rows[0]?.getAttribute('aria-rowindex')),
    last: Number(rows.at(-1)?.getAttribute('aria-rowindex')),
    rowcount: Number(table.getAttribute('aria-rowcount')),
    scrollHeight: region.scrollHeight, clientHeight: region.clientHeight, scrollTop: region.scrollTop,
    // The rows that are on screen, below the sticky header, and their heights.
    visible: rows.filter((r) => { const b = r.getBoundingClientRect(); return b.top >= head.bottom - 1 && b.bottom <= regionBox.bottom + 1; })
      .map((r) => ({ index: Number(r.getAttribute('aria-rowindex')), text: r.textContent, top: r.getBoundingClientRect().top, height: r.getBoundingClientRect().height })),
    headerOnTop: Math.abs(head.top - regionBox.top - region.clientTop) < 2,
  };
}, testid);

/** Scrolls the region of the table `testid` to `fraction` of its height and waits for the rows there. */
async function scrollTo(page, testid, fraction) {
  await page.evaluate(([testid, fraction]) => {
    const region = document.querySelector(`[data-testid=${testid}]`).closest('.table-wrap');
    region.scrollTop = (region.scrollHeight - region.clientHeight) * fraction;
  }, [testid, fraction]);
  await page.waitForFunction(([testid]) => {
    const table = document.querySelector(`[data-testid=${testid}]`);
    const region = table.closest('.table-wrap');
    const box = region.getBoundingClientRect();
    const head = table.querySelector('thead th').getBoundingClientRect(); // sticky: the cells move, not the thead
    // Some drawn row is under the middle of the region.
    return [...table.querySelectorAll('tbody tr:not(.spacer)')].some((r) => {
      const b = r.getBoundingClientRect();
      const middle = (head.bottom + box.bottom) / 2;
      return b.top <= middle && b.bottom >= middle;
    });
  }, [testid]);
}

/** Rows of one height, in order, none overlapping the next: the table does not jump. */
function assertOrderly(state, what) {
  // One height, give or take the half pixel of a collapsed border.
  const heights = state.visible.map((r) => r.height);
  assert.ok(Math.max(...heights) - Math.min(...heights) <= 1.5, `${what}: rows of one height, got ${[...new Set(heights)]}`);
  for (let k = 1; k < state.visible.length; k++) {
    assert.equal(state.visible[k].index, state.visible[k - 1].index + 1, `${what}: rows in order`);
    assert.ok(state.visible[k].top >= state.visible[k - 1].top + state.visible[k - 1].height - 1.5, `${what}: no overlap`);
  }
}

for (const [width, scheme] of [[1400, 'light'], [390, 'dark']]) {
  test(`${CALLS} calls at ${width} px (${scheme}): a screenful drawn, all reached by scrolling, sorting on all of them`, async () => {
    const { context, page, log } = await openApp(browser, server.url, { viewport: { width, height: 900 }, colorScheme: scheme, timezoneId: 'UTC' });
    await page.setInputFiles('#file-input', callsFile);
    await page.waitForSelector('[data-testid=calls-table] tbody tr');
    assert.equal(await page.textContent('[data-testid=calls-shown]'), `3,000 of 3,000 calls`);
    let state = await drawn(page, 'calls-table');
    assert.ok(state.all < 150, `${state.all} rows in the DOM for ${CALLS} calls`);
    assert.equal(state.rowcount, CALLS + 1, 'aria-rowcount: every call and the header');
    assert.equal(state.first, 2, 'the first call is aria row 2');
    assert.equal(state.spacers.length, 1, 'one spacer, below');
    assert.equal(state.spacers[0].hidden, 'true');
    // The scrollbar is true to every row.
    const rowHeight = state.visible[0].height;
    assert.ok(Math.abs(state.scrollHeight - (CALLS * rowHeight + 40)) < CALLS * 1.5 + 60,
      `${state.scrollHeight} px for ${CALLS} rows of ${rowHeight} px`);
    assert.match(state.visible[0].text, /Organizer 2999/, 'newest first');
    assertOrderly(state, 'top');
    // Half way: the rows there, the header still on top.
    await scrollTo(page, 'calls-table', 0.5);
    state = await drawn(page, 'calls-table');
    assert.ok(state.all < 150, `${state.all} rows half way`);
    assert.equal(state.spacers.length, 2);
    assert.ok(state.headerOnTop, 'the header stays in view');
    const middle = state.visible[Math.floor(state.visible.length / 2)].index;
    assert.ok(Math.abs(middle - CALLS / 2) < 40, `row ${middle} half way`);
    assertOrderly(state, 'half way');
    await page.locator('[data-testid=calls-table]').evaluate((t) => t.closest('.table-wrap').scrollIntoView());
    await page.screenshot({ path: join(ROOT, 'test-results', `tables-calls-${width}-${scheme}.png`) });
    // The end: the last call (the oldest) is drawn and on screen.
    await scrollTo(page, 'calls-table', 1);
    state = await drawn(page, 'calls-table');
    assert.equal(state.last, CALLS + 1);
    assert.equal(state.visible.at(-1).index, CALLS + 1, 'the last row is on screen');
    assert.match(state.visible.at(-1).text, /Organizer 0000/);
    assert.equal(state.spacers.length, 1, 'one spacer, above');
    // Sorting by organizer: the whole list, from the top again.
    await page.click('[data-testid=calls-table] th button:has-text("Organizer")');
    await page.waitForFunction(() => /Organizer 0000/.test(document.querySelector('[data-testid=calls-table] tbody tr:not(.spacer)')?.textContent));
    state = await drawn(page, 'calls-table');
    assert.equal(state.scrollTop, 0, 'a new order starts at the top');
    assert.equal(state.first, 2);
    await scrollTo(page, 'calls-table', 1);
    state = await drawn(page, 'calls-table');
    assert.match(state.visible.at(-1).text, /Organizer 2999/, 'the last by organizer');
    // A filter: the count and the rows follow.
    await page.fill('.overview input[type=search]', '"Organizer 123"');
    await page.waitForFunction(() => /^10 of 3,000/.test(document.querySelector('[data-testid=calls-shown]').textContent));
    state = await drawn(page, 'calls-table');
    assert.equal(state.rows, 10);
    assert.equal(state.spacers.length, 0);
    assert.equal(state.rowcount, 11);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('the calls table: a link in a drawn row is tabbable, the region scrolls by keyboard, and axe finds nothing wrong', async () => {
  const { context, page } = await openApp(browser, server.url, { bypassCSP: true });
  await page.setInputFiles('#file-input', callsFile);
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  const region = page.locator('[data-testid=calls-table]').locator('xpath=..');
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.equal(await region.getAttribute('role'), 'region');
  await region.focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => {
    const r = document.querySelector('[data-testid=calls-table]').closest('.table-wrap');
    return r.scrollTop > 0 && r.scrollTop >= r.scrollHeight - r.clientHeight - 2;
  });
  await page.waitForSelector(`[data-testid=calls-table] tr[aria-rowindex="${CALLS + 1}"]`);
  // Tab goes on through the header's sort buttons to the links of the drawn rows.
  let focused = 0;
  for (let k = 0; k < 15 && !(focused > 1); k++) {
    await page.keyboard.press('Tab');
    focused = Number(await page.evaluate(() => document.activeElement.closest('tr')?.getAttribute('aria-rowindex')));
  }
  assert.ok(focused > CALLS / 2, `Tab from the region reaches a drawn row's link (row ${focused})`);
  // The window redraws under the focus: it is kept (or given back) on the same row.
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'open');
  const row = () => page.evaluate(() => Number(document.activeElement.closest('tr')?.getAttribute('aria-rowindex')));
  focused = await row();
  await page.keyboard.press('Tab');
  await page.waitForFunction((n) => Number(document.activeElement.closest('tr')?.getAttribute('aria-rowindex')) === n, focused + 1);
  // Scrolled far away with the wheel, the focused row stays drawn and focused.
  await scrollTo(page, 'calls-table', 0);
  await page.waitForTimeout(200);
  assert.equal(await row(), focused + 1, 'the focus stays on its row while the region scrolls away');
  assert.ok((await drawn(page, 'calls-table')).all < 150);
  assert.deepEqual(await axeViolations(page), [], 'at the top, a row far below kept for the focus');
  await scrollTo(page, 'calls-table', 0.5);
  assert.deepEqual(await axeViolations(page), [], 'half way');
  await context.close();
});

for (const [width, scheme] of [[1400, 'dark'], [390, 'light']]) {
  test(`${LOG_ROWS} Direct Routing rows at ${width} px (${scheme}): windowed, scrolled to the end, sorted, filtered`, async () => {
    const { context, page, log } = await openApp(browser, server.url, { viewport: { width, height: 900 }, colorScheme: scheme, timezoneId: 'UTC', bypassCSP: true });
    await page.setInputFiles('#file-input', logFile);
    await page.waitForSelector('[data-testid=counts]');
    await page.click('a.tab:has-text("Direct Routing")');
    await page.waitForSelector('[data-testid=dr-view] [data-testid=log-table] tbody tr');
    assert.equal(await page.textContent('[data-testid=rows-shown]'), '4,000 of 4,000 rows');
    let state = await drawn(page, 'log-table');
    assert.ok(state.all < 150, `${state.all} rows in the DOM for ${LOG_ROWS}`);
    assert.equal(state.rowcount, LOG_ROWS + 1);
    assert.match(state.visible[0].text, /User 3999/, 'newest first');
    assertOrderly(state, 'top');
    await scrollTo(page, 'log-table', 0.5);
    state = await drawn(page, 'log-table');
    assert.ok(state.headerOnTop, 'the header stays in view');
    assert.ok(state.all < 150);
    assertOrderly(state, 'half way');
    await page.locator('[data-testid=log-table]').evaluate((t) => t.closest('.table-wrap').scrollIntoView());
    await page.screenshot({ path: join(ROOT, 'test-results', `tables-log-${width}-${scheme}.png`) });
    assert.deepEqual(await axeViolations(page), [], 'half way');
    await scrollTo(page, 'log-table', 1);
    state = await drawn(page, 'log-table');
    assert.equal(state.visible.at(-1).index, LOG_ROWS + 1, 'the last row is on screen');
    assert.match(state.visible.at(-1).text, /User 0000/);
    // Sorted oldest first: User 0000 on top, User 3999 at the end.
    await page.click('[data-testid=log-table] th button:has-text("Start time")');
    await page.waitForFunction(() => /User 0000/.test(document.querySelector('[data-testid=log-table] tbody tr:not(.spacer)')?.textContent));
    assert.equal((await drawn(page, 'log-table')).scrollTop, 0);
    await scrollTo(page, 'log-table', 1);
    state = await drawn(page, 'log-table');
    assert.match(state.visible.at(-1).text, /User 3999/);
    // Failed only: 400 rows, still windowed, the last one reached.
    await page.selectOption('[data-testid=dr-view] select', 'failed');
    await page.waitForFunction(() => /^400 of 4,000/.test(document.querySelector('[data-testid=rows-shown]').textContent));
    await scrollTo(page, 'log-table', 1);
    state = await drawn(page, 'log-table');
    assert.equal(state.rowcount, 401);
    assert.equal(state.visible.at(-1).index, 401);
    assert.match(state.visible.at(-1).text, /User 3999/);
    assert.deepEqual(log.pageErrors, []);
    await context.close();
  });
}

test('printing draws every row of a windowed table', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.setInputFiles('#file-input', callsFile);
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=calls-table] tbody tr:not(.spacer)').length === n, CALLS);
  assert.equal(await page.locator('[data-testid=calls-table] tbody tr.spacer').count(), 0);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=calls-table] tbody tr').length < 150);
  await screenshot(page, 'tables-after-print');
  await context.close();
});
