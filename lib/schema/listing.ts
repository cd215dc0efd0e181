/**
 * Listing: the one shape every adapter produces, and the only thing the content script sends to the background.
 * It is a wire format from a hostile page, so every string is bounded: adapters clip (see `clip`), the schema refuses
 * anything longer.
 */
import { z, type Infer } from '../zod';
import { SITE_IDS } from '../sites';

import { LIMITS } from './limits';

export { LIMITS, clip } from './limits';

const text = (max: number = LIMITS.text) => z.string().check(z.maxLength(max));
const httpUrl = z.string().check(z.maxLength(LIMITS.url), z.regex(/^https?:\/\//i));
/** ISO 4217 code, upper case. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/));

export const Money = z.object({
  amount: z.number().check(z.gte(0), z.lte(1e12)),
  currency: CurrencyCode,
  /** True when the page shows a range ("$10 – $40") and `amount` is its low end. */
  range: z.optional(z.boolean()),
});
export type Money = Infer<typeof Money>;

export const Seller = z.object({
  name: text(),
  id: z.optional(text()),
  url: z.optional(httpUrl),
  /** Share of positive feedback, 0..1 (98.5% → 0.985; 4.6 of 5 stars → 0.92). */
  rating: z.optional(z.number().check(z.gte(0), z.lte(1))),
  ratingCount: z.optional(z.number().check(z.int(), z.gte(0))),
  /** When the seller opened: ISO date ("2019-04-01") or a year ("2019"). */
  since: z.optional(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  /** The page itself labels this seller as the brand's official / flagship store. */
  official: z.optional(z.boolean()),
});
export type Seller = Infer<typeof Seller>;

export const Condition = z.enum(['new', 'used', 'refurbished']);
export const PageKind = z.enum(['product', 'search', 'other']);
export type PageKind = Infer<typeof PageKind>;

export const Listing = z.object({
  site: z.enum(SITE_IDS),
  url: httpUrl,
  title: text(LIMITS.title),
  /** The brand as the page states it (a brand field, byline or structured data), not guessed from the title. */
  brand: z.nullable(text()),
  /** What the buyer pays for one item: the sale price, not the list price. */
  price: z.nullable(Money),
  /** The crossed-out "was"/list price, when shown. */
  listPrice: z.optional(z.nullable(Money)),
  seller: z.nullable(Seller),
  shipsFrom: z.optional(z.nullable(text())),
  condition: z.optional(Condition),
  image: z.optional(httpUrl),
  /** 1-based order of the card on a search page. */
  position: z.optional(z.number().check(z.int(), z.gte(1))),
  /** Short description or bullet text, when the page shows it (used for replica language). */
  description: z.optional(text(LIMITS.description)),
  /** The marketplace says an independent authenticator checks the item (e.g. eBay Authenticity Guarantee). */
  authenticated: z.optional(z.boolean()),
});
export type Listing = Infer<typeof Listing>;
