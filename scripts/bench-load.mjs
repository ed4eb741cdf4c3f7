// Big exports in the page, as #13 measures them: for each file, load it through the file picker
// of the release build in headless Chromium and time what a user waits for: the overview shown,
// the longest main-thread task during the load, one key typed in the calls filter (Event
// Timing: from the key to the next paint), opening the biggest call, and the renderer's memory
// at the end of the load (resident memory of Chromium's renderer processes, and in brackets what
// the load added to what they held with the app open and empty: the browser's own share is
// some 0.4 GB here), and drawing that call's charts. Each figure is the
// median of BENCH_RUNS runs (default 3), each in a fresh browser. Prints one table.
// Usage: node scripts/bench-load.mjs FILE... (after trunk build --release).
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { serveDist, launch, openApp } from '../e2e/support.mjs';

const files = process.argv.slice(2);
const runs = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

/** Resident memory of every Chromium renderer process, in bytes (Linux /proc). */
function rendererMemory() {
  const out = execFileSync('ps', ['-eo', 'rss=,args='], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return out.split('\n').filter((l) => l.includes('--type=renderer')).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0]) * 1024, 0);
}

async function once(server, file) {
  const browser = await launch();
  try {
    const { page } = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
    await page.evaluate(() => {
      window.__long = []; window.__events = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__events.push({ name: e.name, duration: e.duration }); })
        .observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    const empty = rendererMemory();
    const t0 = Date.now();
    await page.setInputFiles('#file-input', file);
    await page.waitForSelector('[data-testid=calls-table] tbody tr', { timeout: 600_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid=load-progress]'), null, { timeout: 600_000 });
    const shown = (Date.now() - t0) / 1000;
    const longest = Math.max(0, ...(await page.evaluate(() => window.__long)));
    await page.waitForTimeout(300);
    const memory = rendererMemory();
    // One key in the filter: the longest keyboard/input event's duration (key to next paint).
    await page.evaluate(() => { window.__events = []; });
    await page.focus('input.filter-text');
    await page.keyboard.press('a');
    await page.waitForTimeout(1500);
    const key = Math.max(0, ...(await page.evaluate(() => window.__events.filter((e) => /key|input/.test(e.name)).map((e) => e.duration))));
    await page.fill('input.filter-text', '');
    await page.waitForTimeout(300);
    // The biggest call of the export: the calls sorted by sessions, most first (the table draws
    // only the rows in view), then the first row opened.
    const sessions = page.locator('[data-testid=calls-table] th', { hasText: 'Sessions' });
    for (let i = 0; i < 2 && (await sessions.getAttribute('aria-sort')) !== 'descending'; i++) {
      await sessions.locator('button').click();
      await page.waitForTimeout(300);
    }
    const t1 = Date.now();
    await page.click('[data-testid=calls-table] tbody tr[data-sessions] >> nth=0');
    await page.waitForSelector('[data-testid=call-view]');
    const open = Date.now() - t1;
    // Its charts, drawn on request, and the longest task while they are drawn.
    await page.evaluate(() => { window.__long = []; });
    const t2 = Date.now();
    // Small calls open with their charts shown; big ones on request.
    if (!(await page.$eval('[data-testid=call-charts] details', (el) => el.open))) await page.click('[data-testid=call-charts] summary');
    await page.waitForSelector('[data-testid=call-charts] canvas');
    await page.waitForTimeout(100);
    const charts = Date.now() - t2;
    const chartTask = Math.max(0, ...(await page.evaluate(() => window.__long)));
    return { shown, longest, key, open, charts, chartTask, memory, added: memory - empty };
  } finally {
    await browser.close();
  }
}

const server = await serveDist();
const rows = [];
for (const file of files) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await once(server, file));
  const m = (k) => median(results.map((r) => r[k]));
  rows.push({ name: basename(file), size: statSync(file).size, shown: m('shown'), longest: m('longest'), key: m('key'), open: m('open'), charts: m('charts'), chartTask: m('chartTask'), memory: m('memory'), added: m('added') });
}
await server.close();
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
console.log(`\npage with big exports (median of ${runs} runs, release build, headless Chromium)`);
console.log('| export | overview shown | longest main-thread task | one key typed in the calls filter | open the biggest call | its charts (longest task) | renderer memory |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${mb(r.size)} | ${r.shown.toFixed(1)} s | ${Math.round(r.longest)} ms | ${Math.round(r.key)} ms | ${r.open} ms | ${r.charts} ms (${Math.round(r.chartTask)} ms) | ${(r.memory / 1e9).toFixed(2)} GB (+${(r.added / 1e9).toFixed(2)} GB) |`);
}
