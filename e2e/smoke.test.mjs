// The release build starts under a sub-path, shows its title and a working input area.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, pasteAndLoad, screenshot } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('title, input area, and a line/column error that keeps the pasted text', async () => {
  const { context, page } = await openApp(browser, server.url);
  assert.equal(await page.title(), 'Call Record Viewer');
  assert.ok(await page.isVisible('#paste'));
  const broken = '{\n  "id": "abc",\n  "version": 1\n  "type": "groupCall"\n}';
  await pasteAndLoad(page, broken);
  const diagnostic = await page.waitForSelector('.diagnostic.error');
  const text = await diagnostic.textContent();
  assert.match(text, /pasted text, line 4, column 3/);
  assert.match(text, /expected `,` or `}`/);
  assert.equal(await page.inputValue('#paste'), broken);
  await screenshot(page, 'smoke-error');
  await context.close();
});
