/** Signal `replica-language`: the title or description uses copy wording (lib/scoring/replica-words.ts). */
import type { Signal } from '../schema/verdict';
import { brandName } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function replicaLanguage(f: Facts): Signal | null {
  if (f.replicaTerms.length === 0) return null;
  const terms = f.replicaTerms.slice(0, 4);
  const en = terms.map((t) => `"${t}"`).join(', ');
  const zh = terms.map((t) => `“${t}”`).join('');
  return {
    id: 'replica-language',
    weight: f.replicaTerms.length >= 2 ? WEIGHTS.replicaLanguageMany : WEIGHTS.replicaLanguage,
    message: {
      en: `The listing uses replica wording (${en}): sellers use these words for copies of ${brandName(f.brand, 'en')}, not genuine goods.`,
      zh: `商品信息中出现了${zh}等仿品用语：卖家用这些词来指${brandName(f.brand, 'zh')}的仿制品，而不是正品。`,
    },
    evidence: { terms: f.replicaTerms.join(', '), count: f.replicaTerms.length },
  };
}
