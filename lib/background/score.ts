/**
 * Answers cs/score: match brands, score each listing, remember the page for the popup and the toolbar icon.
 * The brand index is derived from bundled data and rebuilt on every background start (not state).
 */
import { loadBrandIndex, type BrandIndex } from '../brands';
import type { CsScore, CsScoreReply } from '../messages';
import { scoreListing } from '../scoring';
import type { ReportedSeller } from '../scoring';
import { getSettings } from '../settings';
import { recordScores } from './page-store';
import { showLevel } from './toolbar';

let index: BrandIndex | null = null;
/** Built once per background start, on first use. */
export function brandIndex(): BrandIndex {
  index ??= loadBrandIndex();
  return index;
}

/** Sellers the user reported (from the report store); empty until reports exist. Replaced by tests. */
export type ReportedSellersSource = () => Promise<ReportedSeller[]>;
let reportedSellers: ReportedSellersSource = async () => [];
export function setReportedSellersSource(src: ReportedSellersSource): void {
  reportedSellers = src;
}

export async function handleScore(msg: CsScore, tabId: number | undefined): Promise<CsScoreReply> {
  const [settings, reported] = await Promise.all([getSettings(), reportedSellers()]);
  const ctx = { index: brandIndex(), sensitivity: settings.sensitivity, reportedSellers: reported };
  const results = msg.items.map((it) => ({ ref: it.ref, verdict: scoreListing(it.listing, ctx) }));
  if (tabId !== undefined && tabId >= 0) {
    // Answer first: the badges must not wait for the page record. Writes for a tab are serialised, and getPage
    // waits for them, so the popup still sees every batch.
    void recordScores(
      tabId,
      msg.pageUrl,
      msg.pageKind,
      msg.items.map((it, i) => ({ ref: it.ref, listing: it.listing, verdict: results[i]!.verdict })),
    )
      .then((page) => showLevel(tabId, page.worst, { checked: page.checked, flagged: page.flagged }))
      .catch(() => undefined);
  }
  return { ok: true, results };
}
