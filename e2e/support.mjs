// Shared set-up for the end-to-end tests: a static server for dist/ under a sub-path (as on a
// real static host), Debian's Chromium through playwright-core, and request recording.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = process.env.DIST_DIR || join(ROOT, 'dist');
export const CORPUS = process.env.CORPUS_DIR || join(ROOT, '..', 'shared', 'corpus', 'graph-docs');
/** The app is hosted under this sub-path, never at the root, to prove relative URLs work. */
export const SUB_PATH = '/tools/crv/';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/** Serves dist/ at http://127.0.0.1:<port>/tools/crv/ ; returns { url, close }. */
export async function serveDist() {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) { res.writeHead(404).end(); return; }
    const rel = normalize(path.slice(SUB_PATH.length) || 'index.html');
    if (rel.startsWith('..')) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(join(DIST, rel.endsWith('/') ? rel + 'index.html' : rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] || 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${SUB_PATH}`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage'],
  });
}

/**
 * Opens the app in a fresh page and records every request, console error, page error and CSP
 * violation. Resolves once the app has rendered.
 */
export async function openApp(browser, url, { colorScheme = 'light', viewport = { width: 1400, height: 900 }, ...contextOptions } = {}) {
  // contextOptions: any other Playwright context option, e.g. deviceScaleFactor.
  const context = await browser.newContext({ colorScheme, viewport, ...contextOptions });
  const page = await context.newPage();
  const log = { requests: [], consoleErrors: [], pageErrors: [], cspViolations: [] };
  // data: URLs (the inline icon) are not network requests; everything else is recorded.
  page.on('request', (r) => { if (!r.url().startsWith('data:')) log.requests.push({ url: r.url(), at: Date.now() }); });
  page.on('console', (m) => { if (m.type() === 'error') log.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => log.pageErrors.push(String(e)));
  await page.exposeFunction('__cspViolation', (v) => log.cspViolations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector('h1:has-text("Call Record Viewer")');
  return { context, page, log };
}

export async function pasteAndLoad(page, text) {
  await page.fill('#paste', text);
  await page.click('button:has-text("Load pasted text")');
}

export async function screenshot(page, name) {
  const path = join(ROOT, 'test-results', `${name}.png`);
  await scrollThrough(page);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Scrolls the page through to its end and back, as a reader would, a screen at a time: charts
 * are drawn as they come near the screen, so a full-page screenshot shows them all. */
export async function scrollThrough(page) {
  await page.evaluate(async () => {
    const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const at = window.scrollY;
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) { window.scrollTo(0, y); await frames(); }
    window.scrollTo(0, at);
    await frames();
  });
}

/** axe-core's source, injected into the page as a script (never loaded from a URL). */
let axeSource;
/** The axe-core rule tags every view is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core over the whole page and returns its violations, each as one readable line
 * (rule, impact, and the first few offending elements) so a failure says what to fix.
 */
export async function axeViolations(page) {
  axeSource ??= await readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`) }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes.slice(0, 3).join(' | ')}`);
}
