// Redact and export (issue 12): with redaction on, no original name, number, address or id of
// the loaded example is in the page's text on any view, nor in the downloads; the redacted JSON
// opens in the viewer again; the mapping is only offered on request and holds the originals.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, serveDist, launch, openApp, screenshot } from './support.mjs';

const GROUP_ID = '3d76f4b9-47ea-5fb9-810f-3e12a619b13b'; // the built-in example's group call
let server, browser;
let reportText = '';
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Found here from the raw JSON by key, independently of the Rust redaction walk.
const PERSONAL = new Set(['displayName', 'userPrincipalName', 'email', 'tenantId', 'ipAddress', 'subnet',
  'reflexiveIPAddress', 'relayIPAddress', 'macAddress', 'dnsSuffix', 'basicServiceSetIdentifier', 'joinWebUrl',
  'userId', 'userDisplayName', 'callerNumber', 'calleeNumber', 'conferenceId', 'trunkFullyQualifiedDomainName']);
const IDENTITIES = new Set(['user', 'guest', 'phone', 'application', 'applicationInstance', 'associatedIdentity']);

function personal(value, parent = '', out = new Set()) {
  if (Array.isArray(value)) { value.forEach((v) => personal(v, parent, out)); return out; }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && (PERSONAL.has(k) || (k === 'id' && IDENTITIES.has(parent)))) {
        if (v.trim().length >= 4) out.add(v.trim().toLowerCase());
      } else personal(v, k, out);
    }
  }
  return out;
}

const leaks = (text, originals) => [...originals].filter((v) => text.toLowerCase().includes(v));

async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${testid}]`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('with redaction on, no original value is shown on any view or in any download', async () => {
  const example = JSON.parse(await readFile(join(ROOT, 'src', 'app', 'example.json'), 'utf8'));
  const originals = personal(example);
  assert.ok(originals.size > 50, `${originals.size} values`);
  const { page, context, log } = await openApp(browser, server.url, { acceptDownloads: true });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  assert.ok(leaks(await page.innerText('body'), originals).length > 0, 'the originals are shown before redacting');

  // The preview: every category with its counts and side-by-side samples, before applying.
  await page.click('[data-testid=share-panel] > summary');
  // The preview is worked out once the panel has opened (after its toggle event).
  await page.waitForSelector('table.redaction-preview tbody tr');
  const rows = page.locator('table.redaction-preview tbody tr');
  assert.equal(await rows.count(), 5);
  assert.match(await rows.nth(0).innerText(), /Names[\s\S]*→ Person 1/);
  assert.match(await rows.nth(1).innerText(), /\+\d+ ••• 0001/);
  await screenshot(page, 'share-preview');
  await page.click('[data-testid=apply-redaction]');
  await page.waitForSelector('[data-testid=redaction-status].on');
  // The preview (the only place originals sit beside placeholders) closes on applying.
  await page.waitForFunction(() => !document.querySelector('table.redaction-preview'));

  // Every view, with a call open, a stream selected and the log tabs.
  const views = [];
  views.push(await page.innerText('body'));
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=call-view]');
  views.push(await page.innerText('body'));
  await page.evaluate((id) => { location.hash = `#/call/${id}/session/0/segment/0/media/0/stream/0`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=detail]');
  views.push(await page.innerText('body'));
  await screenshot(page, 'share-redacted-call');
  for (const tab of ['PSTN', 'Direct Routing']) {
    await page.click(`nav.tabs a:has-text("${tab}")`);
    await page.waitForSelector('[data-testid=log-table]');
    views.push(await page.innerText('body'));
    // The table's CSV: the rows and columns shown, redacted.
    const shown = Number((await page.textContent('[data-testid=rows-shown]')).match(/^(\d+)/)[1]);
    const headings = await page.locator('[data-testid=log-table] thead th').count();
    const csv = await download(page, 'log-csv');
    const lines = csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(lines.length, shown + 1, `${tab}: a header and ${shown} rows`);
    assert.ok(lines[0].split(',').length <= headings, `${tab}: the columns shown`);
    assert.deepEqual(leaks(csv.text, originals), [], tab);
  }
  await screenshot(page, 'share-redacted-dr');
  for (const text of views) assert.deepEqual(leaks(text, originals), []);
  assert.match(views[1], /Person \d+/);

  // The JSON download: redacted, in Graph's shape, and it opens in the viewer with the same counts.
  if (!(await page.locator('[data-testid=download-json]').isVisible())) await page.click('[data-testid=share-panel] > summary');
  const redacted = await download(page, 'download-json');
  assert.match(redacted.name, /^call-records-redacted-\d{4}-\d\d-\d\d\.json$/);
  assert.deepEqual(leaks(redacted.text, originals), []);
  // The HTML report of the call: redacted, no script, no address at all.
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=call-view]');
  if (!(await page.locator('[data-testid=download-report]').isVisible())) await page.click('[data-testid=share-panel] > summary');
  assert.equal(await page.textContent('[data-testid=download-report]'), 'This call as an HTML report');
  const report = await download(page, 'download-report');
  assert.match(report.name, /^call-3d76f4b9-report-redacted-\d{4}-\d\d-\d\d\.html$/);
  assert.deepEqual(leaks(report.text, originals), []);
  assert.doesNotMatch(report.text, /<script|:\/\/|\bsrc=|\bhref=/i);
  reportText = report.text;
  // The CSVs: Call Record Insights' column names, one row per stream / call, redacted.
  const rowsOf = (text) => text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const streams = await download(page, 'download-streams-csv');
  assert.match(streams.name, /^streams-redacted-.*\.csv$/);
  assert.match(rowsOf(streams.text)[0], /^CallId,SessionId,SegmentId,StreamId,StreamDirection,MediaLabel,/);
  assert.ok(rowsOf(streams.text).length >= 30, 'a header and one row per stream (29, and rows with quoted line breaks)');
  assert.deepEqual(leaks(streams.text, originals), []);
  const calls = await download(page, 'download-calls-csv');
  assert.equal(rowsOf(calls.text).length, 3, 'a header and the 2 calls');
  assert.deepEqual(leaks(calls.text, originals), []);
  const mapping = await download(page, 'download-mapping');
  assert.ok(leaks(mapping.text, originals).length > 50, 'the mapping holds the originals, on request');
  const requestsBefore = log.requests.filter((r) => !r.url.startsWith('blob:')).length;

  const again = await openApp(browser, server.url);
  await again.page.fill('#paste', redacted.text);
  await again.page.click('button:has-text("Load pasted text")');
  await again.page.waitForSelector('[data-testid=calls-table] tbody tr');
  // The calls' rows (not the table's spacers), once the table has drawn them.
  const count = async (p) => {
    await p.waitForSelector('[data-testid=calls-table] tbody tr[data-sessions]');
    return p.locator('[data-testid=calls-table] tbody tr[data-sessions]').count();
  };
  await page.click('nav.tabs a:has-text("Calls")');
  assert.equal(await count(again.page), await count(page));
  assert.deepEqual(leaks(await again.page.innerText('body'), originals), []);
  assert.equal(log.requests.filter((r) => !r.url.startsWith('blob:')).length, requestsBefore, 'downloads send nothing');
  await again.context.close();
  await context.close();
});

test('the HTML report opens from file:// with JavaScript off, shows its charts and asks for nothing', async (t) => {
  if (!reportText) t.skip('needs the report from the test above');
  const { writeFile, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'crv-report-'));
  const file = join(dir, 'report.html');
  await writeFile(file, reportText);
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${file}`);
  assert.match(await page.textContent('h1'), /Call report: Group call/);
  assert.match(await page.textContent('.about'), /Redacted \(names/);
  const charts = page.locator('figure.chart svg');
  assert.ok(await charts.count() >= 5, `${await charts.count()} charts`);
  const box = await charts.first().boundingBox();
  assert.ok(box && box.width > 300 && box.height > 100, JSON.stringify(box));
  assert.ok(await page.locator('ul.tree li').count() > 20, 'the whole tree');
  await page.screenshot({ path: join(ROOT, 'test-results', 'report-file.png'), fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join(ROOT, 'test-results', 'report-file-dark.png'), fullPage: false });
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10000);
  await writeFile(join(ROOT, 'test-results', 'report.pdf'), pdf);
  assert.deepEqual(requests, [`file://${file}`]);
  await context.close();
});

test('the report is written in the language the page is in', async () => {
  const { page, context } = await openApp(browser, server.url, { acceptDownloads: true });
  await page.goto(server.url + '?lang=ru');
  await page.waitForSelector('html[lang=ru] [data-testid=try-example]');
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=call-view]');
  if (!(await page.locator('[data-testid=download-report]').isVisible())) await page.click('[data-testid=share-panel] > summary');
  const report = await download(page, 'download-report');
  assert.match(report.text, /<html lang="ru">/);
  assert.match(report.text, /<h1>Отчет о звонках: /);
  assert.match(report.text, /<dt>Правила качества<\/dt>/);
  assert.doesNotMatch(report.text, />(Call report|Quality rules|Sessions|Details|Findings|not reported)\b/);
  await context.close();
});
