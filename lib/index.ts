/**
 * Copycat Guard's public library API: what the extension, the `scan` command and other tools build on.
 *
 * - `extractListings(document, url)` → `{ site, pageKind, listings }`: the listings on a shop page (product page →
 *   `[product]`; search/category page → one per card with `position`). Site adapter first, generic fallback.
 * - `parsePrice(text, hints?)` → `{ amount, currency, range? } | null`: a printed price as an amount and ISO 4217
 *   currency (null when the text does not say and no hint resolves it). Never throws.
 * - `Listing`, `Money`, `Seller` (zod schemas + types): the one shape every adapter produces.
 * - `ADAPTERS`, `adapterFor(url)`, `adapterById(id)`, `runAdapter(adapter, doc, url)`: the adapter registry.
 * - `scoreListing(listing, { index: loadBrandIndex(), sensitivity? })` → `Verdict`: the risk engine, with the
 *   bundled brand data (`loadBrandIndex()` builds the index once and caches it).
 *
 * Every function here is pure (takes the document/URL it reads) and never throws into the page.
 */
export { extractListings, extractCards, type ExtractResult, type ExtractResultWithCards } from './extract-listings';
export { parsePrice, type ParsedPrice, type PriceHints } from './extract/price';
export { currencyForDomain } from './extract/currency';
export { Listing, Money, Seller, PageKind, Condition, LIMITS, clip } from './schema/listing';
export { ADAPTERS, adapterFor, adapterById } from './adapters/registry';
export { runAdapter, validListing, type AdapterRun } from './adapters/run';
export type { Adapter, CardListing } from './adapters/types';
export { SITE_IDS, MARKETPLACES, type SiteId } from './sites';

export { scoreListing, scoreListings, sellerKey, type ScoreContext, type Sensitivity } from './scoring';
export { loadBrandIndex, buildBrandIndex, toUsd, type BrandIndex, type BrandMatch } from './brands';
export { Verdict, Signal, type RiskLevel } from './schema/verdict';
