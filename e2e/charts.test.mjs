// The charts as an engineer uses them: a call's charts are drawn sharp (backing store = CSS size ×
// devicePixelRatio) in both themes, hovering shows the exact value with its unit and stream,
// clicking opens the stream, every chart reads as a table, and saves as SVG and PNG without a
// single request; across calls, the distributions and the jitter/loss scatter lead to streams.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, screenshot, CORPUS, ROOT } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const LEGACY = join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json');
const LEGACY_ID = 'e523d2ed-2966-4b6b-925b-754a88034cc5';
const GROUP_ID = '3d76f4b9-47ea-5fb9-810f-3e12a619b13b'; // the built-in example's group call

/** Size, ratio and how many distinct colours a chart's canvas holds. */
function canvasInfo(page, chartSelector) {
  return page.$eval(`${chartSelector} canvas`, (c) => {
    const rect = c.getBoundingClientRect();
    const colours = new Set();
    if (c.width > 0 && c.height > 0) {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < data.length && colours.size < 500; i += 4 * 7) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
    }
    const top = c.width > 0 ? Array.from(c.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)) : null;
    return { width: c.width, height: c.height, cssWidth: rect.width, cssHeight: rect.height, dpr: devicePixelRatio, colours: colours.size, corner: top,
      role: c.getAttribute('role'), label: c.getAttribute('aria-label') };
  });
}

/** Which canvases under `root` are drawn (backing store sized to the canvas, and not blank). */
function drawnCanvases(page, root) {
  return page.$$eval(`${root} canvas`, (canvases) => canvases.map((c) => {
    if (c.width === 0 || c.height === 0 || c.width !== Math.round(c.clientWidth * devicePixelRatio)) return false;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 4; i < d.length; i += 4 * 13) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return true;
    return false;
  }));
}

/** Waits until every canvas under `root` is drawn, scrolling to each not drawn yet as a reader
 * would: a chart is drawn once it comes near the screen. */
async function waitForCharts(page, root) {
  for (let tries = 0; tries < 200; tries++) {
    // A call's charts are made a piece at a time: the section is aria-busy until all are there.
    const busy = await page.$eval(root, (el) => el.getAttribute('aria-busy') === 'true').catch(() => true);
    const drawn = busy ? [] : await drawnCanvases(page, root);
    const blank = drawn.indexOf(false);
    if (drawn.length > 0 && blank < 0) return;
    if (blank >= 0) await page.locator(`${root} canvas >> nth=${blank}`).scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  assert.fail(`the charts under ${root} were not all drawn: ${await drawnCanvases(page, root)}`);
}

/** Checks every chart under `root` is sharp and drawn; returns their data-chart names. */
async function assertChartsDrawn(page, root) {
  await waitForCharts(page, root);
  const names = await page.$$eval(`${root} figure.chart`, (fs) => fs.map((f) => f.dataset.chart));
  for (const name of names) {
    const info = await canvasInfo(page, `${root} [data-chart="${name}"]`);
    assert.equal(info.width, Math.round(info.cssWidth * info.dpr), `${name}: backing width ${info.width} for CSS ${info.cssWidth} × ${info.dpr}`);
    assert.equal(info.height, Math.round(info.cssHeight * info.dpr), `${name}: backing height ${info.height} for CSS ${info.cssHeight} × ${info.dpr}`);
    assert.ok(info.colours >= 5, `${name}: only ${info.colours} colours, looks blank`);
    assert.equal(info.role, 'img');
    assert.ok(info.label.length > 20, `${name}: aria-label "${info.label}"`);
  }
  return names;
}

/** Page coordinates of a point given in CSS pixels inside a chart's canvas. */
async function at(page, chartSelector, x, y) {
  const box = await page.locator(`${chartSelector} canvas`).boundingBox();
  return { x: box.x + (typeof x === 'function' ? x(box) : x), y: box.y + (typeof y === 'function' ? y(box) : y) };
}

/** The centre of stream column `i` of `n` in a stream-metric chart (its layout: 76 px of margins). */
function column(i, n) {
  return (box) => 68 + ((box.width - 8 - 68) / n) * (i + 0.5);
}

/** Finds, in a chart's canvas, a pixel of exactly `rgb` below the legend (y ≥ minY CSS px). */
function findColour(page, chartSelector, rgb, minY = 60) {
  return page.$eval(`${chartSelector} canvas`, (c, [rgb, minY]) => {
    const dpr = c.width / c.getBoundingClientRect().width;
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let y = Math.ceil(minY * dpr); y < c.height; y += 1) {
      for (let x = 0; x < c.width; x += 1) {
        const i = (y * c.width + x) * 4;
        if (d[i] === rgb[0] && d[i + 1] === rgb[1] && d[i + 2] === rgb[2]) return { x: x / dpr, y: y / dpr };
      }
    }
    return null;
  }, [rgb, minY]);
}

/** A screenshot of one element into test-results/, without the sticky header over it. */
async function shot(page, selector, name) {
  await page.evaluate(() => { document.querySelector('.app-header').style.position = 'static'; });
  await page.locator(selector).screenshot({ path: join(ROOT, 'test-results', `${name}.png`) });
  await page.evaluate(() => { document.querySelector('.app-header').style.position = ''; });
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Hovers the first of two jitter bars and waits for its tooltip. */
async function hoverFirstJitterBar(page, jitter) {
  await page.locator(jitter).scrollIntoViewIfNeeded();
  const first = await at(page, jitter, column(0, 2), (b) => b.height / 2);
  await page.mouse.move(first.x, first.y);
  const tip = page.locator(`${jitter} [role=tooltip]`);
  await tip.waitFor();
  return { first, tip };
}

async function openLegacyCall(page) {
  await page.setInputFiles('#file-input', LEGACY);
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  // One call: nothing to compare across calls.
  assert.equal(await page.$('[data-testid=across-charts]'), null);
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=call-charts]');
}

test('a call\'s charts are drawn as they come near the screen, and every one before printing', async () => {
  const { context, page, log } = await openApp(browser, server.url, { viewport: { width: 1280, height: 400 } });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  const root = '[data-testid=call-charts]';
  await page.waitForSelector(`${root}[aria-busy=false] canvas`);
  await page.waitForTimeout(300);
  const names = await page.$$eval(`${root} figure.chart`, (fs) => fs.map((f) => f.dataset.chart));
  assert.ok(names.length >= 6, names.join(' '));
  const last = `${root} figure.chart >> nth=${names.length - 1}`;
  // The last is two screens and more below: not drawn yet, named by its title meanwhile.
  assert.equal((await drawnCanvases(page, root)).at(-1), false, 'the chart far below the screen is not drawn');
  const title = await page.getAttribute(`${last} >> canvas`, 'aria-label');
  assert.ok(title.length > 3 && !title.includes('. '), `named by its title: "${title}"`);
  // Scrolled to, it is drawn and gets its whole text alternative.
  await page.locator(last).scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const c = document.querySelectorAll(sel)[document.querySelectorAll(sel).length - 1];
    return c.width === Math.round(c.clientWidth * devicePixelRatio);
  }, `${root} canvas`);
  assert.equal((await drawnCanvases(page, root)).at(-1), true);
  assert.ok((await page.getAttribute(`${last} >> canvas`, 'aria-label')).length > title.length, 'its summary is in its name');
  // Printing draws them all, wherever the page is scrolled.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=call-charts] canvas')]
    .every((c) => c.width === Math.round(c.clientWidth * devicePixelRatio)));
  assert.ok((await drawnCanvases(page, root)).every(Boolean), 'every chart drawn for print');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('a call: charts drawn, tooltips with value, unit and stream, click opens the stream, tables, SVG and PNG', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await page.waitForLoadState('networkidle');
  const startup = log.requests.length;
  await openLegacyCall(page);
  const names = await assertChartsDrawn(page, '[data-testid=call-charts]');
  assert.deepEqual(names, ['timeline', 'jitter', 'packet-loss', 'round-trip', 'audio-degradation-network-mos', 'concealed-samples',
    'network-events', 'device-events']);

  // Hover the first jitter bar: 16 ms, caller → callee.
  const jitter = '[data-chart=jitter]';
  const { first, tip } = await hoverFirstJitterBar(page, jitter);
  const tipText = await tip.textContent();
  assert.match(tipText, /Jitter, average: 16 ms/);
  assert.match(tipText, /Abbie Wilkins → Owen Franklin|Owen Franklin → Abbie Wilkins/);
  assert.match(tipText, /max 21 ms/);
  assert.equal(await page.$eval(`${jitter} canvas`, (c) => getComputedStyle(c).cursor), 'pointer');
  await screenshot(page, 'charts-call-tooltip');
  // The second bar: 7 ms, the other direction.
  const second = await at(page, jitter, column(1, 2), (b) => b.height / 2);
  await page.mouse.move(second.x, second.y);
  await page.waitForFunction((s) => /7 ms/.test(document.querySelector(`${s} [role=tooltip]`)?.textContent), jitter);
  const secondText = await tip.textContent();
  assert.notEqual(secondText.split('Jitter')[0], tipText.split('Jitter')[0], 'the two bars are different streams');
  // Moving off the canvas hides the tooltip.
  await page.mouse.move(first.x, first.y - 2000 < 0 ? 1 : first.y - 2000);
  await page.waitForFunction((s) => !document.querySelector(`${s} [role=tooltip]`), jitter);

  // Packet loss of the second stream: the exact value as a percentage.
  const loss = '[data-chart=packet-loss]';
  await page.locator(loss).scrollIntoViewIfNeeded();
  const lossBar = await at(page, loss, column(1, 2), (b) => b.height / 2);
  await page.mouse.move(lossBar.x, lossBar.y);
  await page.waitForFunction((s) => /1\.38 %/.test(document.querySelector(`${s} [role=tooltip]`)?.textContent), loss);

  // Click the first jitter bar: that stream is selected.
  await page.locator(jitter).scrollIntoViewIfNeeded();
  const again = await at(page, jitter, column(0, 2), (b) => b.height / 2);
  await page.mouse.click(again.x, again.y);
  await page.waitForFunction(() => /\/session\/0\/segment\/0\/media\/0\/stream\/0$/.test(location.hash));
  assert.equal(new URL(page.url()).hash, `#/call/${LEGACY_ID}/session/0/segment/0/media/0/stream/0`);
  assert.equal(await page.getAttribute('[role=treeitem][aria-selected=true]', 'data-node'), 'Stream(0, 0, 0, 0)');
  assert.match(await page.textContent('[data-testid=detail-title], .detail-title'), /stream 1/);
  // The charts stay drawn (the same call): no flash, nothing recomputed.
  await assertChartsDrawn(page, '[data-testid=call-charts]');

  // The table behind the chart has the same values.
  await page.click(`${jitter} summary:has-text("Show as table")`);
  const table = page.locator(`${jitter} table`);
  await table.waitFor();
  assert.equal(await table.locator('tbody tr').count(), 2);
  const tableText = await table.textContent();
  assert.match(tableText, /16 ms/);
  assert.match(tableText, /7 ms/);
  assert.match(await table.locator('caption').textContent(), /Jitter per stream, judged by/);

  // Save as SVG and PNG: downloads of blob: URLs, no request at all.
  const beforeExport = log.requests.length;
  const svg = await download(page, page.locator(`${jitter} [data-testid=save-svg]`));
  assert.match(svg.name, /^call-e523d2ed-jitter\.svg$/);
  const svgText = svg.bytes.toString('utf8');
  assert.ok(svgText.startsWith('<svg'), svgText.slice(0, 80));
  assert.match(svgText, /16 ms|Jitter/);
  const png = await download(page, page.locator(`${jitter} [data-testid=save-png]`));
  assert.match(png.name, /^call-e523d2ed-jitter\.png$/);
  assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const timelineSvg = await download(page, page.locator('[data-chart=timeline] [data-testid=save-svg]'));
  assert.ok(timelineSvg.bytes.toString('utf8').startsWith('<svg'));

  assert.deepEqual(log.requests.slice(beforeExport).map((r) => r.url), [], 'no request while exporting');
  // No request at all after start-up (the icon is inline, so navigation fetches nothing).
  assert.deepEqual(log.requests.slice(startup).map((r) => r.url), [], 'no request after start-up');
  assert.deepEqual(log.cspViolations, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await shot(page, '[data-testid=call-charts]', 'charts-call-light');
  // Another rule set: the charts are computed and drawn again, and say so.
  const label = () => page.getAttribute(`${jitter} canvas`, 'aria-label');
  const current = await label();
  await page.selectOption('.rules select', 'classic');
  await page.waitForFunction(([s, before]) => document.querySelector(`${s} canvas`).getAttribute('aria-label') !== before, [jitter, current]);
  assert.match(await label(), /classic/i);
  await waitForCharts(page, '[data-testid=call-charts]');
  await context.close();
});

test('names from the JSON are shown in tooltips and tables as text, never as HTML', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  const evil = '<b>Mallory</b><img src=x onerror=alert(1)>';
  const text = (await readFile(LEGACY, 'utf8')).replaceAll('Abbie Wilkins', evil.replaceAll('"', '\\"'));
  await page.fill('#paste', text);
  await page.click('button:has-text("Load pasted text")');
  await page.click('[data-testid=calls-table] tbody tr');
  await waitForCharts(page, '[data-testid=call-charts]');
  const jitter = '[data-chart=jitter]';
  const { first, tip } = await hoverFirstJitterBar(page, jitter);
  assert.ok((await tip.textContent()).includes(evil), await tip.textContent());
  await page.click(`${jitter} summary:has-text("Show as table")`);
  assert.ok((await page.textContent(`${jitter} table`)).includes(evil));
  assert.equal(await page.$('[data-testid=call-charts] b, [data-testid=call-charts] img'), null);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('on a HiDPI screen (devicePixelRatio 2) the backing store is twice the CSS size', async () => {
  const { context, page, log } = await openApp(browser, server.url, { deviceScaleFactor: 2 });
  assert.equal(await page.evaluate(() => devicePixelRatio), 2);
  await openLegacyCall(page);
  await assertChartsDrawn(page, '[data-testid=call-charts]');
  const info = await canvasInfo(page, '[data-chart=jitter]');
  assert.equal(info.width, info.cssWidth * 2);
  assert.equal(info.height, info.cssHeight * 2);
  // Hit-testing accounts for the ratio: the first bar is still the 16 ms stream.
  const jitter = '[data-chart=jitter]';
  await page.locator(jitter).scrollIntoViewIfNeeded();
  const first = await at(page, jitter, column(0, 2), (b) => b.height / 2);
  await page.mouse.move(first.x, first.y);
  await page.waitForFunction((s) => /16 ms/.test(document.querySelector(`${s} [role=tooltip]`)?.textContent), jitter);
  await shot(page, '[data-testid=call-charts]', 'charts-call-dpr2');
  // A narrower window redraws at the new width.
  await page.setViewportSize({ width: 900, height: 900 });
  await page.waitForFunction(([s, before]) => {
    const c = document.querySelector(`${s} canvas`);
    const css = c.getBoundingClientRect().width;
    return css !== before && c.width === Math.round(css * 2);
  }, [jitter, info.cssWidth]);
  await assertChartsDrawn(page, '[data-testid=call-charts]');
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('the built-in example: many streams in one call, and the charts across calls', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');

  // Across calls: five audio distributions and the scatter.
  const across = '[data-testid=across-charts]';
  await page.waitForSelector(across);
  const names = await assertChartsDrawn(page, across);
  assert.deepEqual(names, ['distribution-jitter-average', 'distribution-packet-loss-average', 'distribution-round-trip-average',
    'distribution-audio-degradation-network-mos-average', 'distribution-concealed-samples-average', 'jitter-vs-packet-loss']);
  await shot(page, across, 'charts-across-light');
  await screenshot(page, 'charts-overview-light');

  // A bar of the jitter histogram: the tooltip counts its streams; a click lists them.
  const hist = '[data-chart=distribution-jitter-average]';
  await page.locator(hist).scrollIntoViewIfNeeded();
  const bar = await findColour(page, hist, [0x00, 0x72, 0xb2]);
  assert.ok(bar, 'a bar of the histogram');
  const barAt = await at(page, hist, bar.x + 1, bar.y + 2);
  await page.mouse.move(barAt.x, barAt.y);
  const histTip = page.locator(`${hist} [role=tooltip]`);
  await histTip.waitFor();
  assert.match(await histTip.textContent(), /Jitter, average from \d+ ms to \d+ ms.*\d+ streams?/s);
  const count = Number((await histTip.textContent()).match(/(\d+) streams?/)[1]);
  await page.mouse.click(barAt.x, barAt.y);
  if (count > 1) {
    const list = page.locator('[data-testid=picked-streams]');
    await list.waitFor();
    assert.equal(await list.locator('li').count(), count);
    await list.locator('li a').first().click();
  }
  await page.waitForFunction(() => /#\/call\/[^/]+\/session\/\d+\/segment\/\d+\/media\/\d+\/stream\/\d+$/.test(location.hash));
  await page.waitForSelector('[data-testid=call-charts]');
  await page.goBack();
  await page.waitForSelector(across);

  // A point of the scatter: jitter and loss with units, and a click opens that call's stream.
  const scatter = '[data-chart=jitter-vs-packet-loss]';
  await waitForCharts(page, across);
  await page.locator(scatter).scrollIntoViewIfNeeded();
  const poor = await findColour(page, scatter, [0xd5, 0x5e, 0x00]);
  const good = await findColour(page, scatter, [0x00, 0x9e, 0x73]);
  const point = poor || good;
  assert.ok(point, 'a point of the scatter');
  const pointAt = await at(page, scatter, point.x, point.y);
  await page.mouse.move(pointAt.x, pointAt.y);
  const scatterTip = page.locator(`${scatter} [role=tooltip]`);
  await scatterTip.waitFor();
  assert.match(await scatterTip.textContent(), /→.*jitter [\d.]+ ms, packet loss [\d.]+ %/s);
  await page.mouse.click(pointAt.x, pointAt.y);
  await page.waitForFunction(() => /#\/call\/[^/]+\/session\/\d+\/segment\/\d+\/media\/\d+\/stream\/\d+$/.test(location.hash));
  await page.waitForSelector('[data-testid=call-charts]');

  // The group call: 27 streams, labels written upwards, every chart drawn.
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForFunction((id) => document.querySelector('[data-testid=crumb-title]')?.title === id, GROUP_ID);
  const callNames = await assertChartsDrawn(page, '[data-testid=call-charts]');
  assert.ok(callNames.includes('timeline') && callNames.includes('jitter'), callNames.join(', '));
  // A conference: network and device events keep only the endpoint sides that report event
  // ratios, and say how many they left out.
  assert.deepEqual(callNames.filter((n) => n.endsWith('-events')), ['network-events', 'device-events']);
  assert.match(await page.textContent('[data-testid=call-charts] .chart-note'), /leave out \d+ endpoint sides with network or device information but none of these ratios/);
  for (const name of ['network-events', 'device-events', 'timeline']) {
    const { cssHeight } = await canvasInfo(page, `[data-chart=${name}]`);
    // Six endpoint sides × nine device ratios is about one screen; never the 7000 px of one
    // panel per side with every ratio.
    assert.ok(cssHeight <= 1100, `${name} is ${cssHeight} px tall`);
  }
  await shot(page, '[data-testid=call-charts]', 'charts-group-call-light');

  assert.deepEqual(log.cspViolations, []);
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});

test('dark mode: charts drawn on the dark theme, and redrawn when the system theme changes', async () => {
  const { context, page, log } = await openApp(browser, server.url, { colorScheme: 'dark' });
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=across-charts]');
  await assertChartsDrawn(page, '[data-testid=across-charts]');
  await shot(page, '[data-testid=across-charts]', 'charts-across-dark');
  await page.evaluate((id) => { location.hash = `#/call/${id}`; }, GROUP_ID);
  await page.waitForSelector('[data-testid=call-charts]');
  await assertChartsDrawn(page, '[data-testid=call-charts]');
  const dark = await canvasInfo(page, '[data-chart=jitter]');
  assert.deepEqual(dark.corner, [0x1b, 0x1b, 0x1f], 'dark chart background');
  await shot(page, '[data-testid=call-charts]', 'charts-group-call-dark');
  await screenshot(page, 'charts-call-dark');
  // The system switches to light: every chart redraws on white.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=call-charts] canvas')].every((c) => {
    const [r, g, b] = c.getContext('2d').getImageData(1, 1, 1, 1).data;
    return r === 255 && g === 255 && b === 255;
  }));
  assert.deepEqual(log.pageErrors, []);
  assert.deepEqual(log.consoleErrors, []);
  await context.close();
});
