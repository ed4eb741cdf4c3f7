// A big export loads a slice at a time (#13): the progress bar advances, a key typed in the calls
// filter during the load is answered, "Stop loading" ends it with what was loaded before kept,
// and the same file then loads whole, its log rows linked in slices too; another rule set or
// language, and redaction, work on it in slices while the page answers. Mechanics only, no
// timings: the page's CPU is slowed (Chromium's throttling) so that the work can be watched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openApp, CORPUS, screenshot } from './support.mjs';

const RECORDS = 10000;
let server, browser, dir, big;

/** A list of call records as Graph pages it, made of copies of a documented record with new ids. */
async function bigExport() {
  const page = JSON.parse(await readFile(join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json'), 'utf8'));
  delete page['@odata.context'];
  const template = JSON.stringify(page);
  const value = [];
  for (let i = 0; i < RECORDS; i++) value.push(template.replaceAll(page.id, `big-${String(i).padStart(5, '0')}-${page.id.slice(10)}`));
  return `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords","value":[\n${value.join(',\n')}\n]}`;
}

before(async () => {
  server = await serveDist();
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'crv-big-'));
  big = join(dir, 'month.json');
  await writeFile(big, await bigExport());
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Loads the big export and waits until every record of it is there. */
async function loadWhole(page) {
  await page.setInputFiles('#file-input', big);
  await page.waitForFunction((n) => {
    const m = document.querySelector('[data-testid=counts]')?.textContent.match(/([\d,]+) call record/);
    return m && Number(m[1].replace(/,/g, '')) === n;
  }, RECORDS, { timeout: 120_000 });
}

const records = (page) => page.$eval('[data-testid=counts]', (el) => Number(el.textContent.match(/([\d,]+) call record/)[1].replace(/,/g, '')));
const progress = (page) => page.$eval('[data-testid=load-progress]', (el) => Number(el.value)).catch(() => null);

test('a big export loads in slices: the bar advances, the filter answers, Stop keeps what was loaded', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=counts]');
  const before = await records(page);
  assert.ok(before >= 1);

  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  // Every value the bar shows, sampled between tasks: it never goes back.
  await page.evaluate(() => {
    window.__bar = []; window.__lines = new Set();
    setInterval(() => {
      const v = document.querySelector('[data-testid=load-progress]')?.value;
      if (v !== undefined) window.__bar.push(Number(v));
      const line = document.querySelector('.busy-row .busy')?.textContent;
      if (line) window.__lines.add(line);
    }, 30);
  });
  await page.setInputFiles('#file-input', big);
  await page.waitForSelector('[data-testid=load-progress]');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=load-progress]')?.value) > 0.05, null, { timeout: 60_000 });
  const first = await progress(page);
  await page.waitForFunction((v) => Number(document.querySelector('[data-testid=load-progress]')?.value) > v, first, { timeout: 60_000 });
  const second = await progress(page);
  assert.ok(second > first, `the bar advances (${first} → ${second})`);

  // A key typed while it loads is answered before the load ends: the example's rows are filtered.
  await page.fill('input.filter-text', 'zzzz-no-such-call');
  await page.waitForFunction(() => /^0 /.test(document.querySelector('[data-testid=calls-shown]')?.textContent || ''));
  assert.ok((await progress(page)) !== null, 'the load was still going when the filter answered');
  await screenshot(page, 'loading-progress');

  const lines = await page.evaluate(() => [...window.__lines]);
  assert.ok(lines.some((l) => /^Reading month\.json: \d+ % · [\d.,]+ (MB|KB) of [\d.,]+ MB · [\d,]+ items? read$/.test(l)), lines.join('\n'));
  const bar = await page.evaluate(() => window.__bar);
  assert.ok(bar.length >= 3, `the bar was seen ${bar.length} times`);
  bar.reduce((before, v) => { assert.ok(v >= before, `the bar went back: ${bar.join(' ')}`); return v; }, 0);
  await page.click('[data-testid=stop-loading]');
  await page.waitForSelector('[data-testid=load-notice]');
  assert.match(await page.textContent('[data-testid=load-notice]'), /Loading stopped: nothing from month\.json was added; what was loaded before is kept\./);
  assert.equal(await progress(page), null, 'the bar is gone');
  assert.equal(await records(page), before, 'what was loaded before is kept, and nothing of the stopped load');

  // The same file, left to finish, loads every record beside the example; the example's PSTN
  // and Direct Routing rows are linked to all of them last, a slice of records at a time too.
  await page.fill('input.filter-text', '');
  await page.evaluate(() => { window.__bar = []; window.__lines = new Set(); });
  await page.setInputFiles('#file-input', big);
  await page.waitForFunction((n) => {
    const m = document.querySelector('[data-testid=counts]')?.textContent.match(/([\d,]+) call record/);
    return m && Number(m[1].replace(/,/g, '')) === n;
  }, before + RECORDS, { timeout: 180_000 });
  assert.equal(await page.$('[data-testid=load-progress]'), null);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const linking = (await page.evaluate(() => [...window.__lines])).filter((l) => l.startsWith('Matching'));
  const all = (before + RECORDS).toLocaleString('en-US');
  assert.ok(linking.length > 0 && linking.every((l) => l.match(/^Matching the PSTN and Direct Routing rows to the calls: [\d,]+ of ([\d,]+) calls$/)?.[1] === all), linking.join('\n'));
  const again = await page.evaluate(() => window.__bar);
  again.reduce((before, v) => { assert.ok(v >= before, `the bar went back: ${again.join(' ')}`); return v; }, 0);
  await page.click('a.tab:has-text("Direct Routing")');
  assert.ok(await page.locator('[data-testid=log-table] tbody tr .match a').count() >= 1, 'the rows are linked');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('another rule set or language judges a big export again in slices: the page answers, then the new verdicts land', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await loadWhole(page);
  const typeCell = () => page.textContent('[data-testid=calls-table] tbody tr >> nth=0 >> td >> nth=2');
  assert.equal(await typeCell(), 'peer-to-peer');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.selectOption('select[aria-describedby=rules-note]', 'classic');
  // The judgements of before stay on show, the work in slices counted on the status line.
  await page.waitForSelector('[data-testid=judging-progress]');
  const line = await page.textContent('.busy-row .busy');
  assert.match(line, /^Judging the streams again: [\d,]+ of 10,000 calls; until then the verdicts shown are those made before\.$/);
  assert.equal(await page.$('[data-testid=stop-loading]'), null, 'nothing to stop: the data stays as loaded');
  // A key typed meanwhile is answered before the work ends.
  await page.fill('input.filter-text', 'zzzz-no-such-call');
  await page.waitForFunction(() => /^0 /.test(document.querySelector('[data-testid=calls-shown]')?.textContent || ''));
  assert.ok(await page.$('[data-testid=judging-progress]'), 'still judging when the filter answered');
  await screenshot(page, 'loading-judging-again');
  await page.fill('input.filter-text', '');
  await page.waitForSelector('[data-testid=judging-progress]', { state: 'detached', timeout: 120_000 });
  // The call view names the rules its verdicts were made by: the new ones, now.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.click('[data-testid=calls-table] tbody tr >> nth=0 >> a');
  await page.waitForSelector('[data-testid=call-view] .tally');
  assert.match(await page.textContent('[data-testid=call-view] .tally'), /judged by CQD, classic \(to 2020\)$/);
  // Another language: the rows are written again in it, in slices too.
  await page.click('nav.tabs a.tab >> nth=0');
  await page.selectOption('[data-testid=lang]', 'pt-BR');
  await page.waitForFunction(() => document.querySelector('[data-testid=calls-table] tbody tr td:nth-child(3)')?.textContent === 'ponto a ponto', null, { timeout: 120_000 });
  assert.equal(await page.$('[data-testid=judging-progress]'), null);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('redacting a big export runs in slices: the preview counts, then the bar advances and the page answers', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await loadWhole(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  // The preview lists every category at once, its counts on the way.
  await page.click('[data-testid=share-panel] summary');
  await page.waitForSelector('[data-testid=preview-counting]');
  assert.match(await page.textContent('.redaction-preview tbody tr td.num'), /^…$/);
  await page.waitForSelector('[data-testid=preview-counting]', { state: 'detached', timeout: 120_000 });
  assert.match(await page.textContent('.redaction-preview tbody tr td.num'), /^\d[\d,]*$/);
  // Applied: the bar and its line while it works; a key typed meanwhile is answered.
  await page.evaluate(() => {
    window.__lines = new Set();
    setInterval(() => { const line = document.querySelector('.busy-row .busy')?.textContent; if (line) window.__lines.add(line); }, 30);
  });
  await page.click('[data-testid=apply-redaction]');
  await page.waitForSelector('[data-testid=load-progress]');
  await page.fill('input.filter-text', 'zzzz-no-such-call');
  await page.waitForFunction(() => /^0 /.test(document.querySelector('[data-testid=calls-shown]')?.textContent || ''));
  assert.ok(await page.$('[data-testid=load-progress]'), 'still redacting when the filter answered');
  await page.waitForSelector('[data-testid=load-progress]', { state: 'detached', timeout: 180_000 });
  const lines = await page.evaluate(() => [...window.__lines]);
  assert.ok(lines.some((l) => /^Redacting the data: \d+ %$/.test(l)), lines.join('\n'));
  assert.match(await page.textContent('[data-testid=redaction-status]'), /^Redacted \(/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a big export loaded while redaction is on is redacted in slices too: the bar says so, the page answers, no name shows', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await page.click('text=Try an example');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  const example = await records(page);
  await page.click('[data-testid=share-panel] summary');
  await page.waitForSelector('[data-testid=preview-counting]', { state: 'detached' });
  await page.click('[data-testid=apply-redaction]');
  await page.waitForFunction(() => /^Redacted \(/.test(document.querySelector('[data-testid=redaction-status]')?.textContent || ''));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.evaluate(() => {
    window.__lines = new Set();
    setInterval(() => { const line = document.querySelector('.busy-row .busy')?.textContent; if (line) window.__lines.add(line); }, 30);
  });
  await page.setInputFiles('#file-input', big);
  // Redacting what was read: a key typed meanwhile is answered, the bar still there.
  await page.waitForFunction(() => /^Redacting the data: \d+ %$/.test(document.querySelector('.busy-row .busy')?.textContent || ''), null, { timeout: 120_000 });
  await page.fill('input.filter-text', 'zzzz-no-such-call');
  await page.waitForFunction(() => /^0 /.test(document.querySelector('[data-testid=calls-shown]')?.textContent || ''));
  assert.ok(await page.$('[data-testid=load-progress]'), 'still loading when the filter answered');
  await page.waitForSelector('[data-testid=load-progress]', { state: 'detached', timeout: 180_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const lines = await page.evaluate(() => [...window.__lines]);
  // Redacted, then what it made judged: the verdicts shown are of the redacted data.
  assert.ok(lines.some((l) => /^Judging the streams: /.test(l)), lines.join('\n'));
  await page.fill('input.filter-text', '');
  assert.equal(await records(page), example + RECORDS);
  assert.match(await page.textContent('[data-testid=redaction-status]'), /^Redacted \(/);
  // The big export's people are placeholders wherever the page shows them.
  const text = await page.textContent('main');
  for (const name of ['Abbie Wilkins', 'Owen Franklin']) assert.ok(!text.includes(name), `${name} shown`);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('charts across a big export are gathered in slices: closed at first, then opened, the section counts as the page paints between slices', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  // Open over the example (few streams)...
  await page.click('text=Try an example');
  await page.waitForSelector('[data-testid=across-charts] canvas');
  assert.equal(await page.$eval('[data-testid=across-charts] details', (d) => d.open), true);
  // ...closed once a big export is added, as it starts for one.
  await page.setInputFiles('#file-input', big);
  await page.waitForSelector('[data-testid=load-progress]');
  await page.waitForSelector('[data-testid=load-progress]', { state: 'detached', timeout: 120_000 });
  assert.ok(await records(page) > RECORDS);
  assert.equal(await page.$eval('[data-testid=across-charts] details', (d) => d.open), false);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.evaluate(() => {
    window.__counts = new Set();
    setInterval(() => { const line = document.querySelector('[data-testid=across-gathering]')?.textContent; if (line) window.__counts.add(line); }, 20);
  });
  await page.click('[data-testid=across-charts] summary');
  await page.waitForSelector('[data-testid=across-gathering]');
  assert.match(await page.textContent('[data-testid=across-gathering]'), /^Gathering the streams of the calls: [\d,]+ of [\d,]+…$/);
  await page.waitForSelector('[data-testid=across-charts] canvas', { timeout: 180_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.equal(await page.$('[data-testid=across-gathering]'), null);
  assert.ok((await page.$$('[data-testid=across-charts] canvas')).length >= 2);
  // The count moved on between slices: the page painted while the streams were gathered.
  const counts = await page.evaluate(() => [...window.__counts]);
  assert.ok(counts.length >= 2, counts.join('\n'));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a big export\'s files are written in slices: the panel says how far, the page answers, and each file is whole', async () => {
  const { context, page, log } = await openApp(browser, server.url, { acceptDownloads: true });
  await loadWhole(page);
  await page.click('[data-testid=share-panel] summary');
  await page.waitForSelector('[data-testid=preview-counting]', { state: 'detached', timeout: 120_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
  await page.evaluate(() => {
    window.__lines = new Set();
    setInterval(() => { const line = document.querySelector('[data-testid=download-writing]')?.textContent; if (line) window.__lines.add(line); }, 20);
  });
  const saved = async (testid) => {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click(`[data-testid=${testid}]`)]);
    return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  };
  // While the streams are written, the buttons wait and a key typed is answered.
  const streams = saved('download-streams-csv');
  await page.waitForFunction(() => /^Writing streams-[\d-]+\.csv: \d+ %$/.test(document.querySelector('[data-testid=download-writing]')?.textContent || ''));
  assert.equal(await page.isDisabled('[data-testid=download-json]'), true);
  await page.fill('input.filter-text', 'zzzz-no-such-call');
  await page.waitForFunction(() => /^0 /.test(document.querySelector('[data-testid=calls-shown]')?.textContent || ''));
  const { name, text } = await streams;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  assert.match(name, /^streams-[\d-]+\.csv$/);
  const lines = await page.evaluate(() => [...window.__lines]);
  assert.ok(lines.length >= 2, lines.join('\n'));
  // Whole: the byte-order mark and header, then one row per stream of every record.
  const rows = text.trimEnd().split('\n');
  assert.ok(rows[0].startsWith('\ufeffCallId,'), rows[0].slice(0, 40));
  const perRecord = (rows.length - 1) / RECORDS;
  assert.ok(Number.isInteger(perRecord) && perRecord >= 1, `${rows.length - 1} rows for ${RECORDS} records`);
  assert.equal(await page.$('[data-testid=download-writing]'), null, 'the line goes once the file is saved');
  // The JSON, in parts too, is one document of every record.
  const json = await saved('download-json');
  const pages = JSON.parse(json.text);
  assert.equal(pages.filter((p) => /callRecords\(sessions/.test(p['@odata.context'])).flatMap((p) => p.value).length, RECORDS);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});
