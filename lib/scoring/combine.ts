/**
 * The combiner: sum of signal weights (clamped 0–100) → level by the sensitivity's thresholds, then the hard caps:
 * official stores, authorised retailers and the brand's own site never get `high`; authenticated pre-owned items never
 * get `high`; an honest lookalike is `low` with kind 'dupe'. Kind is 'counterfeit' for caution/high, else null.
 */
import type { RiskLevel, Signal } from '../schema/verdict';
import { CAPS, LEVELS } from './thresholds';
import type { Facts, Sensitivity } from './types';

const ORDER: Record<RiskLevel, number> = { none: 0, low: 1, caution: 2, high: 3 };
const capAt = (level: RiskLevel, max: RiskLevel): RiskLevel => (ORDER[level] > ORDER[max] ? max : level);

export function levelFor(score: number, sensitivity: Sensitivity): RiskLevel {
  const t = LEVELS[sensitivity];
  return score >= t.high ? 'high' : score >= t.caution ? 'caution' : 'low';
}

/** Signals that say nothing about a listing sold openly as a lookalike (it is not claiming to be the brand). */
const NOT_FOR_DUPES = new Set(['price-below-floor', 'near-genuine-price', 'no-authorised-sales', 'seller-not-official', 'seller-unrelated']);

export interface Combined {
  level: RiskLevel;
  score: number;
  kind: 'counterfeit' | 'dupe' | null;
  signals: Signal[];
}

export function combine(f: Facts, raw: readonly Signal[], sensitivity: Sensitivity, dupe: boolean): Combined {
  const signals = (dupe ? raw.filter((s) => !NOT_FOR_DUPES.has(s.id)) : [...raw]).sort(
    (a, b) => b.weight - a.weight || a.id.localeCompare(b.id),
  );
  const sum = signals.reduce((acc, s) => acc + s.weight, 0);
  const score = Math.max(0, Math.min(100, Math.round(sum)));
  let level = levelFor(score, sensitivity);
  if (f.sellerStatus === 'official' || f.sellerStatus === 'authorised' || f.sellerStatus === 'own-domain') {
    level = capAt(level, CAPS.officialMax);
  }
  if (f.listing.authenticated === true && f.condition !== 'new') level = capAt(level, CAPS.authenticatedUsedMax);
  if (dupe) level = capAt(level, CAPS.dupeMax);
  const kind = dupe ? 'dupe' : level === 'high' || level === 'caution' ? 'counterfeit' : null;
  return { level, score, kind, signals };
}
