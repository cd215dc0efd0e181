/** Signal `seller-new`: the seller opened recently (Seller.since, ISO date or year). */
import type { Signal } from '../schema/verdict';
import { SELLER, WEIGHTS } from './thresholds';
import type { Facts } from './types';

/** Whole months from `since` ("2025", "2025-06", "2025-06-30") to `now`; a bare year counts from its 1 January. */
export function monthsSince(since: string, now: Date): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(since);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) - 1 : 0;
  const d = m[3] ? Number(m[3]) : 1;
  const months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() - mo) - (now.getUTCDate() < d ? 1 : 0);
  return Number.isFinite(months) ? Math.max(0, months) : null;
}

export function sellerNew(f: Facts): Signal | null {
  const since = f.seller?.since;
  if (!since || f.sellerStatus !== 'third-party') return null;
  const months = monthsSince(since, f.now);
  if (months === null || months >= SELLER.youngMonths) return null;
  const weight = months < SELLER.newMonths ? WEIGHTS.newSeller : WEIGHTS.youngSeller;
  const ago = months === 0 ? 'less than a month ago' : `${months} month${months === 1 ? '' : 's'} ago`;
  const agoZh = months === 0 ? '不到一个月前' : `${months} 个月前`;
  return {
    id: 'seller-new',
    weight,
    message: {
      en: `The seller opened in ${since} (${ago}): too new to have a history.`,
      zh: `该店铺开设于 ${since}（${agoZh}），经营时间太短，缺乏可参考的记录。`,
    },
    evidence: { since, months },
  };
}
