// The viewer as an admin uses it: load every corpus file by file picker and by paste, read the
// overview, open a call, walk the tree with the keyboard, switch rule sets, go Back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, openApp, pasteAndLoad, screenshot, CORPUS } from './support.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Read off the files by hand (the native corpus test checks the same numbers):
// [records, sessions, segments, streams, PSTN rows, Direct Routing rows, other log rows]
const EXPECTED = {
  'beta-get-callrecord-basic.json': [1, 0, 0, 0, 0, 0, 0],
  'beta-get-callrecord-expanded.json': [1, 1, 1, 2, 0, 0, 0],
  'beta-getdirectroutingcalls.json': [0, 0, 0, 0, 0, 1, 0],
  'beta-getpstnblockeduserslog.json': [0, 0, 0, 0, 0, 0, 2],
  'beta-getpstncalls.json': [0, 0, 0, 0, 1, 0, 0],
  'beta-getpstnonlinemeetingdialoutreport.json': [0, 0, 0, 0, 0, 0, 1],
  'beta-getsmslog.json': [0, 0, 0, 0, 0, 0, 1],
  'beta-list-callrecords-filter-participant.json': [1, 0, 0, 0, 0, 0, 0],
  'beta-list-callrecords-filter-startdatetime.json': [1, 0, 0, 0, 0, 0, 0],
  'beta-list-callrecords.json': [2, 0, 0, 0, 0, 0, 0],
  'beta-list-participants_v2.json': [1, 0, 0, 0, 0, 0, 0],
  'beta-list-sessions-expanded-segments.json': [1, 1, 1, 1, 0, 0, 0],
  'beta-list-sessions.json': [1, 1, 0, 0, 0, 0, 0],
  'fixture-callrecordinsights-minimal-callrecord.json': [1, 1, 1, 1, 0, 0, 0],
  'v1.0-change-notification-callrecord-older.json': [0, 0, 0, 0, 0, 0, 0],
  'v1.0-change-notification-callrecord.json': [0, 0, 0, 0, 0, 0, 0],
  'v1.0-get-callrecord-basic-legacy.json': [1, 0, 0, 0, 0, 0, 0],
  'v1.0-get-callrecord-basic.json': [1, 0, 0, 0, 0, 0, 0],
  'v1.0-get-callrecord-expanded-legacy.json': [1, 1, 1, 2, 0, 0, 0],
  'v1.0-get-callrecord-expanded-participants_v2.json': [1, 0, 0, 0, 0, 0, 0],
  'v1.0-get-callrecord-expanded-sessions.json': [1, 1, 1, 1, 0, 0, 0],
  'v1.0-getdirectroutingcalls.json': [0, 0, 0, 0, 0, 1, 0],
  'v1.0-getpstncalls.json': [0, 0, 0, 0, 1, 0, 0],
  'v1.0-list-callrecords-filter-participant.json': [1, 0, 0, 0, 0, 0, 0],
  'v1.0-list-callrecords-filter-startdatetime.json': [1, 0, 0, 0, 0, 0, 0],
  'v1.0-list-callrecords.json': [2, 0, 0, 0, 0, 0, 0],
  'v1.0-list-participants_v2.json': [1, 0, 0, 0, 0, 0, 0],
  'v1.0-list-sessions-expanded-segments-legacy.json': [1, 1, 1, 2, 0, 0, 0],
  'v1.0-list-sessions-expanded-segments.json': [1, 1, 1, 2, 0, 0, 0],
  'v1.0-list-sessions-legacy.json': [1, 1, 0, 0, 0, 0, 0],
  'v1.0-list-sessions.json': [1, 1, 0, 0, 0, 0, 0],
};

function countsText([records, sessions, segments, streams, pstn, dr, other]) {
  const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
  let text = `Loaded: ${plural(records, 'call record', 'call records')} · ${plural(sessions, 'session', 'sessions')} · ${plural(segments, 'segment', 'segments')} · ${plural(streams, 'stream', 'streams')}`;
  if (pstn) text += ` · ${plural(pstn, 'PSTN call', 'PSTN calls')}`;
  if (dr) text += ` · ${plural(dr, 'Direct Routing call', 'Direct Routing calls')}`;
  if (other) text += ` · ${plural(other, 'other log row', 'other log rows')}`;
  return text;
}

async function countsOrNothing(page) {
  await page.waitForFunction(() => !document.querySelector('[role=status]'));
  const el = await page.$('[data-testid=counts]');
  return el ? (await el.textContent()).replace(/ \(parsed in [^)]*\)$/, '') : null;
}

test('every corpus file loads through the file picker and through paste with the expected counts', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  for (const [name, expected] of Object.entries(EXPECTED)) {
    const loadsSomething = expected.some((n) => n > 0);
    for (const how of ['file', 'paste']) {
      await page.click('button:has-text("Clear all")', { trial: false }).catch(() => {});
      if (how === 'file') {
        await page.setInputFiles('#file-input', join(CORPUS, name));
      } else {
        await pasteAndLoad(page, await readFile(join(CORPUS, name), 'utf8'));
      }
      await page.waitForFunction(() => document.querySelector('[data-testid=counts]') || document.querySelector('[data-testid=diagnostics]'));
      const counts = await countsOrNothing(page);
      if (loadsSomething) {
        assert.equal(counts, countsText(expected), `${name} by ${how}`);
      } else {
        // Change notifications: no data, and a message explaining what to fetch.
        assert.equal(counts, null, `${name} by ${how}`);
        assert.match(await page.textContent('[data-testid=diagnostics]'), /holds no call data/);
      }
      const errors = await page.$$('.diagnostic.error');
      assert.equal(errors.length, 0, `${name} by ${how}: ${errors.length} errors`);
    }
  }
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});

test('overview, a call, its streams and verdicts, and the rule set switch', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.setInputFiles('#file-input', [join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json'), join(CORPUS, 'v1.0-list-callrecords.json')]);
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  assert.equal(await page.textContent('[data-testid=calls-shown]'), '3 of 3 calls');
  await screenshot(page, 'overview');
  // Filter by a participant's name.
  await page.fill('input[type=search]', 'owen');
  assert.equal(await page.textContent('[data-testid=calls-shown]'), '1 of 3 calls');
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=call-view]');
  assert.match(page.url(), /#\/call\/e523d2ed-2966-4b6b-925b-754a88034cc5$/);
  const tree = await page.textContent('[data-testid=tree]');
  assert.match(tree, /Abbie Wilkins ↔ Owen Franklin/);
  assert.match(tree, /Owen Franklin → Abbie Wilkins/);
  assert.match(tree, /Abbie Wilkins → Owen Franklin/);
  // Current rules: the degraded stream is Good; the 67-packet stream is Unclassified.
  const streamRow = (who) => page.locator('[role=treeitem][aria-level="4"]', { hasText: who });
  assert.match(await streamRow('Owen Franklin → Abbie Wilkins').textContent(), /Good/);
  assert.match(await streamRow('Abbie Wilkins → Owen Franklin').textContent(), /Unclassified/);
  assert.match(await page.textContent('[data-testid=call-summary]'), /Abbie Wilkins|Owen Franklin/);
  await streamRow('Owen Franklin → Abbie Wilkins').click();
  await page.waitForFunction(() => location.hash.endsWith('/stream/1') || location.hash.endsWith('/stream/0'));
  assert.match(await page.textContent('[data-testid=detail]'), /Owen Franklin → Abbie Wilkins/);
  assert.match(await page.textContent('[data-testid=detail]'), /not reported|1\.16/);
  await screenshot(page, 'call-current-rules');
  // Classic rules: degradation 1.16 > 1.0 makes it Poor, with the reason.
  await page.selectOption('.rules select', 'classic');
  assert.match(await streamRow('Owen Franklin → Abbie Wilkins').textContent(), /Poor/);
  assert.match(await page.textContent('[data-testid=detail]'), /degradation 1\.16 > 1(\.0)?/);
  await screenshot(page, 'call-classic-rules');
  // Custom: back to current rules, then a jitter limit of 5 ms makes the 7 ms stream poor.
  await page.selectOption('.rules select', 'current');
  assert.match(await streamRow('Owen Franklin → Abbie Wilkins').textContent(), /Good/);
  await page.click('.threshold-editor summary');
  assert.equal(await page.inputValue('[data-field=audio_loss]'), '10', 'loss typed as a percentage');
  await page.fill('[data-field=audio_jitter]', '5');
  await page.press('[data-field=audio_jitter]', 'Enter');
  await page.dispatchEvent('[data-field=audio_jitter]', 'change');
  await page.waitForFunction(() => document.querySelector('.rules select').selectedOptions[0].textContent.startsWith('Custom'));
  assert.match(await streamRow('Owen Franklin → Abbie Wilkins').textContent(), /Poor/);
  assert.match(await page.textContent('[data-testid=detail]'), /jitter 7 ms > 5 ms/);
  assert.match(await page.textContent('[data-testid=detail]'), /Custom thresholds/);
  // Back returns to the call overview, then to the list.
  await page.goBack();
  await page.waitForFunction(() => !/\/stream\//.test(location.hash));
  await page.goBack();
  await page.waitForSelector('[data-testid=calls-table]');
  await context.close();
});

test('the tree works from the keyboard', async () => {
  const { context, page } = await openApp(browser, server.url);
  await page.setInputFiles('#file-input', join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json'));
  await page.click('[data-testid=calls-table] tbody tr');
  const items = page.locator('[role=treeitem]');
  await items.first().waitFor();
  assert.equal(await items.count(), 5, 'a small call opens fully: session, segment, media, 2 streams');
  await items.first().focus();
  const selected = () => page.getAttribute('[role=treeitem][aria-selected=true]', 'data-node');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => location.hash.endsWith('/segment/0'));
  assert.equal(await selected(), 'Segment(0, 0)');
  await page.keyboard.press('End');
  await page.waitForFunction(() => location.hash.endsWith('/stream/1'));
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-node')), 'Stream(0, 0, 0, 1)');
  await page.keyboard.press('ArrowLeft'); // a leaf goes to its parent
  await page.waitForFunction(() => location.hash.endsWith('/media/0'));
  await page.keyboard.press('ArrowLeft'); // closes the media
  await page.waitForFunction(() => document.querySelectorAll('[role=treeitem]').length === 3);
  assert.equal(await page.getAttribute('[data-node="Media(0, 0, 0)"]', 'aria-expanded'), 'false');
  await page.keyboard.press('Enter'); // opens it again
  await page.waitForFunction(() => document.querySelectorAll('[role=treeitem]').length === 5);
  await page.click('button:has-text("Collapse all")');
  assert.equal(await items.count(), 1);
  await page.click('button:has-text("Expand all")');
  assert.equal(await items.count(), 5);
  await context.close();
});

test('a call link opened in a fresh tab says the call is not loaded, then shows it once loaded', async () => {
  const { context, page } = await openApp(browser, `${server.url}#/call/e523d2ed-2966-4b6b-925b-754a88034cc5/session/0`);
  await page.waitForSelector('[data-testid=call-missing]');
  await page.setInputFiles('#file-input', join(CORPUS, 'v1.0-get-callrecord-expanded-legacy.json'));
  await page.waitForSelector('[data-testid=call-view]');
  assert.equal(await page.getAttribute('[role=treeitem][aria-selected=true]', 'data-node'), 'Session(0)');
  await context.close();
});

test('text from the JSON is shown as text, never as HTML', async () => {
  const { context, page, log } = await openApp(browser, server.url);
  const evil = JSON.stringify({
    id: 'x<img src=x onerror=alert(1)>', version: 1, type: 'groupCall', modalities: ['audio'],
    startDateTime: '2026-01-01T10:00:00Z', endDateTime: '2026-01-01T10:10:00Z',
    organizer_v2: { id: 'o', identity: { user: { id: 'u', displayName: '<b>Mallory</b><script>alert(1)</script>' } } },
    sessions: [{ id: 's', caller: { identity: { user: { displayName: '<i>Eve</i>' } } }, callee: { userAgent: { role: 'skypeForBusinessAudioVideoMcu' } }, segments: [] }],
  });
  await pasteAndLoad(page, evil);
  await page.waitForSelector('[data-testid=calls-table] tbody tr');
  assert.match(await page.textContent('[data-testid=calls-table]'), /<b>Mallory<\/b><script>alert\(1\)<\/script>/);
  assert.equal(await page.$('b'), null);
  await page.click('[data-testid=calls-table] tbody tr');
  await page.waitForSelector('[data-testid=call-view]');
  assert.match(await page.textContent('[data-testid=tree]'), /<i>Eve<\/i>/);
  assert.equal(await page.$('img[src=x]'), null);
  assert.deepEqual(log.pageErrors, []);
  await context.close();
});
