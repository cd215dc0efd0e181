/**
 * What the background knows about each open tab's page: the listings read there and their verdicts. Kept in
 * storage (session storage where the browser has it, else local), never in module variables, so a service-worker
 * restart loses nothing: the popup and the toolbar icon read it back.
 */
import { browser } from 'wxt/browser';
import { z, type Infer } from '../zod';
import { Listing, PageKind } from '../schema/listing';
import { RiskLevel, Verdict } from '../schema/verdict';

/** A page record holds at most this many listings (a very long infinite-scroll session keeps the latest). */
export const MAX_PAGE_ITEMS = 600;

export const PageRecord = z.object({
  tabId: z.number(),
  url: z.string(),
  pageKind: PageKind,
  updatedAt: z.number(),
  items: z.array(z.object({ ref: z.string(), listing: Listing, verdict: Verdict })),
});
export type PageRecord = Infer<typeof PageRecord>;

const LEVEL_ORDER: Record<RiskLevel, number> = { none: 0, low: 1, caution: 2, high: 3 };

export function worstLevel(items: readonly { verdict: Verdict }[]): RiskLevel {
  let worst: RiskLevel = 'none';
  for (const i of items) if (LEVEL_ORDER[i.verdict.level] > LEVEL_ORDER[worst]) worst = i.verdict.level;
  return worst;
}

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };

function area(): Area {
  const s = browser.storage as unknown as { session?: Area; local: Area };
  return s.session ?? s.local;
}

const key = (tabId: number) => `page:${tabId}`;

// Writes to one tab's record are serialised (batches arrive concurrently); the chain itself holds no state that
// matters across a restart.
const chains = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, fn: () => Promise<T>): Promise<T> {
  const prev = chains.get(tabId) ?? Promise.resolve();
  const next = prev.then(fn, fn);
  chains.set(tabId, next.catch(() => undefined));
  return next;
}

/** The tab's page record, after the writes still queued for that tab have landed. */
export async function getPage(tabId: number): Promise<PageRecord | null> {
  await chains.get(tabId);
  return readPage(tabId);
}

async function readPage(tabId: number): Promise<PageRecord | null> {
  const raw = (await area().get(key(tabId)))[key(tabId)];
  const parsed = PageRecord.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** Add or replace scored listings for a tab; a different page URL starts a new record. */
export function recordScores(
  tabId: number,
  pageUrl: string,
  pageKind: PageKind,
  scored: PageRecord['items'],
): Promise<PageRecord> {
  return serial(tabId, async () => {
    const current = await readPage(tabId);
    const samePage = current && stripHash(current.url) === stripHash(pageUrl);
    const items = samePage ? [...current.items] : [];
    const at = new Map(items.map((it, i) => [it.ref, i]));
    for (const s of scored) {
      const i = at.get(s.ref);
      if (i === undefined) {
        at.set(s.ref, items.length);
        items.push(s);
      } else items[i] = s;
    }
    const record: PageRecord = {
      tabId,
      url: pageUrl,
      pageKind,
      updatedAt: Date.now(),
      items: items.slice(-MAX_PAGE_ITEMS),
    };
    await area().set({ [key(tabId)]: record });
    return record;
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serial(tabId, () => area().remove(key(tabId)));
}

function stripHash(u: string): string {
  const i = u.indexOf('#');
  return i < 0 ? u : u.slice(0, i);
}
