/**
 * Schemas of the messages the content script RECEIVES (zod/mini). They check exactly the fields the content script
 * reads, so its bundle carries a few small schemas instead of lib/messages.ts (Listing, popup and report schemas).
 * The background sends the full shapes of lib/messages.ts; these are structural subsets of them, and
 * tests/lib/content/replies.test.ts checks that every full reply passes here.
 */
import { z, type Infer } from '../zod';

const Text = z.object({ en: z.string(), zh: z.string() });
const Level = z.enum(['high', 'caution', 'low', 'none']);

export const BadgeVerdict = z.object({
  level: Level,
  score: z.number(),
  kind: z.nullable(z.enum(['counterfeit', 'dupe'])),
  summary: Text,
  signals: z.array(z.object({ id: z.string(), weight: z.number(), message: Text })),
});
export type BadgeVerdict = Infer<typeof BadgeVerdict>;

export const HelloReply = z.object({
  ok: z.literal(true),
  enabled: z.boolean(),
  onlyWarnings: z.boolean(),
  language: z.enum(['auto', 'en', 'zh']),
});

export const ScoreReply = z.object({
  ok: z.literal(true),
  results: z.array(z.object({ ref: z.string(), verdict: BadgeVerdict })),
});
export type ScoreReply = Infer<typeof ScoreReply>;

export const RevealRequest = z.object({ type: z.literal('popup/reveal'), ref: z.string() });
