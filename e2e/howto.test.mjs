// Getting real data in: a load lands on the view that shows it, every empty view says what is
// loaded elsewhere and opens "How do I get this JSON?", and the panel works by keyboard alone,
// copies its commands (or selects them where the clipboard is missing), and makes no request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, openApp, CORPUS, ROOT } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const hash = (page) => page.evaluate(() => location.hash);
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el ? `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}${el.className ? `.${el.className}` : ''}` : 'none';
});
/** Presses Tab until `selector` has the focus (at most `max` times); fails otherwise. */
async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector} (at ${await focused(page)})`);
}
const dialogOpen = (page) => page.evaluate(() => document.querySelector('dialog#howto').open);

test('only PSTN rows: the page lands on the PSTN view, and the empty calls say where the rows are', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await page.setInputFiles('#file-input', join(CORPUS, 'v1.0-getpstncalls.json'));
  await page.waitForSelector('[data-testid=pstn-view]');
  assert.equal(await hash(page), '#/pstn');
  assert.equal(await page.getAttribute('a.tab[aria-current=page]', 'href'), '#/pstn');
  // The calls view is empty, and says what is loaded, where, with a link there.
  await page.click('a.tab:has-text("Calls")');
  await page.waitForSelector('[data-testid=empty]');
  assert.equal(await page.textContent('[data-testid=empty] .empty-headline'), 'No call records loaded.');
  assert.equal(await page.textContent('[data-testid=loaded-elsewhere]'), 'Loaded: 1 PSTN call (PSTN tab).');
  assert.ok(await page.$('[data-testid=empty] [data-testid=howto-open]'), 'the empty view opens the how-to panel');
  await page.click('[data-testid=loaded-elsewhere] a');
  await page.waitForSelector('[data-testid=pstn-view]');
  // Direct Routing rows next: the page moves to them; Back returns to PSTN.
  await page.setInputFiles('#file-input', join(CORPUS, 'v1.0-getdirectroutingcalls.json'));
  await page.waitForSelector('[data-testid=dr-view]');
  assert.equal(await hash(page), '#/direct-routing');
  await page.goBack();
  await page.waitForSelector('[data-testid=pstn-view]');
  // A call record: to the calls.
  await page.setInputFiles('#file-input', join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json'));
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  assert.equal(await hash(page), '#/calls');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('every empty view and a call without sessions open the how-to panel', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  for (const fragment of ['#/calls', '#/pstn', '#/direct-routing', '#/logs', '#/call/not-loaded']) {
    await page.evaluate((f) => { location.hash = f; }, fragment);
    const section = fragment.startsWith('#/call/') ? '[data-testid=call-missing]' : '[data-testid=empty]';
    await page.waitForSelector(`${section} [data-testid=howto-open]`);
    assert.match(await page.textContent(`${section} .empty-headline`), /^(No .* loaded\.|Call record not-loaded is not loaded in this tab\.)$/, fragment);
    await page.click(`${section} [data-testid=howto-open]`);
    assert.ok(await dialogOpen(page), `opens from ${fragment}`);
    await page.click('[data-testid=howto-close]');
    assert.equal(await dialogOpen(page), false);
    assert.equal(await page.evaluate((s) => document.activeElement === document.querySelector(`${s} [data-testid=howto-open]`), section), true,
      `focus back on the button (${fragment})`);
  }
  // A record without sessions: the tree says so and opens the panel. (A load keeps a call's
  // page, even one not loaded, so go to the calls first.)
  await page.evaluate(() => { location.hash = '#/calls'; });
  await page.setInputFiles('#file-input', join(CORPUS, 'v1.0-get-callrecord-basic.json'));
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=no-sessions]');
  assert.match(await page.textContent('[data-testid=no-sessions]'), /\$expand=sessions\(\$expand=segments\)/);
  await page.click('[data-testid=no-sessions] [data-testid=howto-open]');
  assert.ok(await dialogOpen(page));
  // A click beside the panel closes it.
  await page.mouse.click(3, 3);
  assert.equal(await dialogOpen(page), false);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('the how-to panel by keyboard alone: open, copy a command to the clipboard, Escape', async () => {
  const { context, page, log } = await openApp(browser, server.url, CLIPBOARD);
  await page.waitForLoadState('networkidle');
  const startup = log.requests.length;
  await tabTo(page, '.loader [data-testid=howto-open]');
  await page.keyboard.press('Enter');
  assert.ok(await dialogOpen(page));
  assert.equal(await focused(page), 'button[howto-close].howto-close', 'focus goes into the panel');
  // Graph PowerShell is open; its record command writes raw JSON with -OutputFilePath.
  const record = await page.textContent('[data-command=powershell-record] code');
  assert.match(record, /Invoke-MgGraphRequest -Method GET -Uri "https:\/\/graph\.microsoft\.com\/v1\.0\/communications\/callRecords\/\$\{id\}\?`\$expand=sessions\(`\$expand=segments\)" -OutputFilePath "callrecord-\$id\.json"/);
  assert.match(await page.textContent('[data-command=powershell-record] + .writes'), /callrecord-<id>\.json/);
  await tabTo(page, '[data-command=powershell-record] button.copy');
  assert.match(await page.getAttribute('[data-command=powershell-record] button.copy', 'aria-label'), /^Copy: One call record/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('[data-command=powershell-record] .copy-status').textContent === 'Copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), record);
  // The other tools open with the keyboard too.
  await tabTo(page, '[data-tool=az] > summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.querySelector('[data-tool=az]').open), true);
  assert.match(await page.textContent('[data-command=az-pstn] code'), /az rest --method get --url "\$url" --output-file "pstn-\$n\.json"/);
  await page.keyboard.press('Escape');
  assert.equal(await dialogOpen(page), false);
  assert.equal(await focused(page), 'button[howto-open].howto-open', 'focus back on the button that opened it');
  assert.equal(log.requests.length, startup, `requests: ${log.requests.slice(startup).map((r) => r.url).join(', ')}`);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  assert.deepEqual(log.cspViolations, []);
  await context.close();
});

test('without a clipboard API, Copy selects the command for Ctrl+C', async () => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(server.url);
  await page.waitForSelector('.loader [data-testid=howto-open]');
  await page.click('.loader [data-testid=howto-open]');
  await page.click('[data-tool=curl] > summary');
  await page.click('[data-command=curl-setup-0] button.copy');
  await page.waitForFunction(() => document.querySelector('[data-command=curl-setup-0] .copy-status').textContent.startsWith('Selected'));
  const code = await page.textContent('[data-command=curl-setup-0] code');
  assert.match(code, /https:\/\/login\.microsoftonline\.com\/<tenant id>\/oauth2\/v2\.0\/token/);
  assert.equal(await page.evaluate(() => String(window.getSelection())), code);
  await context.close();
});

test('screenshots: the how-to panel and an empty view, wide and narrow, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [{ width: 1400, height: 900 }, { width: 390, height: 844 }]) {
      const name = `${viewport.width}-${colorScheme}`;
      const { context, page, log } = await openApp(browser, server.url, { colorScheme, viewport });
      await page.setInputFiles('#file-input', [join(CORPUS, 'v1.0-getpstncalls.json'), join(CORPUS, 'v1.0-getdirectroutingcalls.json')]);
      await page.waitForSelector('[data-testid=pstn-view]');
      await page.click('a.tab:has-text("Calls")');
      await page.waitForSelector('[data-testid=loaded-elsewhere]');
      await page.screenshot({ path: join(ROOT, 'test-results', `empty-calls-${name}.png`) });
      await page.click('[data-testid=empty] [data-testid=howto-open]');
      await page.screenshot({ path: join(ROOT, 'test-results', `howto-${name}.png`) });
      // Further down: the first commands and a Copy button's status.
      await page.click('[data-command=powershell-record] button.copy');
      await page.evaluate(() => document.querySelector('[data-command=powershell-setup-1]').scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(ROOT, 'test-results', `howto-commands-${name}.png`) });
      // Nothing sticks out sideways: the page and the panel scroll only vertically.
      const overflow = await page.evaluate(() => {
        const d = document.querySelector('dialog#howto');
        return { dialog: d.scrollWidth - d.clientWidth, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
      });
      assert.deepEqual(overflow, { dialog: 0, page: 0 }, name);
      assert.deepEqual(log.pageErrors, []);
      await context.close();
    }
  }
});
