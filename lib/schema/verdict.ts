/**
 * Verdict: what the background says about one Listing. Every level comes with the signals behind it, each with a
 * message in plain words (English and Simplified Chinese, keyed by language) and the numbers as evidence.
 */
import { z, type Infer } from '../zod';

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export const Text = z.object({ en: z.string(), zh: z.string() });
export type Text = Infer<typeof Text>;

export const RiskLevel = z.enum(['high', 'caution', 'low', 'none']);
export type RiskLevel = Infer<typeof RiskLevel>;

export const MatchHow = z.enum(['exact', 'alias', 'native', 'misspelled', 'disguised', 'page-brand']);
export type MatchHow = Infer<typeof MatchHow>;

export const Signal = z.object({
  /** Stable id, e.g. "price-below-floor". */
  id: z.string(),
  /** Points this signal adds to (or, when negative, takes from) the score. */
  weight: z.number(),
  message: Text,
  evidence: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type Signal = Infer<typeof Signal>;

export const Verdict = z.object({
  level: RiskLevel,
  score: z.number().check(z.gte(0), z.lte(100)),
  kind: z.nullable(z.enum(['counterfeit', 'dupe'])),
  brand: z.optional(
    z.object({ id: z.string(), name: z.string(), how: MatchHow, matched: z.string() }),
  ),
  productType: z.optional(z.nullable(z.string())),
  /** One sentence for the badge tooltip and popup headline. */
  summary: Text,
  signals: z.array(Signal),
});
export type Verdict = Infer<typeof Verdict>;
