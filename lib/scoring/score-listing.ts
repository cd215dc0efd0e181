/**
 * The risk engine's entry point: `scoreListing(listing, ctx) → Verdict`.
 * 1. Ask the brand index which brand the listing names (title, page brand, seller name). None → level `none`, no guess.
 * 2. Compute the facts once (lib/scoring/facts.ts), run every signal (one pure function per file), combine
 *    (lib/scoring/combine.ts) and write the summary (lib/scoring/messages.ts).
 * Never throws: a listing the engine cannot handle gets a `none` verdict.
 */
import type { Listing } from '../schema/listing';
import type { Signal, Verdict } from '../schema/verdict';
import { authenticated } from './authenticated';
import { authorisedSeller } from './authorised-seller';
import { combine } from './combine';
import { disguisedName } from './disguised-name';
import { buildFacts } from './facts';
import { findLookalikeTerms, stripLookalikePhrases } from './lookalike-words';
import { isDupe, soldAsLookalike } from './lookalike';
import { summary } from './messages';
import { nearGenuinePrice } from './near-genuine-price';
import { noAuthorisedSales } from './no-authorised-sales';
import { officialStore } from './official-store';
import { ownDomain } from './own-domain';
import { priceBelowFloor } from './price-below-floor';
import { replicaLanguage } from './replica-language';
import { reportedSeller } from './reported-seller';
import { sellerFewRatings } from './seller-few-ratings';
import { sellerLowRating } from './seller-low-rating';
import { sellerNew } from './seller-new';
import { sellerNotOfficial } from './seller-not-official';
import { sellerUnrelated } from './seller-unrelated';
import type { BrandMatchLike, ScoreContext, SignalFn } from './types';

export { sellerKey, sellerKeys } from './seller';
export type { ScoreContext, Sensitivity, ReportedSeller, BrandIndexLike, BrandMatchLike } from './types';

/** Every signal, in the order their messages are listed when weights tie. */
export const SIGNALS: readonly SignalFn[] = [
  replicaLanguage,
  priceBelowFloor,
  disguisedName,
  noAuthorisedSales,
  reportedSeller,
  sellerNotOfficial,
  sellerUnrelated,
  sellerFewRatings,
  sellerLowRating,
  sellerNew,
  nearGenuinePrice,
  soldAsLookalike,
  officialStore,
  authorisedSeller,
  ownDomain,
  authenticated,
];

const NONE: Verdict = {
  level: 'none',
  score: 0,
  kind: null,
  summary: summary({ level: 'none', kind: null, brand: null, productType: null, signals: [] }),
  signals: [],
};

/** The brand match to score against: the matcher's first answer (it orders its matches best first). */
function findMatch(listing: Listing, ctx: ScoreContext): BrandMatchLike | null {
  const input = { title: listing.title, pageBrand: listing.brand, sellerName: listing.seller?.name ?? null };
  const first = ctx.index.match(input)[0];
  if (first) return first;
  // "dupe for Gucci", "inspired by Chanel": the matcher rightly ignores brands after "for"/"by"-style wording,
  // so look again without the lookalike phrase; the verdict will then be a dupe (or counterfeit if it also lies).
  if (findLookalikeTerms(listing.title, '').length > 0) {
    const stripped = stripLookalikePhrases(listing.title);
    if (stripped !== listing.title) return ctx.index.match({ ...input, title: stripped })[0] ?? null;
  }
  return null;
}

export function scoreListing(listing: Listing, ctx: ScoreContext): Verdict {
  try {
    const match = findMatch(listing, ctx);
    if (!match) return NONE;
    const productType = ctx.index.productType(listing.title);
    const facts = buildFacts(listing, match, productType, ctx);
    const raw: Signal[] = [];
    for (const fn of SIGNALS) {
      const s = fn(facts);
      if (s) raw.push(s);
    }
    const dupe = isDupe(facts);
    const c = combine(facts, raw, ctx.sensitivity ?? 'balanced', dupe);
    return {
      level: c.level,
      score: c.score,
      kind: c.kind,
      brand: { id: match.brand.id, name: match.brand.name, how: match.how, matched: match.matched },
      productType,
      summary: summary({ level: c.level, kind: c.kind, brand: match.brand, productType, signals: c.signals }),
      signals: c.signals,
    };
  } catch {
    return NONE;
  }
}

/** Score many listings; same order. */
export function scoreListings(listings: readonly Listing[], ctx: ScoreContext): Verdict[] {
  return listings.map((l) => scoreListing(l, ctx));
}
