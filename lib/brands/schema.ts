/**
 * The bundled brand data format (assets/brands/*.json, assets/product-types.json, assets/marketplaces.json,
 * assets/fx-usd.json). One schema, used by the tests that check the data and by the background when it loads it.
 * Every number that is a fact carries where it comes from and when (`source`, `asOf`).
 */
import { z, type Infer } from '../zod';
import { SITE_IDS } from '../sites';

/** "2025-06" or "2025-06-30". */
export const AsOf = z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/));
const HttpsUrl = z.string().check(z.regex(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i));
const Domain = z.string().check(z.regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/));
const Marketplace = z.enum(SITE_IDS.filter((s) => s !== 'generic') as [string, ...string[]]);
const NonEmpty = z.string().check(z.minLength(1));

export const SECTORS = [
  'luxury-fashion',
  'jewellery-watches',
  'footwear-apparel',
  'electronics',
  'cosmetics-fragrance',
  'toys-collectibles',
  'media',
  'sports',
  'auto-parts',
  'home-personal',
] as const;

/** A product type the data knows (assets/product-types.json), with its title keywords per language. */
export const ProductType = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  /** Keywords by BCP 47 language ("en", "zh", "de", "fr", "es", "it", "ja" …). Matched word-aware, case-folded. */
  keywords: z.record(z.string(), z.array(NonEmpty)),
});
export type ProductType = Infer<typeof ProductType>;

export const PriceFloor = z.object({
  /** Product type id from assets/product-types.json. */
  type: z.string(),
  /**
   * Conservative lower bound, in USD, of what a NEW genuine item of this type from this brand normally sells for
   * (list price, before the deepest outlet discounts). Omit rather than guess: leave `floorUsd` out and say why in `note`.
   */
  floorUsd: z.optional(z.number().check(z.gt(0))),
  /** Where the number comes from, in words a reviewer can check. */
  source: NonEmpty,
  asOf: AsOf,
  note: z.optional(z.string()),
});
export type PriceFloor = Infer<typeof PriceFloor>;

export const Brand = z.object({
  /** kebab-case, unique, stable. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  name: NonEmpty,
  sector: z.enum(SECTORS),
  /** Other names the brand or shoppers legitimately use ("LV", "Louis Vuitton Malletier"). */
  aliases: z.optional(z.array(NonEmpty)),
  /** Common misspellings seen in listings ("Guchi", "Adiddas"); a match through one is a disguise signal. */
  misspellings: z.optional(z.array(NonEmpty)),
  /** Names in other scripts that shoppers search with, by language: [{ lang: "zh", name: "古驰" }]. */
  native: z.optional(z.array(z.object({ lang: z.string().check(z.regex(/^[a-z]{2}(-[A-Za-z]+)?$/)), name: NonEmpty }))),
  /**
   * Set when the name is an ordinary word (Apple, Coach, Guess). Then a title names the brand only when one of
   * `context` also appears (product-type ids or extra words), or the page's brand field / official store says so.
   */
  ambiguous: z.optional(z.object({ context: z.array(NonEmpty).check(z.minLength(1)), why: NonEmpty })),
  products: z.array(PriceFloor),
  /** The brand's own shop domains: a listing there is official. */
  officialDomains: z.array(Domain),
  /** Official store names or seller ids per marketplace (Amazon brand store seller, Tmall flagship, eBay store…). */
  officialStores: z.optional(z.partialRecord(Marketplace, z.array(NonEmpty))),
  /** Sellers that are authorised retailers per marketplace (e.g. "Amazon.com" where Amazon buys from the brand). */
  authorisedSellers: z.optional(z.partialRecord(Marketplace, z.array(NonEmpty))),
  /** Marketplaces where the brand has no authorised sales at all (new goods). */
  noAuthorisedSales: z.optional(
    z.object({ marketplaces: z.array(Marketplace), source: NonEmpty, asOf: AsOf }),
  ),
  /** The brand's own anti-counterfeiting page or contact. */
  report: z.optional(z.object({ url: HttpsUrl, source: z.optional(z.string()), asOf: AsOf })),
  notes: z.optional(z.string()),
});
export type Brand = Infer<typeof Brand>;

export const BrandFile = z.object({
  sector: z.enum(SECTORS),
  brands: z.array(Brand),
});
export type BrandFile = Infer<typeof BrandFile>;

export const MarketplaceInfo = z.object({
  id: Marketplace,
  name: NonEmpty,
  /** Buyer-protection / money-back claim page. */
  buyerProtection: z.object({ name: NonEmpty, url: HttpsUrl }),
  /** Where rights owners (and, where allowed, buyers) report counterfeits. */
  ipReport: z.object({ name: NonEmpty, url: HttpsUrl }),
  /** How a buyer reports a single listing from the listing page itself, in words. */
  reportListing: z.optional(z.string()),
  source: NonEmpty,
  asOf: AsOf,
});
export type MarketplaceInfo = Infer<typeof MarketplaceInfo>;

export const FxTable = z.object({
  base: z.literal('USD'),
  asOf: AsOf,
  source: NonEmpty,
  note: z.optional(z.string()),
  /** Units of each currency per 1 USD (EUR: 0.92 means 1 USD = 0.92 EUR). */
  perUsd: z.record(z.string().check(z.regex(/^[A-Z]{3}$/)), z.number().check(z.gt(0))),
});
export type FxTable = Infer<typeof FxTable>;
