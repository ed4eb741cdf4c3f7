// Big exports in the page, as #13 measures them: for each file, load it through the file picker
// of the release build in headless Chromium and time what a user waits for: the overview shown,
// the longest main-thread task during the load, the slowest of three keys typed in the calls
// filter (Event Timing: from the key to the next paint), opening the biggest call, and the renderer's memory
// at the end of the load (resident memory of Chromium's renderer processes, and in brackets what
// the load added to what they held with the app open and empty: the browser's own share is
// some 0.4 GB here), and making that call's charts, those on screen drawn. Clicks are timed by the Event Timing API,
// from the click to the next paint: opening the biggest call, and the slowest of sorting the
// calls, switching to the PSTN tab and back, and selecting a node of that call's tree (the
// API reports only events of 16 ms or more: "< 16 ms" means none was). Each figure is the
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
    const { page } = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    await page.evaluate(() => {
      window.__long = []; window.__events = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ at: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__events.push({ name: e.name, duration: e.duration }); })
        .observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    const empty = rendererMemory();
    // Timed in the page, not by polling from here (Playwright polls at up to 500 ms, which
    // added some 0.4 s to a 0.6 s load): from the file input's change event to the first
    // change of the page that shows the calls' rows with no progress line left.
    await page.evaluate(() => {
      window.__chosenAt = null; window.__shownAt = null;
      document.querySelector('#file-input').addEventListener('change', (e) => { window.__chosenAt ??= e.timeStamp; }, { capture: true, once: true });
      const seen = new MutationObserver(() => {
        if (window.__chosenAt !== null && document.querySelector('[data-testid=calls-table] tbody tr') && !document.querySelector('[data-testid=load-progress]')) {
          window.__shownAt = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.setInputFiles('#file-input', file);
    await page.waitForFunction(() => window.__shownAt !== null, null, { timeout: 600_000 });
    const shown = (await page.evaluate(() => window.__shownAt - window.__chosenAt)) / 1000;
    // The page's own start-up (compiling and starting the app, before the file was chosen) is
    // not the load's: only tasks from the change event on count.
    const longest = Math.max(0, ...(await page.evaluate(() => window.__long.filter((t) => t.at >= window.__chosenAt).map((t) => t.duration))));
    await page.waitForTimeout(300);
    const memory = rendererMemory();
    // Event Timing entries from now on.
    const fresh = () => page.evaluate(() => { window.__events = []; });
    // Keys typed in the filter, "abq" (a word few calls hold, so that nearly all of their text
    // is searched: one "a" alone is found at the start of almost every call's id), a key at a
    // time: the longest keyboard/input event's duration (key to next paint).
    await fresh();
    await page.focus('input.filter-text');
    for (const k of 'abq') {
      await page.keyboard.press(k);
      await page.waitForTimeout(500);
    }
    await page.waitForTimeout(1000);
    const key = Math.max(0, ...(await page.evaluate(() => window.__events.filter((e) => /key|input/.test(e.name)).map((e) => e.duration))));
    await page.fill('input.filter-text', '');
    await page.waitForTimeout(300);
    // Clicks: each event's duration to the next paint (Event Timing), by kind of interaction.
    const clicks = async () => Math.max(0, ...(await page.evaluate(() => window.__events.filter((e) => /click|pointer|mouse/.test(e.name)).map((e) => e.duration))));
    const slowest = {};
    // Switching tabs: to PSTN and back to the calls.
    await fresh();
    await page.click('nav.tabs a.tab >> nth=1');
    await page.waitForTimeout(400);
    await page.click('nav.tabs a.tab >> nth=0');
    await page.waitForSelector('[data-testid=calls-table] tbody tr');
    await page.waitForTimeout(400);
    slowest.tab = await clicks();
    // The biggest call of the export: the calls sorted by sessions, most first (the table draws
    // only the rows in view), then the first row opened.
    const sessions = page.locator('[data-testid=calls-table] th', { hasText: 'Sessions' });
    await fresh();
    for (let i = 0; i < 2 && (await sessions.getAttribute('aria-sort')) !== 'descending'; i++) {
      await sessions.locator('button').click();
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(300);
    slowest.sort = await clicks();
    // From a click (its time stamp) to the first animation frame in which `ready()` holds: the
    // frame that paints what the click asked for. A view drawn in a later task than the click
    // itself (a route change) is counted in full, which Event Timing would not.
    const untilPainted = async (click, ready) => {
      await page.evaluate(() => { window.__clickAt = null; document.addEventListener('click', (e) => { window.__clickAt ??= e.timeStamp; }, { capture: true, once: true }); });
      await click();
      const at = await (await page.waitForFunction(ready, null, { polling: 'raf', timeout: 120_000 })).jsonValue();
      return at - (await page.evaluate(() => window.__clickAt));
    };
    const open = await untilPainted(
      () => page.click('[data-testid=calls-table] tbody tr[data-sessions] >> nth=0'),
      () => document.querySelector('[data-testid=call-view]') && performance.now(),
    );
    await page.waitForTimeout(500);
    // A node of its tree selected.
    await fresh();
    await page.click('[data-testid=tree] [role=treeitem] >> nth=2');
    await page.waitForTimeout(400);
    slowest.node = await clicks();
    // Its charts, drawn on request (small calls open with them shown: then the section is
    // closed and opened again), every one of them, and the longest task meanwhile.
    if (await page.$eval('[data-testid=call-charts] details', (el) => el.open)) {
      await page.click('[data-testid=call-charts] summary');
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => { window.__long = []; });
    // The section's heading at the top of the screen, its charts below it.
    await page.$eval('[data-testid=call-charts]', (el) => el.scrollIntoView({ block: 'start' }));
    const charts = await untilPainted(
      () => page.click('[data-testid=call-charts] summary'),
      () => {
        const root = document.querySelector('[data-testid=call-charts]');
        // The charts on screen: each is drawn as it comes near the screen.
        const canvases = [...root.querySelectorAll('canvas')].filter((c) => {
          const r = c.getBoundingClientRect();
          return r.bottom > 0 && r.top < innerHeight;
        });
        // A canvas is drawn once its backing store is sized to it (the draw sizes it first).
        const drawn = (c) => c.clientWidth > 0 && c.width === Math.round(c.clientWidth * devicePixelRatio);
        return root.getAttribute('aria-busy') !== 'true' && canvases.length > 0 && canvases.every(drawn) && performance.now();
      },
    );
    await page.waitForTimeout(300);
    const chartTask = Math.max(0, ...(await page.evaluate(() => window.__long.map((t) => t.duration))));
    // Back on the calls: the charts across calls opened (closed at first for a big export), to
    // the first of them drawn, and the longest task meanwhile.
    await page.click('nav.tabs a.tab >> nth=0');
    await page.waitForSelector('[data-testid=calls-table] tbody tr');
    await page.$eval('[data-testid=across-charts]', (el) => el.scrollIntoView({ block: 'start' }));
    if (await page.$eval('[data-testid=across-charts] details', (el) => el.open)) {
      await page.click('[data-testid=across-charts] summary');
      await page.waitForTimeout(300);
    }
    await page.evaluate(() => { window.__long = []; });
    const across = await untilPainted(
      () => page.click('[data-testid=across-charts] summary'),
      () => {
        const c = document.querySelector('[data-testid=across-charts] canvas');
        return c && c.clientWidth > 0 && c.width === Math.round(c.clientWidth * devicePixelRatio) && performance.now();
      },
    );
    await page.waitForTimeout(300);
    const acrossTask = Math.max(0, ...(await page.evaluate(() => window.__long.map((t) => t.duration))));
    // The streams CSV (the biggest file) written and saved, and the longest task meanwhile.
    await page.click('[data-testid=share-panel] summary');
    await page.waitForSelector('[data-testid=preview-counting]', { state: 'detached', timeout: 600_000 });
    await page.evaluate(() => { window.__long = []; });
    const t1 = Date.now();
    await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), page.click('[data-testid=download-streams-csv]')]);
    const csv = (Date.now() - t1) / 1000;
    const csvTask = Math.max(0, ...(await page.evaluate(() => window.__long.map((t) => t.duration))));
    const interactions = Math.max(slowest.tab, slowest.sort, slowest.node);
    if (process.env.BENCH_VERBOSE) console.error(basename(file), 'slowest clicks', slowest);
    return { shown, longest, key, open, interactions, charts, chartTask, across, acrossTask, csv, csvTask, memory, added: memory - empty };
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
  rows.push({ name: basename(file), size: statSync(file).size, shown: m('shown'), longest: m('longest'), key: m('key'), open: m('open'), interactions: m('interactions'), charts: m('charts'), chartTask: m('chartTask'), across: m('across'), acrossTask: m('acrossTask'), csv: m('csv'), csvTask: m('csvTask'), memory: m('memory'), added: m('added') });
}
await server.close();
const mb = (b) => `${(b / 1e6).toFixed(0)} MB`;
console.log(`\npage with big exports (median of ${runs} runs, release build, headless Chromium)`);
const paint = (ms) => (ms > 0 ? `${Math.round(ms)} ms` : '< 16 ms');
console.log('| export | overview shown | longest main-thread task | a key typed in the calls filter (slowest of three) | sort, tab, tree node (slowest click to paint) | open the biggest call (click to paint) | all its charts made, those on screen drawn (longest task) | charts across calls opened (longest task) | streams CSV saved (longest task) | renderer memory |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${mb(r.size)} | ${r.shown.toFixed(1)} s | ${Math.round(r.longest)} ms | ${paint(r.key)} | ${paint(r.interactions)} | ${Math.round(r.open)} ms | ${Math.round(r.charts)} ms (${Math.round(r.chartTask)} ms) | ${Math.round(r.across)} ms (${Math.round(r.acrossTask)} ms) | ${r.csv.toFixed(1)} s (${Math.round(r.csvTask)} ms) | ${(r.memory / 1e9).toFixed(2)} GB (+${(r.added / 1e9).toFixed(2)} GB) |`);
}
