// PSTN and Direct Routing views: totals, sorting, filtering, SIP explanations and the link to
// call records, on the corpus files, on a generated set of thousands of rows, and on the example.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serveDist, launch, openApp, screenshot, CORPUS } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
const FAILURES = [[486, 'Busy Here', 540486], [487, 'Request Terminated', 540487], [404, 'Not Found', 560404]];

/** 3,000 Direct Routing rows over 10 days: 70 % successful; the rest 486/487/404 in turn; two trunks. */
function directRoutingPage() {
  const value = [];
  const day0 = Date.UTC(2026, 2, 1, 8);
  for (let i = 0; i < 3000; i++) {
    const invite = day0 + Math.floor(i / 300) * 86_400_000 + (i % 300) * 60_000;
    const ok = i % 10 < 7;
    const [code, phrase, sub] = ok ? [0, 'BYE', 540000] : FAILURES[i % 3];
    value.push({
      id: `dr-${i}`, correlationId: `c-${i}`, userId: `u-${i % 25}`, userPrincipalName: `user${i % 25}@contoso.com`, userDisplayName: `User ${i % 25}`,
      inviteDateTime: iso(invite), startDateTime: iso(invite + 2000 + (i % 5) * 1000),
      endDateTime: ok ? iso(invite + 120_000) : undefined, failureDateTime: ok ? '0001-01-01T00:00:00Z' : iso(invite + 5000),
      duration: ok ? 118 : 5, callType: i % 2 ? 'ByotIn' : 'ByotOut', successfulCall: ok,
      callerNumber: `+1425555${String(i % 10000).padStart(4, '0')}`, calleeNumber: '+12065550100',
      finalSipCode: code, finalSipCodePhrase: phrase, callEndSubReason: sub,
      trunkFullyQualifiedDomainName: i % 2 ? 'sbc2.contoso.com' : 'sbc1.contoso.com', mediaBypassEnabled: false,
      mediaPathLocation: 'USWE', signalingLocation: 'USWE',
    });
  }
  return JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.directRoutingLogRow)', '@odata.count': value.length, value });
}

/** 2,000 PSTN rows: 60 s each, charge 0.10 USD or 0.20 EUR alternately. */
function pstnPage() {
  const value = [];
  const t0 = Date.UTC(2026, 2, 1, 8);
  for (let i = 0; i < 2000; i++) {
    value.push({
      id: `p-${i}`, callId: `call-${i}`, userId: `u-${i % 10}`, userDisplayName: `Caller ${i % 10}`, userPrincipalName: `caller${i % 10}@contoso.com`,
      startDateTime: iso(t0 + i * 600_000), endDateTime: iso(t0 + i * 600_000 + 60_000), duration: 60,
      charge: i % 2 ? 0.2 : 0.1, currency: i % 2 ? 'EUR' : 'USD', callType: i % 4 === 0 ? 'user_in' : 'user_out',
      callerNumber: '+14255550100', calleeNumber: `+4420755501${String(i % 100).padStart(2, '0')}`, destinationName: i % 3 ? 'United Kingdom' : 'United States',
      licenseCapability: 'MCOPSTNU', operator: 'Microsoft', callDurationSource: 'microsoft',
    });
  }
  return JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.callRecords.pstnCallLogRow)', value });
}

const stat = (page, view, label) => page.evaluate(([view, label]) => {
  const found = [...document.querySelectorAll(`[data-testid=${view}] .stat`)].find((s) => s.querySelector('.stat-label').textContent === label);
  return found ? found.querySelector('.stat-value').textContent : `no stat "${label}"`;
}, [view, label]);
/** Canvases in a view that have been drawn: each must hold several distinct colours (not blank). */
const drawnCanvases = async (page, view) => {
  // Each is drawn once it comes near the screen: scrolled to, as a reader would.
  await page.waitForSelector(`[data-testid=${view}] canvas`);
  for (const canvas of await page.locator(`[data-testid=${view}] canvas`).all()) await canvas.scrollIntoViewIfNeeded();
  await page.waitForFunction((view) => {
    const canvases = [...document.querySelectorAll(`[data-testid=${view}] canvas`)];
    return canvases.length > 0 && canvases.every((c) => c.width > 0 && c.width === Math.round(c.clientWidth * devicePixelRatio));
  }, view);
  return page.evaluate((view) => [...document.querySelectorAll(`[data-testid=${view}] canvas`)].map((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length && colours.size < 50; i += 4 * 7) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
    return colours.size;
  }), view);
};
const firstCell = (page, heading) => page.evaluate((heading) => {
  const headers = [...document.querySelectorAll('[data-testid=log-table] thead th')].map((th) => th.textContent.replace(/[▲▼]/g, '').trim());
  const col = headers.findIndex((h) => h.startsWith(heading));
  return document.querySelector('[data-testid=log-table] tbody tr').children[col].textContent;
}, heading);

test('corpus PSTN and Direct Routing rows: totals, sentinel shown as none, explanation', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.setInputFiles('#file-input', [join(CORPUS, 'v1.0-getpstncalls.json'), join(CORPUS, 'v1.0-getdirectroutingcalls.json')]);
  await page.waitForSelector('[data-testid=counts]');
  await page.click('a.tab:has-text("PSTN")');
  await page.waitForSelector('[data-testid=pstn-view]');
  assert.equal(await stat(page, 'pstn-totals', 'Calls'), '1');
  assert.equal(await stat(page, 'pstn-totals', 'Minutes'), '3.6', '219 s');
  assert.equal(await stat(page, 'pstn-totals', 'Charges'), '0.00 USD');
  assert.match(await page.textContent('[data-testid=log-table]'), /Richard Malk/);
  await page.click('a.tab:has-text("Direct Routing")');
  await page.waitForSelector('[data-testid=dr-view]');
  assert.equal(await stat(page, 'dr-totals', 'Successful'), '1');
  assert.equal(await stat(page, 'dr-totals', 'Failed'), '0');
  assert.match(await firstCell(page, 'Failure time'), /none/i);
  assert.match(await page.textContent('[data-testid=log-table]'), /\+12345678\*\*\*/, 'masked numbers as given');
  await context.close();
});

test('thousands of rows: totals, SIP groups with explanations, sorting and filtering', async () => {
  const { context, page, log } = await openApp(browser, server.url, { timezoneId: 'UTC' });
  await page.setInputFiles('#file-input', [
    { name: 'dr.json', mimeType: 'application/json', buffer: Buffer.from(directRoutingPage()) },
    { name: 'pstn.json', mimeType: 'application/json', buffer: Buffer.from(pstnPage()) },
  ]);
  await page.waitForSelector('[data-testid=counts]');
  await page.click('a.tab:has-text("Direct Routing")');
  await page.waitForSelector('[data-testid=dr-view]');
  assert.equal(await stat(page, 'dr-totals', 'Calls'), '3000');
  assert.equal(await stat(page, 'dr-totals', 'Successful'), '2100');
  assert.equal(await stat(page, 'dr-totals', 'Failed'), '900');
  assert.equal(await stat(page, 'dr-totals', 'Success rate'), '70 %');
  const sip = await page.textContent('[data-testid=failures-by-sip]');
  for (const [code, phrase] of FAILURES) {
    assert.match(sip, new RegExp(`${code} ${phrase}`));
  }
  assert.match(sip, /300 \(33 %\)/);
  assert.match(sip, /Busy/i);
  // Two charts: calls per day (successful and failed stacked) and failures by SIP code.
  const drCharts = await drawnCanvases(page, 'dr-view');
  assert.equal(drCharts.length, 2, 'calls per day and failures by SIP code');
  for (const colours of drCharts) assert.ok(colours >= 4, `a drawn chart (${colours} colours)`);
  assert.match(await page.getAttribute('[data-testid=dr-view] canvas >> nth=0', 'aria-label'), /3,000 calls over 10 days/, 'counts grouped as everywhere in English');
  assert.match(await page.getAttribute('[data-testid=dr-view] canvas >> nth=1', 'aria-label'), /900 failed calls/);
  // Failures are i mod 10 in {7, 8, 9}; odd i go to sbc2: 300 failed on sbc1, 600 on sbc2.
  assert.match(await page.textContent('[data-testid=by-trunk]'), /sbc1\.contoso\.com1500300/);
  assert.match(await page.textContent('[data-testid=by-trunk]'), /sbc2\.contoso\.com1500600/);
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '3,000 of 3,000 rows');
  // Windowed (#13): a screenful of rows drawn, the table knows all 3,000 (tables.test.mjs scrolls it).
  const drawnRows = await page.locator('[data-testid=log-table] tbody tr').count();
  assert.ok(drawnRows < 150, `${drawnRows} rows drawn of 3,000`);
  assert.equal(await page.getAttribute('[data-testid=log-table]', 'aria-rowcount'), '3001');
  // Sorting: newest first by default; by SIP code ascending then descending.
  assert.match(await firstCell(page, 'Start time'), /2026-03-10/);
  await page.click('[data-testid=log-table] th button:has-text("Final SIP code")');
  assert.equal(await firstCell(page, 'Final SIP code'), '0');
  await page.click('[data-testid=log-table] th button:has-text("Final SIP code")');
  assert.equal(await firstCell(page, 'Final SIP code'), '487');
  // Filtering: by trunk text, then failed only, then one local day.
  await page.fill('[data-testid=dr-view] input[type=search]', 'sbc2');
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '1,500 of 3,000 rows');
  await page.selectOption('[data-testid=dr-view] select', 'failed');
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '600 of 3,000 rows');
  // One day (this context runs in UTC; 300 calls a day from 08:00), then back to all.
  await page.selectOption('[data-testid=dr-view] select', 'any');
  await page.fill('[data-testid=dr-view] input[type=search]', '');
  await page.fill('[data-testid=dr-view] input[aria-label^="Started on or after"]', '2026-03-02');
  await page.fill('[data-testid=dr-view] input[aria-label^="Started on or before"]', '2026-03-02');
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '300 of 3,000 rows');
  await page.fill('[data-testid=dr-view] input[aria-label^="Started on or before"]', '2026-03-03');
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '600 of 3,000 rows');
  await page.fill('[data-testid=dr-view] input[aria-label^="Started on or after"]', '');
  await page.fill('[data-testid=dr-view] input[aria-label^="Started on or before"]', '');
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '3,000 of 3,000 rows');
  await page.selectOption('[data-testid=dr-view] select', 'failed');
  // Each failed row says what its code means and what to do.
  assert.match(await page.locator('[data-testid=log-table] tbody tr').first().locator('td.explain').textContent(), /\S+/);
  await screenshot(page, 'direct-routing');
  await page.click('a.tab:has-text("PSTN")');
  await page.waitForSelector('[data-testid=pstn-view]');
  assert.equal(await stat(page, 'pstn-totals', 'Calls'), '2000');
  assert.equal(await stat(page, 'pstn-totals', 'Minutes'), '2,000');
  assert.equal(await stat(page, 'pstn-totals', 'Charges'), '200.00 EUR, 100.00 USD');
  const pstnCharts = await drawnCanvases(page, 'pstn-view');
  assert.equal(pstnCharts.length, 1, 'calls per day');
  assert.ok(pstnCharts[0] >= 4, `a drawn chart (${pstnCharts[0]} colours)`);
  await page.fill('[data-testid=pstn-view] input[type=search]', 'caller3');
  assert.equal(await page.textContent('[data-testid=rows-shown]'), '200 of 2,000 rows');
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('log rows link to their call record and back (built-in example)', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await screenshot(page, 'example-overview');
  await page.click('a.tab:has-text("Direct Routing")');
  await page.waitForSelector('[data-testid=dr-view]');
  const linked = page.locator('[data-testid=log-table] tbody tr', { has: page.locator('.match a') });
  assert.ok(await linked.count() >= 1, 'at least one Direct Routing row matches a call record');
  await linked.first().locator('.match a').click();
  await page.waitForSelector('[data-testid=call-view]');
  const rows = await page.textContent('[data-testid=call-log-rows]');
  assert.match(rows, /Direct Routing/);
  assert.match(rows, /same user|overlap/);
  await page.click('a.tab:has-text("PSTN")');
  await page.waitForSelector('[data-testid=pstn-view]');
  await screenshot(page, 'pstn');
  await context.close();
});
