/**
 * What the background knows about each open tab's page: the listings read there and their verdicts. Kept in
 * storage (session storage where the browser has it, else local), never in module variables, so a service-worker
 * restart loses nothing: the popup and the toolbar icon read it back.
 *
 * Layout (issue 6: the cost of a batch must not grow with the page): each scored batch is written once, as its own
 * chunk `page:<tabId>:<n>`, next to a small index `page:<tabId>` (URL, page kind, and for every listing ref the chunk
 * holding its latest verdict and that verdict's level). A batch therefore reads the index and writes the index plus
 * one chunk — never the listings of earlier batches. Chunks no index entry points to any more (all their refs were
 * re-scored later, or fell out of the MAX_PAGE_ITEMS window) are removed. `getPage` assembles the whole record.
 */
import { browser } from 'wxt/browser';
import { z, type Infer } from '../zod';
import { Listing, PageKind } from '../schema/listing';
import { RiskLevel, Verdict } from '../schema/verdict';

/** A page record holds at most this many listings (a very long infinite-scroll session keeps the latest). */
export const MAX_PAGE_ITEMS = 600;

const PageItem = z.object({ ref: z.string(), listing: Listing, verdict: Verdict });

export const PageRecord = z.object({
  tabId: z.number(),
  url: z.string(),
  pageKind: PageKind,
  updatedAt: z.number(),
  items: z.array(PageItem),
});
export type PageRecord = Infer<typeof PageRecord>;

/** The stored index of a tab's page. `refs`: [ref, chunk number, level] in the order the refs were first seen. */
export const PageIndex = z.object({
  tabId: z.number(),
  url: z.string(),
  pageKind: PageKind,
  updatedAt: z.number(),
  next: z.number(),
  refs: z.array(z.tuple([z.string(), z.number(), RiskLevel])),
});
export type PageIndex = Infer<typeof PageIndex>;

const Chunk = z.array(PageItem);

/** What the toolbar needs after a batch: how many listings the page has, how many flagged, the worst level. */
export interface PageSummary {
  checked: number;
  flagged: number;
  worst: RiskLevel;
}

const LEVEL_ORDER: Record<RiskLevel, number> = { none: 0, low: 1, caution: 2, high: 3 };

function worstOf(levels: Iterable<RiskLevel>): RiskLevel {
  let worst: RiskLevel = 'none';
  for (const l of levels) if (LEVEL_ORDER[l] > LEVEL_ORDER[worst]) worst = l;
  return worst;
}

export function summarise(index: Pick<PageIndex, 'refs'>): PageSummary {
  const levels = index.refs.map((r) => r[2]);
  return {
    checked: levels.length,
    flagged: levels.filter((l) => l === 'high' || l === 'caution').length,
    worst: worstOf(levels),
  };
}

type Area = {
  get(k: string | string[] | null): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
  remove(k: string | string[]): Promise<void>;
};

function area(): Area {
  const s = browser.storage as unknown as { session?: Area; local: Area };
  return s.session ?? s.local;
}

const indexKey = (tabId: number) => `page:${tabId}`;
const chunkKey = (tabId: number, n: number) => `page:${tabId}:${n}`;

// Writes to one tab's record are serialised (batches arrive concurrently); the chain itself holds no state that
// matters across a restart.
const chains = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const prev = chains.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  chains.set(tabId, next.catch(() => undefined));
  return next;
}

async function readIndex(tabId: number): Promise<PageIndex | null> {
  const raw = (await area().get(indexKey(tabId)))[indexKey(tabId)];
  const parsed = PageIndex.safeParse(raw);
  return parsed.success && parsed.data.tabId === tabId ? parsed.data : null;
}

/** The tab's page record, after the writes still queued for that tab have landed. */
export async function getPage(tabId: number): Promise<PageRecord | null> {
  await chains.get(tabId);
  const index = await readIndex(tabId);
  if (!index) return null;
  const wanted = [...new Set(index.refs.map((r) => r[1]))];
  const stored = wanted.length ? await area().get(wanted.map((n) => chunkKey(tabId, n))) : {};
  const chunks = new Map<number, Map<string, PageRecord['items'][number]>>();
  for (const n of wanted) {
    const parsed = Chunk.safeParse(stored[chunkKey(tabId, n)]);
    // A corrupt or missing chunk loses its own listings only; the rest of the page stays.
    if (parsed.success) chunks.set(n, new Map(parsed.data.map((it) => [it.ref, it])));
  }
  const items: PageRecord['items'] = [];
  for (const [ref, n] of index.refs) {
    const it = chunks.get(n)?.get(ref);
    if (it) items.push(it);
  }
  return { tabId, url: index.url, pageKind: index.pageKind, updatedAt: index.updatedAt, items };
}

/**
 * Add or replace scored listings for a tab; a different page URL starts a new record. Reads the small index and
 * writes it with one new chunk; removes the chunks nothing points to any more.
 */
export function recordScores(
  tabId: number,
  pageUrl: string,
  pageKind: PageKind,
  scored: PageRecord['items'],
): Promise<PageSummary> {
  return serial(tabId, async () => {
    const current = await readIndex(tabId);
    const samePage = current !== null && stripHash(current.url) === stripHash(pageUrl);
    // Chunk numbers keep counting across pages of the tab, so a new page never reuses a key an old one may still hold.
    const n = current?.next ?? 0;
    const refs = samePage ? current.refs.slice() : [];
    const at = new Map(refs.map((r, i) => [r[0], i]));
    const chunk = new Map<string, PageRecord['items'][number]>();
    for (const s of scored) {
      chunk.set(s.ref, s); // the last of duplicate refs in one batch wins
      const entry: PageIndex['refs'][number] = [s.ref, n, s.verdict.level];
      const i = at.get(s.ref);
      if (i === undefined) {
        at.set(s.ref, refs.length);
        refs.push(entry);
      } else refs[i] = entry;
    }
    const kept = refs.slice(-MAX_PAGE_ITEMS);
    const index: PageIndex = { tabId, url: pageUrl, pageKind, updatedAt: Date.now(), next: n + 1, refs: kept };
    const live = new Set(kept.map((r) => r[1]));
    await area().set({ [indexKey(tabId)]: index, ...(live.has(n) ? { [chunkKey(tabId, n)]: [...chunk.values()] } : {}) });
    // The chunks the old index pointed to that the new one does not: already unreachable, removed to free space.
    const dead = [...new Set((current?.refs ?? []).map((r) => r[1]))].filter((c) => !live.has(c));
    if (dead.length) await area().remove(dead.map((c) => chunkKey(tabId, c))).catch(() => undefined);
    return summarise(index);
  });
}

/** Remove everything stored for a tab (its index and every chunk, including any left behind by a stopped worker). */
export function forgetTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    const prefix = `${indexKey(tabId)}:`;
    const keys = Object.keys(await area().get(null)).filter((k) => k === indexKey(tabId) || k.startsWith(prefix));
    if (keys.length) await area().remove(keys);
  });
}

function stripHash(u: string): string {
  const i = u.indexOf('#');
  return i < 0 ? u : u.slice(0, i);
}
