// Real tenants' data, through the page's file picker: nothing in it is lost silently. A call
// queue's repeated session ids, a log loaded twice, a bad field, comments, PowerShell's shapes
// and a syntax error each load what can be loaded and say the rest, where.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, openApp, ROOT, screenshot } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const POWERSHELL = join(ROOT, 'crates', 'callrecords', 'tests', 'fixtures', 'powershell');
const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const counts = (page) => page.textContent('[data-testid=counts]');
const problems = (page) => page.textContent('[data-testid=diagnostics]');

/** Loads files through the picker and waits for the counts line to change. */
async function load(page, files) {
  const before = await page.$eval('[data-testid=counts]', (e) => e.textContent).catch(() => '');
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction((b) => document.querySelector('[data-testid=counts]')?.textContent !== b, before);
}

function session(id, from, to) {
  const stream = '{"streamDirection":"callerToCallee","averageJitter":"PT0.012S","averagePacketLossRate":0.001,"packetUtilization":2400}';
  return `{"id":"${id}","startDateTime":"2026-03-17T10:0${from}:00Z","endDateTime":"2026-03-17T10:0${to}:00Z","segments":[{"id":"${id}-${from}","media":[{"label":"main-audio","streams":[${stream}]}]}]}`;
}

test('a call queue page with one session id three times keeps all nine sessions', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  const sessions = [session('aa', 0, 1), session('aa', 1, 2), session('aa', 2, 3), session('cq', 3, 4), session('ag1', 4, 5),
    session('ag2', 5, 6), session('media', 0, 6), session('gw', 0, 6), session('over', 4, 6)];
  const record = '{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords/$entity","id":"aa0c9e77","version":1,"type":"peerToPeer","modalities":["audio"],"startDateTime":"2026-03-17T10:00:00Z","endDateTime":"2026-03-17T10:06:00Z"}';
  const page1 = `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords('aa0c9e77')/sessions(segments())","value":[${sessions.join(',')}]}`;
  await load(page, [file('record.json', record), file('sessions.json', page1)]);
  const line = await counts(page);
  assert.match(line, /1 call record/);
  assert.match(line, /9 sessions/, line);
  assert.match(line, /9 streams/, line);
  // Loaded again: the same nine, not eighteen.
  await load(page, [file('sessions again.json', page1)]);
  assert.match(await counts(page), /9 sessions/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('a 6,000-row PSTN log loaded twice counts 6,000 calls; a number written as text is read, with a note', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  const rows = Array.from({ length: 6000 }, (_, i) =>
    `{"id":"row-${i}","callId":"c${i}","userPrincipalName":"u@contoso.com","startDateTime":"2026-03-17T10:00:00Z","endDateTime":"2026-03-17T10:00:29Z","duration":${i === 0 ? '"29"' : 29},"charge":0.01,"currency":"USD","callType":"user_out"}`);
  const text = `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)","value":[${rows.join(',')}]}`;
  await load(page, [file('pstn.json', text), file('pstn copy.json', text)]);
  assert.match(await counts(page), /\b6,?000 PSTN calls/, await counts(page));
  assert.equal(await page.textContent('a.tab[href="#/pstn"] .tab-count'), '6000');
  assert.match(await problems(page), /duration "29" is a number written as text: read as the number/);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('comments, PowerShell SDK objects and a page with a broken record: each loads what it holds', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  const { readFile } = await import('node:fs/promises');
  const sdk = await readFile(join(POWERSHELL, 'sdk-record-ps7.json'), 'utf8');
  await load(page, [file('sdk.json', sdk)]);
  assert.match(await problems(page), /Read as Microsoft Graph PowerShell SDK output/);
  assert.match(await counts(page), /1 call record/);
  // ConvertTo-Json's default depth: the cut is located and the fix named.
  const cut = await readFile(join(POWERSHELL, 'depth2-invoke-restmethod.json'), 'utf8');
  await load(page, [file('depth2.json', cut)]);
  assert.match(await problems(page), /ConvertTo-Json -Depth 20/);
  // Comments are skipped with a note.
  await load(page, [file('annotated.json', '// fetched 17 March\n{"id":"c1","version":1,"type":"groupCall","modalities":["audio"]}')]);
  assert.match(await problems(page), /1 comment \(\/\/ or \/\* \*\/\) skipped/);
  // A syntax error in record 2 of 3 costs only record 2, and says where.
  const rec = (id) => `{"id":"${id}","version":1,"type":"groupCall","modalities":["audio"]}`;
  const broken = `{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#communications/callRecords","value":[\n${rec('p1')},\n{"id":"p2",version":1},\n${rec('p3')}\n]}`;
  const before = (await counts(page)).match(/(\d+) call records?/)[1];
  await load(page, [file('broken.json', broken)]);
  const after = (await counts(page)).match(/(\d+) call records?/)[1];
  assert.equal(Number(after) - Number(before), 2, 'p1 and p3 load');
  assert.match(await problems(page), /line 3, column \d+/);
  assert.match(await problems(page), /Call record 2 of 3 \(id p2\), which was skipped/);
  await screenshot(page, 'realdata-problems');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
