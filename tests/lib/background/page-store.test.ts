/**
 * Issue 8, "Storage": the per-tab page store (lib/background/page-store.ts). Batches of one page arrive
 * concurrently (the content script sends up to MAX_BATCH listings per message, many messages at once): no batch may
 * overwrite another. A corrupt stored record is treated as absent and the next write replaces it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_PAGE_ITEMS, PageIndex, forgetTab, getPage, recordScores } from '../../../lib/background/page-store';
import { listing, verdict } from '../reports/helpers';

const URL_A = 'https://www.amazon.com/s?k=belt';
const item = (ref: string, i: number) => ({ ref, listing: listing(i), verdict });

/** The area the store uses: session storage where the browser has it (fakeBrowser does), else local. */
const area = () => fakeBrowser.storage.session;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('recordScores: concurrent batches for one tab', () => {
  it('20 concurrent batches of 5 → all 100 refs kept, in arrival order, none lost', async () => {
    const batches = Array.from({ length: 20 }, (_, b) => Array.from({ length: 5 }, (_, k) => item(`c${b * 5 + k + 1}`, b * 5 + k)));
    const results = await Promise.all(batches.map((batch) => recordScores(7, URL_A, 'search', batch)));
    const page = await getPage(7);
    expect(page).not.toBeNull();
    expect(page!.items.map((i) => i.ref)).toEqual(Array.from({ length: 100 }, (_, i) => `c${i + 1}`));
    // Each write saw every batch before it (the chain is serial): item counts 5, 10, …, 100.
    expect(results.map((r) => r.checked)).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 5));
    expect(PageIndex.safeParse((await area().get('page:7'))['page:7']).success).toBe(true);
  });

  it('concurrent batches re-scoring the same refs replace, never duplicate', async () => {
    const first = Array.from({ length: 10 }, (_, i) => item(`c${i + 1}`, i));
    await recordScores(7, URL_A, 'search', first);
    const again = Array.from({ length: 20 }, (_, b) => [item(`c${(b % 10) + 1}`, 100 + b), item(`n${b}`, 200 + b)]);
    await Promise.all(again.map((batch) => recordScores(7, URL_A + '#frag', 'search', batch)));
    const page = await getPage(7);
    const refs = page!.items.map((i) => i.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs).toHaveLength(30);
    // The last write for c1 (b = 10) wins.
    expect(page!.items.find((i) => i.ref === 'c1')!.listing.url).toBe(listing(110).url);
  });

  it('different tabs written concurrently do not touch each other', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, b) => recordScores(100 + (b % 4), `https://www.ebay.com/sch/i.html?_nkw=${b % 4}`, 'search', [item(`c${b}`, b)])),
    );
    for (let t = 0; t < 4; t++) expect((await getPage(100 + t))!.items).toHaveLength(5);
  });

  it('a failing write does not block the chain: the next batch is stored', async () => {
    const s = area();
    const original = s.set.bind(s);
    let fail = true;
    (s as { set: unknown }).set = async (v: Record<string, unknown>) => {
      if (fail) {
        fail = false;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return original(v);
    };
    try {
      const a = recordScores(7, URL_A, 'search', [item('c1', 1)]);
      const b = recordScores(7, URL_A, 'search', [item('c2', 2)]);
      await expect(a).rejects.toThrow(/quota/);
      await b;
    } finally {
      (s as { set: unknown }).set = original;
    }
    expect((await getPage(7))!.items.map((i) => i.ref)).toEqual(['c2']);
  });

  it(`keeps the latest ${MAX_PAGE_ITEMS} items of a long session`, async () => {
    const batches = Array.from({ length: 8 }, (_, b) => Array.from({ length: 100 }, (_, k) => item(`c${b * 100 + k + 1}`, k)));
    await Promise.all(batches.map((batch) => recordScores(7, URL_A, 'search', batch)));
    const refs = (await getPage(7))!.items.map((i) => i.ref);
    expect(refs).toHaveLength(MAX_PAGE_ITEMS);
    expect(refs.at(-1)).toBe('c800');
    expect(refs[0]).toBe(`c${800 - MAX_PAGE_ITEMS + 1}`);
  });

  it('forgetTab queued behind writes removes the record after them', async () => {
    const w = recordScores(7, URL_A, 'search', [item('c1', 1)]);
    const f = forgetTab(7);
    await Promise.all([w, f]);
    expect(await getPage(7)).toBeNull();
  });
});

describe('recordScores: corrupt stored record', () => {
  let deep: Record<string, unknown> = {};
  // 500 levels: the fake storage (like the real one) cannot even store much deeper values.
  for (let i = 0; i < 500; i++) deep = { a: deep };
  const corrupt: [string, unknown][] = [
    ['a string', 'page'],
    ['a number', 7],
    ['an array', [item('c1', 1)]],
    ['missing items', { tabId: 7, url: URL_A, pageKind: 'search', updatedAt: 1 }],
    ['items not an array', { tabId: 7, url: URL_A, pageKind: 'search', updatedAt: 1, items: 'x' }],
    ['an invalid listing inside', { tabId: 7, url: URL_A, pageKind: 'search', updatedAt: 1, items: [{ ref: 'c1', listing: { title: 1 }, verdict }] }],
    ['wrong pageKind', { tabId: 7, url: URL_A, pageKind: 'checkout', updatedAt: 1, items: [] }],
    ['url not a string', { tabId: 7, url: null, pageKind: 'search', updatedAt: 1, items: [] }],
    ['deep junk', deep],
    ['prototype keys', JSON.parse('{"__proto__":{"items":[]},"tabId":7}')],
  ];

  for (const [name, raw] of corrupt) {
    it(`${name}: read as absent; the next write stores a valid record`, async () => {
      await area().set({ 'page:7': raw });
      expect(await getPage(7)).toBeNull();
      const rec = await recordScores(7, URL_A, 'search', [item('c9', 9)]);
      expect(rec.checked).toBe(1);
      const stored = (await area().get('page:7'))['page:7'];
      expect(PageIndex.safeParse(stored).success).toBe(true);
      expect((await getPage(7))!.items.map((i) => i.ref)).toEqual(['c9']);
    });
  }

  it('a corrupt record and 20 concurrent batches: all 20 batches kept', async () => {
    await area().set({ 'page:7': { broken: true } });
    await Promise.all(Array.from({ length: 20 }, (_, b) => recordScores(7, URL_A, 'search', [item(`c${b + 1}`, b)])));
    expect((await getPage(7))!.items.map((i) => i.ref)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i + 1}`));
  });
});

describe('recordScores: the cost of a batch does not grow with the page (issue 6)', () => {
  /** Storage calls made while `fn` runs: keys read, keys written with their JSON size, keys removed. */
  async function traced(fn: () => Promise<unknown>) {
    const s = area();
    const calls = { get: [] as string[], set: [] as { key: string; bytes: number }[], remove: [] as string[] };
    const get = s.get.bind(s);
    const set = s.set.bind(s);
    const remove = s.remove.bind(s);
    const keys = (k: unknown) => (k === null ? ['*'] : Array.isArray(k) ? k.map(String) : [String(k)]);
    (s as { get: unknown }).get = (k: string | string[] | null) => (calls.get.push(...keys(k)), get(k));
    (s as { set: unknown }).set = (v: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(v)) calls.set.push({ key, bytes: JSON.stringify(value).length });
      return set(v);
    };
    (s as { remove: unknown }).remove = (k: string | string[]) => (calls.remove.push(...keys(k)), remove(k));
    try {
      await fn();
    } finally {
      Object.assign(s, { get, set, remove });
    }
    return calls;
  }

  const batch = (b: number, size = 50) => Array.from({ length: size }, (_, k) => item(`c${b * size + k + 1}`, b * size + k));

  it('every batch reads only the index and writes the index plus one chunk; chunk bytes stay flat', async () => {
    const perBatch = [];
    for (let b = 0; b < 12; b++) perBatch.push(await traced(() => recordScores(7, URL_A, 'search', batch(b))));
    for (const [b, c] of perBatch.entries()) {
      expect(c.get, `batch ${b} reads`).toEqual(['page:7']);
      expect(c.set.map((x) => x.key).sort(), `batch ${b} writes`).toEqual(['page:7', `page:7:${b}`]);
    }
    const chunkBytes = perBatch.map((c) => c.set.find((x) => x.key !== 'page:7')!.bytes);
    const indexBytes = perBatch.map((c) => c.set.find((x) => x.key === 'page:7')!.bytes);
    // The 12th batch writes about what the 1st did: its own 50 listings, and an index of a few dozen bytes per ref.
    expect(Math.max(...chunkBytes) / Math.min(...chunkBytes)).toBeLessThan(1.2);
    expect(indexBytes.at(-1)! / (12 * 50)).toBeLessThan(60);
    expect(indexBytes.at(-1)!).toBeLessThan(chunkBytes.at(-1)! / 2);
    expect((await getPage(7))!.items).toHaveLength(600);
  });

  it('a chunk whose refs were all re-scored later is removed; re-scoring never piles up chunks', async () => {
    const ten = Array.from({ length: 10 }, (_, k) => item(`c${k}`, k));
    for (let round = 0; round < 30; round++) await recordScores(7, URL_A, 'search', ten.map((x) => ({ ...x, listing: listing(round * 10 + Number(x.ref.slice(1))) })));
    const keys = Object.keys(await area().get(null)).filter((k) => k.startsWith('page:7'));
    expect(keys.sort()).toEqual(['page:7', 'page:7:29']);
    const page = await getPage(7);
    expect(page!.items.map((i) => i.ref)).toEqual(ten.map((x) => x.ref));
    expect(page!.items[3]!.listing.url).toBe(listing(293).url);
  });

  it('listings that fall out of the window take their chunks with them', async () => {
    for (let b = 0; b < 16; b++) await recordScores(7, URL_A, 'search', batch(b));
    const chunkKeys = Object.keys(await area().get(null)).filter((k) => k.startsWith('page:7:'));
    expect(chunkKeys).toHaveLength(MAX_PAGE_ITEMS / 50);
    expect((await getPage(7))!.items[0]!.ref).toBe(`c${16 * 50 - MAX_PAGE_ITEMS + 1}`);
  });

  it('a new page in the tab removes the old page\'s chunks; forgetTab removes everything of that tab only', async () => {
    await recordScores(7, URL_A, 'search', batch(0));
    await recordScores(7, URL_A, 'search', batch(1));
    await recordScores(8, URL_A, 'search', batch(0));
    await recordScores(7, 'https://www.amazon.com/s?k=bag', 'search', batch(2));
    const keys7 = () => area().get(null).then((all) => Object.keys(all).filter((k) => k === 'page:7' || k.startsWith('page:7:')).sort());
    expect(await keys7()).toEqual(['page:7', 'page:7:2']);
    expect((await getPage(7))!.items.map((i) => i.ref)).toEqual(batch(2).map((x) => x.ref));
    // A chunk left behind by a worker that stopped between its two writes is found by forgetTab too.
    await area().set({ 'page:7:99': [item('x', 1)] });
    await forgetTab(7);
    expect(await keys7()).toEqual([]);
    expect((await getPage(8))!.items).toHaveLength(50);
  });

  it('a corrupt chunk loses its own listings only', async () => {
    await recordScores(7, URL_A, 'search', batch(0, 5));
    await recordScores(7, URL_A, 'search', batch(1, 5));
    await area().set({ 'page:7:0': [{ ref: 'c1', listing: { title: 7 } }] });
    expect((await getPage(7))!.items.map((i) => i.ref)).toEqual(['c6', 'c7', 'c8', 'c9', 'c10']);
  });
});
