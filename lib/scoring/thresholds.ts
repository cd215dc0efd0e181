/**
 * Every weight and threshold of the risk engine, in one place, each with why it has the value it has.
 * A verdict's score is the sum of its signals' weights, clamped to 0–100; the level comes from LEVELS below.
 * Change numbers here only, and re-run tests/lib/scoring/labelled.test.ts (it prints the confusion table).
 */
import type { Sensitivity } from './types';

/** Score at or above which a listing is `high` / `caution` (below caution: `low`). */
export const LEVELS: Record<Sensitivity, { high: number; caution: number }> = {
  // Why 60/30: one strong signal (replica wording 50, price ≥ 80% below floor ~45) alone gives `caution`; `high` needs
  // a strong signal plus a second independent one (no authorised sales here, a disguised name, a new/low-rated seller).
  // On the labelled set this keeps `high` precision at 1.0 while catching counterfeit cases at caution or above.
  balanced: { high: 60, caution: 30 },
  // Strict: a strong signal alone is `high`; any two weak seller signals reach `caution`.
  strict: { high: 50, caution: 20 },
  // Relaxed: `high` needs three signals or two strong ones; a lone strong signal stays `caution`.
  relaxed: { high: 75, caution: 40 },
};

export const WEIGHTS = {
  // Why 50: sellers who write "replica", "AAA", "1:1", 高仿, A货 are telling you it is a copy (marketplace and
  // brand-protection guides list these words as the main tell); alone it is caution, with anything else high.
  replicaLanguage: 50,
  /** Two or more different replica terms ("AAA 1:1 mirror quality"). */
  replicaLanguageMany: 58,
  // Why 30: a brand name spelled to dodge platform filters ("G-ucci", "Nlke", "L.V") has no honest reason to exist.
  disguisedName: 30,
  // Why 22: a misspelling ("Guchi") is often a disguise, sometimes a typo by an honest reseller.
  misspelledName: 22,
  // Why 30: the brand itself says it sells no new goods here (luxury houses on AliExpress, DHgate, Temu); every new
  // item there comes from someone the brand does not supply.
  noAuthorisedSales: 30,
  // Why 10: the brand runs its own store on this marketplace and this seller is not it (nor an authorised retailer):
  // many such sellers are honest resellers, so this is weak on its own.
  sellerNotOfficial: 10,
  // Why 8: on marketplaces where counterfeits are common, a store whose name has nothing to do with the brand
  // (e.g. "Shop5571234 Store") selling that brand new is a weak sign. Not added when sellerNotOfficial fires.
  sellerUnrelated: 8,
  // Why 10/5: few ratings means little track record (new accounts are how counterfeit sellers come back after bans).
  fewRatings: 10,
  someRatings: 5,
  // Why 8/14: eBay sellers typically sit at 98–100% positive and AliExpress stores at 4.6+/5 (0.92);
  // below 90% (4.5 stars) buyers are complaining; below 80% something is wrong.
  lowRating: 8,
  veryLowRating: 14,
  // Why 10/5: a store opened in the last 6 months (12 months) has no history to judge.
  newSeller: 10,
  youngSeller: 5,
  // Why 10: near-genuine price from an unauthorised seller: not a counterfeit sign by itself, but the user is about
  // to pay nearly full price without the protection of buying from the brand; the message says where to buy safely.
  nearGenuinePrice: 10,
  // Why 35: the user looked at this seller before and reported it; their own judgement counts.
  reportedSeller: 35,
  // Reassuring (negative) signals.
  // Why -50: the brand's own store on this marketplace (Tmall 旗舰店, Amazon brand store): it is the brand selling.
  officialStore: -50,
  // Why -40: an authorised retailer (e.g. Amazon.com itself for brands Amazon buys from the brand).
  authorisedSeller: -40,
  // Why -60: the brand's own web shop (URL host is one of its official domains).
  ownDomain: -60,
  // Why -25: an independent authenticator checks the item before it reaches the buyer (eBay Authenticity Guarantee).
  authenticated: -25,
  /** Informational: "sold as a lookalike" carries no risk weight; it sets kind 'dupe'. */
  lookalike: 0,
} as const;

/** Price far below the floor (ratio = price in USD / floor in USD). */
export const PRICE = {
  // Why 0.6: floors are already conservative (about 30% under the cheapest list price), and genuine sales rarely go
  // beyond 50% off list (≈ 0.7 of the floor). Below 0.6 of the floor a new genuine item is very unlikely.
  belowRatio: 0.6,
  // Weight grows linearly from `atBelowRatio` (ratio 0.6) to `atFloorRatio` (ratio 0.15 and below).
  atBelowRatio: 20,
  atFloorRatio: 45,
  floorRatio: 0.15,
  // Why 50: 95%+ below the floor ("Rolex $49") is not a discount any genuine seller gives.
  extremeRatio: 0.05,
  extremeWeight: 50,
  // Used goods resell for a fraction of new: only flag used below 0.3 of the floor, at half weight.
  usedBelowRatio: 0.3,
  usedFactor: 0.5,
  // Refurbished sits between new and used.
  refurbishedBelowRatio: 0.45,
  refurbishedFactor: 0.6,
  // The low end of a price range is often the cheapest variant or an add-on: count price signals at 60%.
  rangeFactor: 0.6,
} as const;

/**
 * Near-genuine band for the "bargain hunter's nightmare" signal.
 * Why 0.6–1.3 of the floor: "superfakes" are priced at 40–80% of retail to look like a real discount; the floor is
 * ≈ 70% of the cheapest list price, so 0.6–1.3 of the floor is ≈ 40–90% of list. Below 0.6 the price signal takes over.
 */
export const NEAR_GENUINE = { fromRatio: 0.6, toRatio: 1.3 } as const;

export const SELLER = {
  fewRatings: 10,
  someRatings: 50,
  lowRating: 0.9,
  veryLowRating: 0.8,
  newMonths: 6,
  youngMonths: 12,
} as const;

/**
 * Marketplaces where counterfeit listings are common enough that an unrelated store name is worth a note.
 * Why these: AliExpress, DHgate, Temu and Taobao are named in USTR's Notorious Markets reviews (2020–2024) and in
 * brand-protection reports as the main sources of counterfeit consumer goods shipped to buyers.
 */
export const HIGH_RISK_MARKETPLACES: readonly string[] = ['aliexpress', 'dhgate', 'temu', 'taobao'];

/**
 * Marketplaces where the page's own "official store" label is platform-verified.
 * Why: Tmall only lets a brand (or its licensee) open a 旗舰店; AliExpress, Amazon, eBay and Walmart show a
 * brand/official badge the platform grants. On these the flag counts when the store name also names the brand
 * (Tmall: always). Temu, DHgate, Taobao and Etsy labels are seller-written and do not count.
 */
export const OFFICIAL_FLAG_SITES: readonly string[] = ['tmall', 'aliexpress', 'amazon', 'ebay', 'walmart'];

/** Hard caps (tested): who can never get which level. */
export const CAPS = {
  // Official stores, authorised retailers and the brand's own site never get `high` (issue 5); in practice their
  // negative weight keeps them `low`.
  officialMax: 'caution',
  // Pre-owned items checked by the marketplace's authenticator never get `high`.
  authenticatedUsedMax: 'caution',
  // A listing that openly sells a lookalike (and uses no replica wording or disguised name) is `low`, kind 'dupe'.
  dupeMax: 'low',
} as const;
