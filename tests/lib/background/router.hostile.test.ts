/**
 * Issue 8, "Messages": the router is the trust boundary. Whatever a content script, an extension page, another
 * extension or a web page sends, `handleMessage` resolves (never throws, never rejects) with either an answer or
 * `{ ok: false, error }` — a short string — and a refused message leaves browser storage exactly as it was.
 * Valid cs/hello and cs/score are answered, so this suite fails if the router simply refuses everything.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { handleMessage } from '../../../lib/background/router';
import { getPage } from '../../../lib/background/page-store';
import { MAX_BATCH } from '../../../lib/messages';
import { Listing } from '../../../lib/schema/listing';
import { MAX_IMPORT_CHARS } from '../../../lib/reports/messages';
import { listing, newReport } from '../reports/helpers';

type Sender = Browser.runtime.MessageSender;

/** A reply is "clear" when its error is a non-empty line of bounded length. */
const MAX_ERROR_CHARS = 1000;

const TAB = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1 } as Browser.tabs.Tab;
const ownId = () => fakeBrowser.runtime.id;
const senders = {
  contentScript: (): Sender => ({ id: ownId(), tab: TAB, url: 'https://www.amazon.com/s?k=belt', frameId: 0 }),
  popupPage: (): Sender => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') }),
  optionsPage: (): Sender => ({ id: ownId(), url: fakeBrowser.runtime.getURL('/options.html') }),
  otherExtension: (): Sender => ({ id: 'abcdefghijklmnopabcdefghijklmnop', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/page.html' }),
  otherExtensionInTab: (): Sender => ({ id: 'other-ext', tab: TAB, url: 'https://www.amazon.com/' }),
  webPage: (): Sender => ({ tab: TAB, url: 'https://evil.example/', origin: 'https://evil.example' }),
  webPageNoTab: (): Sender => ({ url: 'https://evil.example/' }),
};

async function dumpStorage(): Promise<string> {
  const [local, session] = await Promise.all([fakeBrowser.storage.local.get(null), fakeBrowser.storage.session.get(null)]);
  return JSON.stringify({ local, session });
}

interface Outcome {
  reply: { ok: boolean; error?: unknown } & Record<string, unknown>;
  storageChanged: boolean;
}

/**
 * Send one message and check the invariants every reply must meet: the call resolves, the reply is an object with a
 * boolean `ok`, a refusal carries a clear bounded error and changed nothing in storage.
 */
async function deliver(raw: unknown, sender: Sender): Promise<Outcome> {
  const before = await dumpStorage();
  let reply: Outcome['reply'];
  try {
    reply = (await handleMessage(raw, sender)) as Outcome['reply'];
  } catch (e) {
    throw new Error(`handleMessage rejected: ${String(e)}`);
  }
  expect(reply).toBeTypeOf('object');
  expect(typeof reply.ok).toBe('boolean');
  const after = await dumpStorage();
  if (!reply.ok) {
    expect(typeof reply.error).toBe('string');
    const error = reply.error as string;
    expect(error.length).toBeGreaterThan(0);
    expect(error.length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
    expect(after, `refused message changed storage (error: ${error})`).toBe(before);
  }
  return { reply, storageChanged: after !== before };
}

async function refused(raw: unknown, sender: Sender, errorMatch?: RegExp): Promise<string> {
  const { reply } = await deliver(raw, sender);
  expect(reply.ok, `expected a refusal, got ${JSON.stringify(reply).slice(0, 200)}`).toBe(false);
  if (errorMatch) expect(reply.error).toMatch(errorMatch);
  return reply.error as string;
}

const score = (n: number, over: Record<string, unknown> = {}) => ({
  type: 'cs/score',
  pageUrl: 'https://www.amazon.com/s?k=belt',
  pageKind: 'search',
  items: Array.from({ length: n }, (_, i) => ({ ref: `c${i + 1}`, listing: listing(i) })),
  ...over,
});
const hello = { type: 'cs/hello', url: 'https://www.amazon.com/s?k=belt', site: 'amazon' };

const ALL_TYPES = [
  'cs/hello',
  'cs/score',
  'cs/open-details',
  'popup/page',
  'popup/explain',
  'popup/check-page',
  'report/save',
  'report/list',
  'report/delete',
  'report/restore',
  'report/retry',
  'report/import',
  'report/next-steps',
  'report/send-now',
] as const;

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser does not implement getManifest; the real browser always does (cs/hello reports the version).
  (fakeBrowser.runtime as { getManifest: unknown }).getManifest = () => ({ manifest_version: 3, name: 'Copycat Guard', version: '9.9.9' });
});

describe('router: valid messages are answered (the suite can tell a working router from one that refuses all)', () => {
  it('answers cs/hello from a content script', async () => {
    const { reply } = await deliver(hello, senders.contentScript());
    expect(reply).toMatchObject({ ok: true, enabled: true, version: '9.9.9' });
  });

  it('answers cs/score with one verdict per item and records the page', async () => {
    const { reply } = await deliver(score(MAX_BATCH), senders.contentScript());
    expect(reply.ok).toBe(true);
    expect((reply.results as { ref: string }[]).map((r) => r.ref)).toEqual(Array.from({ length: MAX_BATCH }, (_, i) => `c${i + 1}`));
    // The background answers before it records (badges do not wait for storage); getPage waits for the write.
    const page = await getPage(TAB.id!);
    expect(page?.items, 'the page record is stored for the popup').toHaveLength(MAX_BATCH);
  });

  it('answers popup/page and report/list from the extension popup', async () => {
    expect((await deliver({ type: 'popup/page', tabId: 7 }, senders.popupPage())).reply).toEqual({ ok: true, page: null });
    expect((await deliver({ type: 'report/list' }, senders.optionsPage())).reply).toMatchObject({ ok: true, reports: [] });
  });

  // The badge's "Details" (cs/open-details) opens popup.html in a TAB. Chrome and Firefox set `sender.tab` for any
  // extension page shown in a tab, so that page's popup/page and popup/explain must still be answered: the sender is
  // recognised by its extension URL, not by the absence of a tab.
  it('answers popup/page from the extension popup opened in a tab (the Details page)', async () => {
    const detailsTab: Sender = { id: ownId(), tab: { ...TAB, id: 9 }, url: fakeBrowser.runtime.getURL('/popup.html?tab=7&ref=c1') };
    const { reply } = await deliver({ type: 'popup/page', tabId: 7 }, detailsTab);
    expect(reply).toEqual({ ok: true, page: null });
  });
});

describe('router: senders', () => {
  it('refuses every message type from another extension and from web pages, storage untouched', async () => {
    for (const type of ALL_TYPES) {
      const raw = type === 'cs/score' ? score(1) : type === 'cs/hello' ? hello : { type, tabId: 7 };
      for (const s of [senders.otherExtension(), senders.otherExtensionInTab(), senders.webPage(), senders.webPageNoTab()]) {
        await refused(raw, s, /refused/);
      }
    }
  });

  it('refuses cs/* without a tab (an extension page pretending to be a content script)', async () => {
    await refused(hello, senders.popupPage(), /refused/);
    await refused(score(1), senders.popupPage(), /refused/);
    await refused({ type: 'cs/open-details', ref: 'c1' }, senders.optionsPage(), /refused/);
  });

  it('refuses popup/* and report/* from a content script (a tab on a shop page)', async () => {
    for (const raw of [
      { type: 'popup/page', tabId: 7 },
      { type: 'popup/explain', tabId: 7, ref: 'c1' },
      { type: 'popup/check-page', tabId: 7, pageUrl: 'https://www.amazon.com/', pageKind: 'search', listings: [listing(1)] },
      { type: 'report/save', input: newReport(1) },
      { type: 'report/list' },
      { type: 'report/import', text: '[]' },
      { type: 'report/send-now' },
    ]) {
      await refused(raw, senders.contentScript(), /refused/);
    }
  });

  it('refuses a content script whose sender.url merely looks like an extension URL of another id', async () => {
    const s: Sender = { id: ownId(), url: 'chrome-extension://someone-else/popup.html' };
    await refused({ type: 'popup/page', tabId: 7 }, s, /refused/);
    await refused({ type: 'report/list' }, s, /refused/);
  });
});

describe('router: hand-picked hostile messages', () => {
  const cs = senders.contentScript;
  const page = senders.popupPage;

  it('refuses an unknown type and typeless values', async () => {
    for (const raw of [
      { type: 'cs/delete-everything' },
      { type: 'popup/unknown' },
      { type: 'report/drop-all' },
      { type: '' },
      { type: 42 },
      { type: ['cs/hello'] },
      null,
      undefined,
      0,
      '',
      'cs/hello',
      true,
      [],
      [hello],
      Symbol.for('x').description,
      new Date(0),
    ]) {
      await refused(raw, cs());
      await refused(raw, page());
    }
  });

  it('refuses wrong field types', async () => {
    await refused({ ...hello, url: 42 }, cs(), /url/);
    await refused({ ...hello, site: 'evil' }, cs(), /site/);
    await refused(score(1, { items: 'all' }), cs(), /items/);
    await refused(score(1, { pageKind: 'checkout' }), cs(), /pageKind/);
    await refused({ type: 'popup/page', tabId: '7' }, page(), /tabId/);
    await refused({ type: 'popup/page', tabId: 1.5 }, page(), /tabId/);
    await refused({ type: 'popup/page', tabId: -1 }, page(), /tabId/);
    await refused({ type: 'report/delete', id: '../../etc' }, page(), /id/);
    await refused({ type: 'report/save', input: { ...newReport(1), reason: 'spite' } }, page(), /reason/);
  });

  it('refuses NaN and ±Infinity numbers; -0 is treated as 0', async () => {
    for (const n of [NaN, Infinity, -Infinity]) {
      await refused({ type: 'popup/page', tabId: n }, page(), /tabId/);
      const bad = { ...listing(1), price: { amount: n, currency: 'USD' } };
      await refused(score(0, { items: [{ ref: 'c1', listing: bad }] }), cs(), /price/);
      await refused(score(0, { items: [{ ref: 'c1', listing: { ...listing(1), position: n } }] }), cs(), /position/);
    }
    const { reply } = await deliver({ type: 'popup/page', tabId: -0 }, page());
    expect(reply).toEqual({ ok: true, page: null });
  });

  it(`refuses cs/score and popup/check-page with ${MAX_BATCH + 1} items (MAX_BATCH is ${MAX_BATCH})`, async () => {
    await refused(score(MAX_BATCH + 1), cs(), /items/);
    const listings = Array.from({ length: MAX_BATCH + 1 }, (_, i) => listing(i));
    await refused({ type: 'popup/check-page', tabId: 7, pageUrl: 'https://www.amazon.com/', pageKind: 'search', listings }, page(), /listings/);
  });

  it('refuses arrays of 100,000 items, quickly', async () => {
    const item = { ref: 'c1', listing: listing(1) };
    const t0 = performance.now();
    await refused(score(0, { items: new Array(100_000).fill(item) }), cs(), /items/);
    await refused(new Array(100_000).fill(hello), cs());
    await refused({ type: 'popup/check-page', tabId: 7, pageUrl: 'https://x.example/', pageKind: 'search', listings: new Array(100_000).fill(listing(1)) }, page());
    await refused({ type: 'report/import', text: 'x', extra: new Array(100_000).fill(0), report: new Array(100_000).fill('y') }, cs());
    const ms = performance.now() - t0;
    console.log(`[router] four 100k-item messages refused in ${ms.toFixed(0)} ms`);
  });

  it('refuses 10,000-deep nesting in every position (built iteratively)', async () => {
    let deepObj: Record<string, unknown> = { end: true };
    let deepArr: unknown[] = ['end'];
    for (let i = 0; i < 10_000; i++) {
      deepObj = { a: deepObj, type: 'cs/hello' };
      deepArr = [deepArr];
    }
    await refused(deepObj, cs());
    await refused(deepArr, cs());
    await refused({ ...hello, url: deepObj }, cs(), /url/);
    await refused({ ...hello, site: deepArr }, cs(), /site/);
    await refused(score(0, { items: [{ ref: 'c1', listing: { ...listing(1), seller: deepObj } }] }), cs());
    await refused(score(0, { items: deepArr }), cs());
    await refused({ type: 'popup/explain', tabId: 7, ref: deepObj }, page());
    await refused({ type: 'report/restore', report: deepObj }, page());
    await refused({ type: 'report/save', input: { ...newReport(1), listing: deepObj } }, page());
  });

  it('refuses 1 MB strings in every string field', async () => {
    const mb = 'x'.repeat(1 << 20);
    await refused({ ...hello, url: mb }, cs(), /url/);
    await refused({ type: 'cs/open-details', ref: mb }, cs(), /ref/);
    await refused(score(0, { pageUrl: mb }), cs(), /pageUrl/);
    for (const field of ['url', 'title', 'brand', 'description', 'image', 'shipsFrom'] as const) {
      const l = { ...listing(1), [field]: field === 'url' || field === 'image' ? `https://a.example/${mb}` : mb };
      await refused(score(0, { items: [{ ref: 'c1', listing: l }] }), cs(), new RegExp(field));
    }
    await refused({ type: 'popup/explain', tabId: 7, ref: mb }, page(), /ref/);
    await refused({ type: 'report/save', input: { ...newReport(1), note: mb } }, page(), /note/);
    await refused({ type: 'report/import', text: 'x'.repeat(MAX_IMPORT_CHARS + 1) }, page(), /text/);
  });

  it('prototype keys neither pollute Object.prototype nor get through', async () => {
    const payloads = [
      '{"type":"cs/hello","url":"https://www.amazon.com/","site":"amazon","__proto__":{"polluted":"yes","type":"report/list"}}',
      '{"__proto__":{"type":"report/list","polluted":"yes"}}',
      '{"type":"cs/score","pageUrl":"https://www.amazon.com/","pageKind":"search","items":[{"ref":"c1","listing":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"site":"amazon","url":"https://www.amazon.com/dp/B0X","title":"t","brand":null,"price":null,"seller":null}}]}',
      '{"type":"popup/page","tabId":7,"constructor":{"prototype":{"polluted":"yes"}}}',
      '{"type":"report/save","input":{"__proto__":{"polluted":"yes"},"reason":"other","listing":{"constructor":{"prototype":{"polluted":"yes"}}}}}',
      '{"type":"report/import","text":"{\\"__proto__\\":{\\"polluted\\":\\"yes\\"},\\"reports\\":[{\\"__proto__\\":{\\"polluted\\":\\"yes\\"}}]}"}',
      '{"type":"prototype","prototype":{"polluted":"yes"}}',
    ];
    for (const json of payloads) {
      const raw: unknown = JSON.parse(json);
      for (const s of [cs(), page()]) await deliver(raw, s);
    }
    // A message whose ONLY `type` sits on a prototype-ish key is refused (no own type field).
    await refused(JSON.parse('{"__proto__":{"type":"report/list"}}'), page());
    // (An object whose `type` is inherited cannot arrive: runtime messages are JSON-serialised or structured-cloned,
    // which keep own properties only. Not tested.)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    // Whatever was stored came back through the schemas: no prototype key survives in storage.
    expect(await dumpStorage()).not.toContain('polluted');
  });
});

describe('router: generated messages (fast-check)', () => {
  const anySender = fc.constantFrom(...Object.values(senders));

  it('fc.anything(), from any sender: resolves, clear error, storage unchanged when refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 4, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), anySender, async (raw, mk) => {
        const { reply } = await deliver(raw, mk());
        // A value that is not an object with a message type cannot be valid.
        expect(reply.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a valid type with random fields: resolves, clear error, storage unchanged when refused', async () => {
    const msg = fc
      .tuple(
        fc.constantFrom(...ALL_TYPES),
        fc.dictionary(
          fc.oneof(fc.constantFrom('tabId', 'ref', 'url', 'site', 'pageUrl', 'pageKind', 'items', 'listings', 'input', 'id', 'report', 'text', '__proto__', 'constructor'), fc.string({ maxLength: 8 })),
          fc.oneof(fc.anything({ maxDepth: 3 }), fc.constantFrom(7, -0, NaN, Infinity, 'amazon', 'search', '', [], {})),
          { maxKeys: 6 },
        ),
      )
      .map(([type, fields]) => ({ ...fields, type }));
    await fc.assert(
      fc.asyncProperty(msg, anySender, async (raw, mk) => {
        await deliver(raw, mk());
      }),
      { numRuns: 400 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a valid-looking Listing with one field corrupted: refused exactly when the Listing schema refuses it', async () => {
    const base = listing(3);
    const fields = [...Object.keys(base), 'listPrice', 'condition', 'image', 'position', 'description', 'authenticated', 'shipsFrom'];
    const badValue = fc.oneof(
      fc.anything({ maxDepth: 2 }),
      fc.constantFrom(NaN, Infinity, -1, -0, 1e13, '', 'x'.repeat(3000), 'javascript:alert(1)', [], {}, null, true),
      fc.record({ amount: fc.oneof(fc.double(), fc.constant(NaN)), currency: fc.string({ maxLength: 4 }) }),
      fc.record({ name: fc.anything({ maxDepth: 1 }), rating: fc.oneof(fc.double(), fc.integer()) }),
    );
    let refusedCount = 0;
    let acceptedCount = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fields), badValue, async (field, value) => {
        const corrupted = { ...base, [field]: value };
        const valid = Listing.safeParse(corrupted).success;
        const { reply } = await deliver(score(0, { items: [{ ref: 'c1', listing: corrupted }] }), senders.contentScript());
        expect(reply.ok, `field ${field} = ${fc.stringify(value).slice(0, 80)}`).toBe(valid);
        if (valid) acceptedCount++;
        else refusedCount++;
      }),
      { numRuns: 300 },
    );
    console.log(`[router] corrupted listings: ${refusedCount} refused, ${acceptedCount} still valid and answered`);
    expect(refusedCount).toBeGreaterThan(100);
  });
});
