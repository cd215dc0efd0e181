/** Signal `reported-seller`: the user reported this seller before (ScoreContext.reportedSellers). */
import type { Signal } from '../schema/verdict';
import { sellerKeys } from './seller';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function reportedSeller(f: Facts): Signal | null {
  if (!f.seller || f.reportedSellers.length === 0) return null;
  const site = f.listing.site;
  const keys = new Set(sellerKeys(site, f.seller));
  const hits = f.reportedSellers.filter((r) => r.site === site && keys.has(r.sellerKey));
  if (hits.length === 0) return null;
  const last = hits.map((h) => h.reportedAt).sort().at(-1) ?? '';
  const date = last.slice(0, 10);
  return {
    id: 'reported-seller',
    weight: WEIGHTS.reportedSeller,
    message: {
      en: `You reported this seller ("${f.seller.name}") on ${date}.`,
      zh: `你曾于 ${date} 举报过该卖家（“${f.seller.name}”）。`,
    },
    evidence: { seller: f.seller.name, reportedAt: date, times: hits.length },
  };
}
