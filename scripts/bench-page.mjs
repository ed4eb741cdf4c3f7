// The page with a large input, as a user meets it: load a file through the picker, wait for the
// overview, sort, open the largest call, draw its charts; prints each time and the browser's
// long tasks. Usage: node scripts/bench-page.mjs FILE (after trunk build --release).
import { serveDist, launch, openApp } from '../e2e/support.mjs';
const file = process.argv[2];
const server = await serveDist(); const browser = await launch();
const { page } = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
await page.evaluate(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true }); });
const t0 = Date.now();
await page.setInputFiles('#file-input', file);
await page.waitForSelector('[role=status]', { timeout: 5000 }).then(() => console.log('page: progress line shown after', Date.now() - t0, 'ms:', 'ok')).catch(() => console.log('no progress line seen'));
await page.waitForSelector('[data-testid=calls-table] tbody tr', { timeout: 120000 });
const shown = Date.now() - t0;
console.log('page: overview shown after', shown, 'ms;', await page.textContent('[data-testid=counts]'));
const t1 = Date.now();
await page.click('[data-testid=calls-table] th button:has-text("Quality")');
await page.waitForTimeout(50);
console.log('page: sort by quality', Date.now() - t1, 'ms');
const t2 = Date.now();
await page.click('[data-testid=calls-table] tbody tr >> nth=0');
await page.waitForSelector('[data-testid=call-view]');
console.log('page: open the largest call', Date.now() - t2, 'ms;', await page.locator('[role=treeitem]').count(), 'tree rows');
const longBefore = (await page.evaluate(() => window.__long)).length;
const t3 = Date.now();
await page.click('[data-testid=call-charts] summary');
await page.waitForSelector('[data-testid=call-charts] canvas');
await page.waitForTimeout(100);
console.log('page: its charts drawn on request', Date.now() - t3, 'ms');
console.log('page: long tasks (ms):', JSON.stringify(await page.evaluate(() => window.__long)));
await browser.close(); await server.close();
