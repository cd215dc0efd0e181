/**
 * Shapes the risk engine works with. The brand index is described structurally (what the engine needs from
 * lib/brands), so every signal is a pure function of plain values and can be tested with hand-built brands.
 */
import type { Brand, FxTable, PriceFloor } from '../brands/schema';
import type { Listing, Seller } from '../schema/listing';
import type { MatchHow, Signal } from '../schema/verdict';

export type Sensitivity = 'strict' | 'balanced' | 'relaxed';

/** What the brand matcher says a title names (same shape as lib/brands `BrandMatch`). */
export interface BrandMatchLike {
  brand: Brand;
  how: MatchHow;
  /** The text in the title (or page brand / seller name) that matched. */
  matched: string;
}

/** The part of lib/brands `BrandIndex` the engine uses. */
export interface BrandIndexLike {
  match(input: { title: string; pageBrand?: string | null; sellerName?: string | null }): readonly BrandMatchLike[];
  productType(title: string): string | null;
}

/** A seller the user reported before (from the report store). */
export interface ReportedSeller {
  site: string;
  sellerKey: string;
  /** ISO date or date-time. */
  reportedAt: string;
}

export interface ScoreContext {
  index: BrandIndexLike;
  sensitivity?: Sensitivity;
  reportedSellers?: readonly ReportedSeller[];
  /** Exchange rates; defaults to the bundled, dated table (assets/fx-usd.json). */
  fx?: FxTable;
  /** Currency converter; defaults to lib/brands `toUsd`. */
  toUsd?: (amount: number, currency: string, fx?: FxTable) => number | null;
  /** "Now", for the seller-age signal; tests pass a fixed date. */
  now?: Date;
}

/** Who is selling, relative to the brand. */
export type SellerStatus = 'official' | 'authorised' | 'own-domain' | 'third-party' | 'unknown';

/**
 * Everything the signals read, computed once per listing (lib/scoring/facts.ts). Signals are pure functions of this.
 */
export interface Facts {
  listing: Listing;
  brand: Brand;
  match: BrandMatchLike;
  /** Product type id from the title, or null. */
  productType: string | null;
  /** The brand's price floor for that product type, when it has a number. */
  floor: (PriceFloor & { floorUsd: number }) | null;
  /** Listing price in USD, or null (no price, unknown currency). */
  priceUsd: number | null;
  /** The price cannot be compared with a new item's floor (box, strap, sample, "for" accessory, parts …). */
  priceNotComparable: string | null;
  condition: 'new' | 'used' | 'refurbished';
  seller: Seller | null;
  sellerStatus: SellerStatus;
  /** Title + description, folded (lib/scoring/text.ts `fold`). */
  text: string;
  /** Lookalike wording found ("inspired by", "dupe", "平替" …), or []. */
  lookalikeTerms: string[];
  /** Replica wording found, or []. */
  replicaTerms: string[];
  now: Date;
  reportedSellers: readonly ReportedSeller[];
}

export type SignalFn = (facts: Facts) => Signal | null;
