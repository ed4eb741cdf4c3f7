// Accessibility: axe-core (wcag2a, wcag2aa, wcag21aa, best-practice) finds nothing on any view in
// any state, light or dark; and the keyboard user's focus goes where the new content is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, openApp, axeViolations, CORPUS } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const GROUP_ID = '3d76f4b9-47ea-5fb9-810f-3e12a619b13b'; // the built-in example's group call

/** Runs axe in both colour schemes and collects what it finds under `state`. */
async function check(page, state, found) {
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    // Let the charts redraw in the new theme before looking.
    await page.waitForTimeout(50);
    for (const v of await axeViolations(page)) found.push(`${state} (${colorScheme}): ${v}`);
  }
}

test('axe-core finds no violation on any view, in any state, light or dark', async () => {
  // The page's CSP forbids inline scripts, axe-core's included: this context alone bypasses it so
  // axe's source can be injected as a script tag (still no URL, no request).
  const { context, page, log } = await openApp(browser, server.url, { bypassCSP: true });
  const found = [];
  await check(page, 'empty page', found);

  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=across-charts]');
  await check(page, 'overview', found);
  // One person's calls: the chip with its clear button.
  await page.fill('[data-testid=person-input]', await page.$eval('[data-testid=person-offers] option', (o) => o.value));
  await page.waitForSelector('[data-testid=person-chip]');
  await check(page, 'one person picked', found);
  await page.click('[data-testid=person-chip] button');

  await page.evaluate((id) => { location.hash = `#/call/${id}/session/0/segment/0/media/0/stream/0`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=call-view] [role=treeitem][aria-selected=true][aria-level="4"]');
  await check(page, 'call with a stream selected', found);

  // Every chart's table open.
  for (const s of await page.$$('[data-testid=call-charts] details')) await s.evaluate((d) => { d.open = true; });
  await check(page, 'call charts and chart tables open', found);

  await page.click('a.tab:has-text("PSTN")');
  await page.waitForSelector('[data-testid=pstn-view]');
  await check(page, 'PSTN', found);

  await page.click('a.tab:has-text("Direct Routing")');
  await page.waitForSelector('[data-testid=dr-view]');
  await check(page, 'Direct Routing', found);

  // Redact and export: the preview open, then redaction on (the panel's state line).
  await page.click('[data-testid=share-panel] > summary');
  await page.waitForSelector('table.redaction-preview');
  await check(page, 'redaction preview open', found);
  await page.click('[data-testid=apply-redaction]');
  await page.waitForSelector('[data-testid=redaction-status].on');
  await check(page, 'redacted', found);

  await page.click('.threshold-editor summary');
  await page.waitForSelector('[data-testid=threshold-editor]');
  await check(page, 'Edit limits open', found);
  await page.keyboard.press('Escape');

  // A file with warnings and errors: the diagnostics list.
  await page.fill('#paste', '{ "id": "x", "version": 1, "type": "groupCall", "startDateTime": "2026-02-30T10:00:00Z" }\n{ "id": ');
  await page.click('button:has-text("Load pasted text")');
  await page.waitForSelector('[data-testid=diagnostics]');
  await check(page, 'diagnostics shown', found);

  assert.deepEqual(found, []);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
