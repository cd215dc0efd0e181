/** Signal `seller-low-rating`: a low share of positive ratings (eBay % positive, AliExpress stars as 0..1). */
import type { Signal } from '../schema/verdict';
import { pct } from './messages';
import { SELLER, WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function sellerLowRating(f: Facts): Signal | null {
  const r = f.seller?.rating;
  if (r === undefined || f.sellerStatus !== 'third-party') return null;
  // Why: a handful of ratings makes the percentage meaningless (1 bad of 3 = 67%); few-ratings speaks for those.
  const n = f.seller?.ratingCount;
  if (n !== undefined && n < 5) return null;
  if (r >= SELLER.lowRating) return null;
  const weight = r < SELLER.veryLowRating ? WEIGHTS.veryLowRating : WEIGHTS.lowRating;
  return {
    id: 'seller-low-rating',
    weight,
    message: {
      en: `Only ${pct(r)} of the seller's ratings are positive (honest sellers on large marketplaces are usually above 95%).`,
      zh: `该卖家的好评率只有 ${pct(r)}（大型平台上的正规卖家通常在 95% 以上）。`,
    },
    evidence: { rating: r, ratingCount: n ?? null },
  };
}
