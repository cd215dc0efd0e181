/**
 * Signal `disguised-name`: the matcher found the brand only through a disguise (spacing, symbols, look-alike letters:
 * "G-ucci", "Nlke", "L.V") or a known misspelling ("Guchi"). Sellers do this to slip past the marketplace's brand filters.
 */
import type { Signal } from '../schema/verdict';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function disguisedName(f: Facts): Signal | null {
  const how = f.match.how;
  if (how !== 'disguised' && how !== 'misspelled') return null;
  const name = f.brand.name;
  const written = f.match.matched;
  return {
    id: 'disguised-name',
    weight: how === 'disguised' ? WEIGHTS.disguisedName : WEIGHTS.misspelledName,
    message:
      how === 'disguised'
        ? {
            en: `The brand name is written "${written}" instead of "${name}": a disguise sellers use to get past the marketplace's brand filters.`,
            zh: `品牌名被写成“${written}”而不是“${name}”：这是卖家为躲避平台品牌过滤而常用的伪装手法。`,
          }
        : {
            en: `The brand name is misspelled "${written}" (for "${name}"): counterfeit listings often misspell the name to avoid brand filters.`,
            zh: `品牌名被拼写成“${written}”（应为“${name}”）：假货卖家常故意拼错品牌名来躲避平台过滤。`,
          },
    evidence: { how, written, brand: name },
  };
}
