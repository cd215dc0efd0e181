/** Signal `seller-few-ratings`: the seller has little track record (few ratings). */
import type { Signal } from '../schema/verdict';
import { SELLER, WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function sellerFewRatings(f: Facts): Signal | null {
  const n = f.seller?.ratingCount;
  if (n === undefined || !f.seller || f.sellerStatus !== 'third-party') return null;
  if (n >= SELLER.someRatings) return null;
  const weight = n < SELLER.fewRatings ? WEIGHTS.fewRatings : WEIGHTS.someRatings;
  return {
    id: 'seller-few-ratings',
    weight,
    message: {
      en: `The seller has only ${n} rating${n === 1 ? '' : 's'}: little track record to go on.`,
      zh: `该卖家只有 ${n} 条评价，可参考的交易记录很少。`,
    },
    evidence: { ratingCount: n },
  };
}
