/**
 * Messages between the extension's parts, named by direction (cs = content script, bg = background,
 * popup = popup/options). Every receiver parses with these schemas: the background is the trust boundary.
 */
import { z, type Infer } from './zod';
import { Listing, PageKind } from './schema/listing';
import { Verdict } from './schema/verdict';
import { SITE_IDS } from './sites';

export const MAX_BATCH = 100;

/** cs → bg: a page was read; is this site switched on? */
export const CsHello = z.object({
  type: z.literal('cs/hello'),
  url: z.string().check(z.maxLength(2048)),
  site: z.enum(SITE_IDS),
});
export type CsHello = Infer<typeof CsHello>;
export const CsHelloReply = z.object({ ok: z.literal(true), enabled: z.boolean(), version: z.string() });
export type CsHelloReply = Infer<typeof CsHelloReply>;

/** cs → bg: score these listings. `ref` is the content script's own handle for a card. */
export const CsScore = z.object({
  type: z.literal('cs/score'),
  pageUrl: z.string().check(z.maxLength(2048)),
  pageKind: PageKind,
  items: z.array(z.object({ ref: z.string().check(z.maxLength(64)), listing: Listing })).check(z.maxLength(MAX_BATCH)),
});
export type CsScore = Infer<typeof CsScore>;
export const CsScoreReply = z.object({
  ok: z.literal(true),
  results: z.array(z.object({ ref: z.string(), verdict: Verdict })),
});
export type CsScoreReply = Infer<typeof CsScoreReply>;

export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = Infer<typeof ErrorReply>;

export const CsToBg = z.discriminatedUnion('type', [CsHello, CsScore]);
export type CsToBg = Infer<typeof CsToBg>;
