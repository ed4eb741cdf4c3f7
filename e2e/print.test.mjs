// Printing a call: no controls, no sticky header, the whole tree expanded, tables that fit the
// page. The PDF Chromium prints is read back with poppler (pdftotext; pdftoppm renders its pages
// to test-results/ to be looked at).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, ROOT } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const GROUP_ID = '3d76f4b9-47ea-5fb9-810f-3e12a619b13b'; // the built-in example's group call

test('a printed call: whole tree, no controls, fits the page', async () => {
  const { context, page } = await openApp(browser, server.url, { deviceScaleFactor: 2 });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForSelector('[role=treeitem]');
  await page.click('button:has-text("Collapse all")');
  const collapsed = await page.locator('[role=treeitem]').count();
  // What the browser does before it prints (window.print() fires it; page.pdf() does not).
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction((n) => document.querySelectorAll('[role=treeitem]').length > n, collapsed);
  const streams = await page.locator('[role=treeitem][aria-level="4"]').count();
  assert.ok(streams >= 20, `every stream drawn for print: ${streams}`);

  await page.emulateMedia({ media: 'print' });
  // A4 at 96 dpi less the page margins is about 718 px: the content fits that width.
  await page.setViewportSize({ width: 718, height: 1000 });
  const layout = await page.evaluate(() => ({
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    header: getComputedStyle(document.querySelector('.app-header')).position,
    hiddenControls: ['.loader', '.threshold-editor', '.tabs', '.tree-tools button', '.chart-save', '.lang-menu', '.utc-switch']
      .filter((s) => [...document.querySelectorAll(s)].some((e) => e.getClientRects().length > 0)),
  }));
  assert.equal(layout.header, 'static', 'no sticky header over printed content');
  assert.deepEqual(layout.hiddenControls, [], 'controls are not printed');
  assert.ok(layout.overflow <= 0, `the page is ${layout.overflow} px wider than the paper`);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = join(ROOT, 'test-results', 'print-call.pdf');
  await writeFile(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim()).length;
  assert.ok(pages >= 2, `${pages} pages`);
  for (const control of ['Load pasted text', 'Edit limits', 'Expand all', 'Collapse all', 'Show as table', 'Skip to the content']) {
    assert.ok(!text.includes(control), `"${control}" is not printed`);
  }
  assert.match(text, /Group call/);
  // Every stream of the tree is on paper (its direction arrow), not only the opened branch.
  assert.ok((text.match(/→/g) || []).length >= streams, `${(text.match(/→/g) || []).length} arrows for ${streams} streams`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, join(ROOT, 'test-results', 'print-call')]);
  await context.close();
});
