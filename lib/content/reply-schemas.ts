/**
 * The zod schemas of the messages the content script RECEIVES: exactly the fields it reads. The background sends the
 * full shapes of lib/messages.ts; these are structural subsets of them (tests/lib/content/replies.test.ts checks
 * that every full reply passes here). The content script itself checks its replies with ./replies.ts, a hand-written
 * reader that tests prove accepts exactly what these schemas accept (issue 6: zod/mini's core alone is 5 KB gzip,
 * a quarter of the content-script budget). Every message that reaches the background is parsed with zod there.
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
