/**
 * runAdapter: the one way to run an adapter on a page. URL check is the caller's; this does page kind → product or
 * cards → validation. Contract: never throws (an adapter that throws gives `{ pageKind: 'other', listings: [] }`
 * or the listings read before the failure); every returned listing passes `Listing.safeParse`; invalid optional
 * fields are dropped, and a listing that is still invalid (no title, bad URL) is dropped whole.
 */
import { Listing, type PageKind } from '../schema/listing';
import type { Adapter, CardListing } from './types';

export interface AdapterRun {
  pageKind: PageKind;
  listings: CardListing[];
}

// Fields a listing cannot do without; anything else that fails validation is removed rather than losing the listing.
const REQUIRED = new Set(['site', 'url', 'title']);
// Required-but-nullable fields: set to null (not deleted) when invalid.
const NULLABLE = new Set(['brand', 'price', 'seller']);

/** The listing as valid per the schema (bad optional fields removed), or null when it cannot be made valid. */
export function validListing(candidate: unknown): Listing | null {
  let value = candidate;
  for (let attempt = 0; attempt < 4; attempt++) {
    const parsed = Listing.safeParse(value);
    // The schema allows an empty title; a listing without one is not a listing (nothing to show or score).
    if (parsed.success) return parsed.data.title.trim() ? parsed.data : null;
    if (!value || typeof value !== 'object') return null;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    let changed = false;
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      if (typeof key !== 'string' || REQUIRED.has(key)) return null;
      if (NULLABLE.has(key)) {
        if (key === 'seller' && issue.path.length >= 2 && copy.seller && typeof copy.seller === 'object') {
          // A bad seller sub-field (e.g. rating) loses that field, not the seller.
          const s = { ...(copy.seller as Record<string, unknown>) };
          const sub = issue.path[1];
          if (typeof sub === 'string' && sub !== 'name') {
            delete s[sub];
            copy.seller = s;
            changed = true;
            continue;
          }
        }
        copy[key] = null;
      } else delete copy[key];
      changed = true;
    }
    if (!changed) return null;
    value = copy;
  }
  return null;
}

/** Run `adapter` on `doc` at `url`: product page → [product], search page → cards with position 1..n. */
export function runAdapter(adapter: Adapter, doc: Document, url: URL): AdapterRun {
  let pageKind: PageKind = 'other';
  try {
    pageKind = adapter.pageKind(doc, url);
  } catch {
    return { pageKind: 'other', listings: [] };
  }
  const listings: CardListing[] = [];
  try {
    if (pageKind === 'product') {
      const product = adapter.extractProduct(doc, url);
      const listing = product ? validListing(product.listing) : null;
      if (product && listing) listings.push({ listing, element: product.element });
    } else if (pageKind === 'search') {
      // The same listing shown twice (a results carousel repeating a result, parsy ebay_de: 68 cards, 64 listings)
      // is one listing; its first card carries it.
      const seen = new Set<string>();
      for (const card of adapter.extractCards(doc, url)) {
        if (seen.has(card.listing.url)) continue;
        seen.add(card.listing.url);
        const listing = validListing({ ...card.listing, position: listings.length + 1 });
        if (listing) listings.push({ listing, element: card.element });
      }
    }
  } catch {
    // An adapter bug must not break the page: keep what was read.
  }
  return { pageKind, listings };
}
