/**
 * Signal `sold-as-lookalike` (weight 0): the seller says openly the item is a lookalike ("dupe", "inspired by",
 * "Chanel-style", 平替, "古驰同款"). It makes the verdict kind 'dupe' — unless the listing ALSO uses replica wording or
 * a disguised/misspelled brand name: a "dupe" that hides the name or promises a 1:1 copy is passing itself off, so it
 * stays a counterfeit risk (see `isDupe`).
 */
import type { Signal } from '../schema/verdict';
import { brandName } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function isDupe(f: Facts): boolean {
  return (
    f.lookalikeTerms.length > 0 &&
    f.replicaTerms.length === 0 &&
    f.match.how !== 'disguised' &&
    f.match.how !== 'misspelled'
  );
}

export function soldAsLookalike(f: Facts): Signal | null {
  if (!isDupe(f)) return null;
  const terms = f.lookalikeTerms.slice(0, 3);
  return {
    id: 'sold-as-lookalike',
    weight: WEIGHTS.lookalike,
    message: {
      en: `The seller describes it as a lookalike (${terms.map((t) => `"${t}"`).join(', ')}), not as ${brandName(f.brand, 'en')}: it is not the brand's product.`,
      zh: `卖家明确说明这是仿款（${terms.map((t) => `“${t}”`).join('')}），并非${brandName(f.brand, 'zh')}：它不是该品牌的产品。`,
    },
    evidence: { terms: f.lookalikeTerms.join(', ') },
  };
}
