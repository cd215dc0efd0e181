/**
 * extractListings: what the extension (and `scan`) reads from one page. The site adapter for the URL runs first;
 * when it reads nothing (page kind "other", or no listing), the generic adapter runs as a fallback, but only when
 * the generic adapter sees a product page (a marketplace's search page that the site adapter cannot read is not
 * guessed at from stray structured data).
 * Contract: never throws; every listing passes `Listing.safeParse`; `site` is the adapter that produced the listings.
 */
import { adapterById, adapterFor } from './adapters/registry';
import { runAdapter } from './adapters/run';
import type { CardListing } from './adapters/types';
import type { Listing, PageKind } from './schema/listing';
import type { SiteId } from './sites';

export interface ExtractResult {
  site: SiteId;
  pageKind: PageKind;
  listings: Listing[];
}

export interface ExtractResultWithCards extends ExtractResult {
  /** The same listings with their DOM elements (for badges). */
  cards: CardListing[];
}

/** Listings on `document` at `url`, with their elements (see module comment). */
export function extractCards(document: Document, url: URL | string): ExtractResultWithCards {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return { site: 'generic', pageKind: 'other', listings: [], cards: [] };
  }
  const adapter = adapterFor(u);
  if (!adapter) return { site: 'generic', pageKind: 'other', listings: [], cards: [] };
  const first = runAdapter(adapter, document, u);
  if (first.listings.length > 0 || adapter.id === 'generic') {
    return { site: adapter.id, pageKind: first.pageKind, listings: first.listings.map((c) => c.listing), cards: first.listings };
  }
  const generic = adapterById('generic');
  if (generic) {
    const fallback = runAdapter(generic, document, u);
    if (fallback.pageKind === 'product' && fallback.listings.length > 0) {
      // The listing keeps the marketplace's site id: it is still that shop's page.
      const cards = fallback.listings.map((c) => ({ ...c, listing: { ...c.listing, site: adapter.id } }));
      return { site: adapter.id, pageKind: 'product', listings: cards.map((c) => c.listing), cards };
    }
  }
  return { site: adapter.id, pageKind: first.pageKind, listings: [], cards: [] };
}

/** Listings on `document` at `url`: `{ site, pageKind, listings }` (product page → [product]; search → cards). */
export function extractListings(document: Document, url: URL | string): ExtractResult {
  const { site, pageKind, listings } = extractCards(document, url);
  return { site, pageKind, listings };
}
