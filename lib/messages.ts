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
export const CsHelloReply = z.object({
  ok: z.literal(true),
  enabled: z.boolean(),
  version: z.string(),
  onlyWarnings: z.boolean(),
  language: z.enum(['auto', 'en', 'zh']),
});
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

/** cs → bg: the user asked for a listing's full details (badge → "Details"): open the popup page for it in a tab. */
export const CsOpenDetails = z.object({ type: z.literal('cs/open-details'), ref: z.string().check(z.maxLength(64)) });
export type CsOpenDetails = Infer<typeof CsOpenDetails>;

export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });
export type ErrorReply = Infer<typeof ErrorReply>;

export const CsToBg = z.discriminatedUnion('type', [CsHello, CsScore, CsOpenDetails]);
export type CsToBg = Infer<typeof CsToBg>;

// ── popup → background ─────────────────────────────────────────────────────────────────────────────────────────
const TabId = z.number().check(z.int(), z.gte(0));

/** popup → bg: what was read on this tab, with verdicts. */
export const PopupPage = z.object({ type: z.literal('popup/page'), tabId: TabId });
export type PopupPage = Infer<typeof PopupPage>;

/** popup → bg: the facts behind one listing's verdict (genuine price, where to buy safely, where to report). */
export const PopupExplain = z.object({ type: z.literal('popup/explain'), tabId: TabId, ref: z.string().check(z.maxLength(64)) });
export type PopupExplain = Infer<typeof PopupExplain>;

/** popup → bg: score listings the popup read itself with "Check this page" (activeTab + scripting). */
export const PopupCheckPage = z.object({
  type: z.literal('popup/check-page'),
  tabId: TabId,
  pageUrl: z.string().check(z.maxLength(2048)),
  pageKind: PageKind,
  listings: z.array(Listing).check(z.maxLength(MAX_BATCH)),
});
export type PopupCheckPage = Infer<typeof PopupCheckPage>;

export const Explanation = z.object({
  brand: z.nullable(
    z.object({
      id: z.string(),
      name: z.string(),
      officialDomains: z.array(z.string()),
      /** Official / authorised stores on this listing's marketplace. */
      storesHere: z.array(z.string()),
      reportUrl: z.nullable(z.string()),
    }),
  ),
  genuinePrice: z.nullable(
    z.object({ productType: z.string(), floorUsd: z.number(), source: z.string(), asOf: z.string() }),
  ),
  marketplace: z.nullable(
    z.object({
      name: z.string(),
      buyerProtection: z.object({ name: z.string(), url: z.string() }),
      ipReport: z.object({ name: z.string(), url: z.string() }),
      reportListing: z.optional(z.string()),
    }),
  ),
});
export type Explanation = Infer<typeof Explanation>;

export const PopupToBg = z.discriminatedUnion('type', [PopupPage, PopupExplain, PopupCheckPage]);
export type PopupToBg = Infer<typeof PopupToBg>;

/** popup → cs (tabs.sendMessage): scroll the page to a card and focus its badge. */
export const PopupReveal = z.object({ type: z.literal('popup/reveal'), ref: z.string().check(z.maxLength(64)) });
export type PopupReveal = Infer<typeof PopupReveal>;
