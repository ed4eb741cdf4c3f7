// The call view at a phone's, a tablet's, a laptop's and a wide screen's width, light and dark,
// and printed: the page never scrolls sideways, and a screenshot of each is written (to
// test-results/, or SHOTS_DIR) to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, ROOT } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const GROUP_ID = '3d76f4b9-47ea-5fb9-810f-3e12a619b13b'; // the built-in example's group call
const OUT = process.env.SHOTS_DIR || join(ROOT, 'test-results');
const STREAM = `#/call/${GROUP_ID}/session/0/segment/0/media/0/stream/0`;

for (const colorScheme of ['light', 'dark']) {
  test(`the call view at 390, 768, 1400 and 1920 px (${colorScheme}): no sideways scrolling`, async () => {
    await mkdir(OUT, { recursive: true });
    for (const width of [390, 768, 1400, 1920]) {
      const { context, page } = await openApp(browser, server.url, { colorScheme, viewport: { width, height: width < 700 ? 844 : 1000 } });
      await page.click('[data-testid=try-example]');
      await page.waitForSelector('[data-testid=calls-table] tbody tr');
      await page.evaluate((hash) => { location.hash = hash; }, STREAM);
      await page.waitForSelector('[role=treeitem][aria-selected=true][aria-level="4"]');
      await page.waitForTimeout(300); // charts drawn
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${width} px: the page is ${overflow} px wider than the screen`);
      // The stream's measures and their values fit the detail panel (no value scrolled away).
      const hiddenValues = await page.$$eval('[data-testid=detail] .table-wrap', (ws) => ws.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
      assert.equal(hiddenValues, 0, `${width} px: ${hiddenValues} detail tables scroll sideways`);
      await page.screenshot({ path: join(OUT, `call-${width}-${colorScheme}.png`) });
      await page.locator('[data-testid=detail]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(OUT, `call-${width}-${colorScheme}-detail.png`) });
      await context.close();
    }
  });
}

test('the call view printed (A4), pages rendered to PNG', async () => {
  const { context, page } = await openApp(browser, server.url, { deviceScaleFactor: 2 });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.evaluate((hash) => { location.hash = hash; }, STREAM);
  await page.waitForSelector('[role=treeitem][aria-selected=true]');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForTimeout(300);
  const file = join(OUT, 'call-print.pdf');
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: true }));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '4', file, join(OUT, 'call-print')]);
  await context.close();
});
