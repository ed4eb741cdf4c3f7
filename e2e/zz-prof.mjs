// Scratch: CPU profile of loading a file, self time per function inside the longest tasks.
import { serveDist, launch, openApp } from './support.mjs';
const file = process.argv[2];
const server = await serveDist();
const browser = await launch();
const { page } = await openApp(browser, server.url, { viewport: { width: 1400, height: 900 } });
await page.evaluate(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const t0 = await page.evaluate(() => performance.now());
await page.setInputFiles('#file-input', file);
await page.waitForSelector('[data-testid=calls-table] tbody tr', { timeout: 600000 });
await page.waitForFunction(() => !document.querySelector('[data-testid=load-progress]'), null, { timeout: 600000 });
await page.waitForTimeout(500);
if (process.env.CHARTS) {
  const sessions = page.locator('[data-testid=calls-table] th', { hasText: 'Sessions' });
  for (let i = 0; i < 2 && (await sessions.getAttribute('aria-sort')) !== 'descending'; i++) { await sessions.locator('button').click(); await page.waitForTimeout(300); }
  await page.evaluate(() => { window.__long = []; });
  await page.click('[data-testid=calls-table] tbody tr[data-sessions] >> nth=0');
  await page.waitForSelector('[data-testid=call-view]');
  await page.waitForTimeout(3000);
}
const { profile } = await cdp.send('Profiler.stop');
const long = await page.evaluate(() => window.__long);
long.sort((a, b) => b[1] - a[1]);
console.log('long tasks (ms):', long.slice(0, 8).map(([s, d]) => `${Math.round(s - t0)}+${Math.round(d)}`).join(' '));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
let t = profile.startTime; const times = profile.timeDeltas.map((d) => (t += d));
const offset = profile.startTime / 1000 - t0; // ms: profile clock minus page clock at start (approx)
for (const [start, dur] of long.slice(0, Number(process.env.TASKS || 3))) {
  const self = new Map(), total = new Map(); let n = 0;
  profile.samples.forEach((id, i) => {
    const at = times[i] / 1000 - offset;
    if (at < start || at > start + dur) return;
    n++;
    const node = byId.get(id); const k = node.callFrame.functionName || '(' + node.callFrame.url.split('/').pop() + ')';
    self.set(k, (self.get(k) || 0) + 1);
    const seen = new Set(); let p = id;
    while (p !== undefined) { const f = byId.get(p).callFrame.functionName; if (f && !seen.has(f)) { seen.add(f); total.set(f, (total.get(f) || 0) + 1); } p = parent.get(p); }
  });
  console.log(`\ntask at ${Math.round(start - t0)} ms, ${Math.round(dur)} ms, ${n} samples; self:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${(100 * v / n).toFixed(1)}%  ${k.slice(0, 140)}`);
  console.log(' total:');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${(100 * v / n).toFixed(1)}%  ${k.slice(0, 140)}`);
}
await browser.close(); server.close();
