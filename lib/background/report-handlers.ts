/**
 * The background's side of reports: `report/…` messages from the popup and options page, the send-queue alarm,
 * and the start-up work (migrate stored reports, feed reported sellers to the scoring, resume the queue).
 * Every message is parsed with zod here again; the router passes only messages from this extension's own pages.
 */
import { browser } from 'wxt/browser';
import { loadBrandData, marketplaceInfo } from '../brands';
import { ReportToBg } from '../reports/messages';
import { SEND_ALARM } from '../reports/alarm';
import { migrateReports } from '../reports/migrate';
import { nextSteps, type NextSteps } from '../reports/next-steps';
import { describeIssues, type Report } from '../reports/schema';
import { processQueue, retryReport, type QueueRun } from '../reports/send-queue';
import { importReports, type ImportResult } from '../reports/import-reports';
import {
  REPORT_KEY_PREFIX,
  ReportStoreError,
  deleteReport,
  getReport,
  listReportedSellers,
  listReports,
  restoreReport,
  saveReport,
  type ReportList,
} from '../reports/store';
import type { Text } from '../schema/verdict';
import type { ReportedSeller } from '../scoring';
import { setReportedSellersSource } from './score';

export type ReportReply =
  | { ok: true; report: Report; nextSteps: NextSteps }
  | ({ ok: true } & ReportList)
  | { ok: true; deleted: Report | null }
  | { ok: true; report: Report | null }
  | { ok: true; import: ImportResult }
  | { ok: true; nextSteps: NextSteps | null }
  | { ok: true; run: QueueRun }
  | { ok: false; error: string; userError?: Text };

/** Channels and summary for a report, from the bundled marketplace and brand data. */
export function nextStepsFor(report: Report): NextSteps {
  const market = report.site === 'generic' ? undefined : marketplaceInfo(report.site);
  const brand = report.brand ? loadBrandData().brands.find((b) => b.id === report.brand!.id) : undefined;
  return nextSteps(report, market, brand ?? (report.brand ? { name: report.brand.name } : null));
}

export async function handleReportMessage(raw: unknown): Promise<ReportReply> {
  const parsed = ReportToBg.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${describeIssues(parsed.error.issues)}` };
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'report/save': {
        // Idempotent on the popup's submission id (see ReportSave): a retry returns the stored report.
        const report = await saveReport(msg.input, msg.id ? { id: msg.id } : {});
        // Try to send right away when an endpoint is set; the reply does not wait for the network.
        if (report.send.status === 'pending') void processQueue().catch(() => undefined);
        return { ok: true, report, nextSteps: nextStepsFor(report) };
      }
      case 'report/list':
        return { ok: true, ...(await listReports()) };
      case 'report/delete':
        return { ok: true, deleted: await deleteReport(msg.id) };
      case 'report/restore':
        return { ok: true, report: await restoreReport(msg.report) };
      case 'report/retry': {
        const report = await retryReport(msg.id);
        if (report?.send.status === 'pending') void processQueue().catch(() => undefined);
        return { ok: true, report };
      }
      case 'report/import':
        return { ok: true, import: await importReports(msg.text) };
      case 'report/next-steps': {
        const report = await getReport(msg.id);
        return { ok: true, nextSteps: report ? nextStepsFor(report) : null };
      }
      case 'report/send-now':
        return { ok: true, run: await processQueue() };
    }
  } catch (e) {
    if (e instanceof ReportStoreError) return { ok: false, error: e.message, userError: e.userMessage };
    return { ok: false, error: String((e as Error)?.message ?? e) };
  }
}

/**
 * The reported sellers, read from the report store once and again only after a report record changed: every scored
 * batch needs them, and reading every report per batch made a long infinite-scroll page wait on storage. The store
 * stays the only truth; a worker restart simply starts without the cache.
 */
function cachedReportedSellers(): () => Promise<ReportedSeller[]> {
  let cached: Promise<ReportedSeller[]> | null = null;
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && Object.keys(changes).some((k) => k.startsWith(REPORT_KEY_PREFIX))) cached = null;
  });
  return () => {
    const p = (cached ??= listReportedSellers());
    p.catch(() => {
      if (cached === p) cached = null;
    });
    return p;
  };
}

/**
 * Call once from the background's main(). The alarm listener is added synchronously (an MV3 worker woken by the
 * alarm must have it before the event is dispatched); the rest runs in the background.
 */
export function registerReportBackground(): Promise<void> {
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === SEND_ALARM) void processQueue().catch(() => undefined);
  });
  setReportedSellersSource(cachedReportedSellers());
  return (async () => {
    try {
      await migrateReports();
    } catch {
      // left for the next start; listReports still reads every per-key record
    }
    await processQueue().catch(() => undefined);
  })();
}
