/** Reassuring signal `own-domain`: the page is on one of the brand's own shop domains (brand data officialDomains). */
import type { Signal } from '../schema/verdict';
import { brandName } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function ownDomain(f: Facts): Signal | null {
  if (f.sellerStatus !== 'own-domain') return null;
  let host = '';
  try {
    host = new URL(f.listing.url).hostname;
  } catch {
    return null;
  }
  return {
    id: 'own-domain',
    weight: WEIGHTS.ownDomain,
    message: {
      en: `This is ${brandName(f.brand, 'en')}'s own web shop (${host}).`,
      zh: `这是${brandName(f.brand, 'zh')}的官方网店（${host}）。`,
    },
    evidence: { host },
  };
}
