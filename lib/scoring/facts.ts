/**
 * Facts: everything the signals need about one listing, computed once (brand, product type, floor, price in USD,
 * seller status, wording found). Pure: a function of the listing, the chosen brand match and the context.
 */
import { toUsd } from '../brands/data';
import type { Listing } from '../schema/listing';
import { findLookalikeTerms } from './lookalike-words';
import { findNotComparable } from './not-comparable';
import { findReplicaTerms } from './replica-words';
import { sellerStatus } from './seller';
import { fold } from './text';
import type { BrandMatchLike, Facts, ScoreContext } from './types';

export function buildFacts(listing: Listing, match: BrandMatchLike, productType: string | null, ctx: ScoreContext): Facts {
  const brand = match.brand;
  const title = fold(listing.title);
  const text = listing.description ? `${title} \n ${fold(listing.description)}` : title;
  const floorEntry = productType
    ? brand.products.find((p) => p.type === productType && typeof p.floorUsd === 'number')
    : undefined;
  const floor = floorEntry && floorEntry.floorUsd ? { ...floorEntry, floorUsd: floorEntry.floorUsd } : null;
  let priceUsd: number | null = null;
  if (listing.price) {
    const { amount, currency } = listing.price;
    // Default converter: lib/brands `toUsd` (the bundled, dated FX table unless ctx.fx is given).
    priceUsd = (ctx.toUsd ?? toUsd)(amount, currency, ctx.fx);
    if (priceUsd !== null && !Number.isFinite(priceUsd)) priceUsd = null;
  }
  return {
    listing,
    brand,
    match,
    productType,
    floor,
    priceUsd,
    priceNotComparable: findNotComparable(title, true),
    condition: listing.condition ?? 'new',
    seller: listing.seller,
    sellerStatus: sellerStatus(listing, brand),
    text,
    lookalikeTerms: findLookalikeTerms(title, match.matched, true),
    replicaTerms: findReplicaTerms(text, { productType, brandId: brand.id }, true),
    now: ctx.now ?? new Date(),
    reportedSellers: ctx.reportedSellers ?? [],
  };
}
