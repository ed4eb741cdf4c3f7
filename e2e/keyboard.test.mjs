// The keyboard user: a skip link first; opening a call or switching tabs puts the focus on the
// new view's heading (never drops it to <body>); nothing focused hides under the sticky header.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  return e === document.body ? 'body' : `${e.tagName.toLowerCase()}${e.hasAttribute('data-view-heading') ? '[data-view-heading]' : ''}: ${e.textContent.trim().slice(0, 40)}`;
});

test('focus moves to the new view heading after opening a call or switching tabs', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^a: Skip to the content/);
  await page.click('[data-testid=try-example]');
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  // Open a call from the keyboard.
  await page.focus('[data-testid=calls-table] tbody tr a.open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=call-view]');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-view-heading'));
  assert.match(await focused(page), /^h2\[data-view-heading\]/);
  for (const [tab, view, heading] of [['PSTN', 'pstn-view', /PSTN/], ['Direct Routing', 'dr-view', /Direct Routing/], ['Calls', 'calls-table', /Call records/]]) {
    await page.focus(`a.tab:has-text("${tab}")`);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid=${view}]`);
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-view-heading'));
    assert.match(await focused(page), heading, tab);
  }
  // Moving in the tree keeps the focus in the tree.
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[role=treeitem]');
  await page.locator('[role=treeitem]').first().focus();
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction((h) => location.hash !== h, before);
  await page.waitForTimeout(50);
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'treeitem');
  // The skip link takes the focus past the header.
  await page.focus('.skip-link');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  assert.match(await focused(page), /^h2\[data-view-heading\]/);
  await context.close();
});

for (const width of [1400, 768]) {
  test(`at ${width} px no focused element is hidden under the sticky header`, async () => {
    const { context, page } = await openApp(browser, server.url, { viewport: { width, height: 700 } });
    await page.click('[data-testid=try-example]');
    await page.waitForSelector('[data-testid=calls-table] tbody tr');
    await page.click('[data-testid=calls-table] tbody tr');
    await page.waitForSelector('[data-testid=call-view]');
    // Once the view is whole: its summary and its charts come a task or a few after it.
    await page.waitForSelector('[data-testid=call-summary]');
    await page.waitForSelector('[data-testid=call-charts][aria-busy=false]');
    // Scroll to the bottom, then walk backwards through the page with Shift+Tab: every element
    // scrolled into view upwards must end up below the header, not under it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.focus('main');
    await page.keyboard.press('End');
    const hidden = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Shift+Tab');
      const where = await page.evaluate(() => {
        const e = document.activeElement;
        const header = document.querySelector('.app-header');
        if (!e || e === document.body || header.contains(e)) return null;
        // The tree scrolls in a pane of its own (sticky below the header): its rows count there.
        const r = e.getBoundingClientRect();
        const h = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
        return r.top < h - 1 ? `${e.tagName} "${e.textContent.trim().slice(0, 30)}" top ${Math.round(r.top)} < header ${Math.round(h)}` : null;
      });
      if (where) hidden.push(where);
    }
    assert.deepEqual(hidden, []);
    await context.close();
  });
}
