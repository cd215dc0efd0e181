/**
 * Messages from the popup / options page to the background about reports (`report/…`), and their replies.
 * Kept beside the store; the router accepts them from this extension's own pages only and parses them again here.
 */
import { z, type Infer } from '../zod';
import { NewReport, Report, ReportId } from './schema';

/** 5 MB: far above any real export (a report is ~2–5 kB) yet bounded. */
export const MAX_IMPORT_CHARS = 5_000_000;

/**
 * `id`: the submission id the popup chose when the form opened. Saving is idempotent on it: if the worker stopped
 * after writing but before answering, the user's second press finds the stored report instead of adding another.
 */
export const ReportSave = z.object({ type: z.literal('report/save'), id: z.optional(ReportId), input: NewReport });
export const ReportList = z.object({ type: z.literal('report/list') });
export const ReportDelete = z.object({ type: z.literal('report/delete'), id: ReportId });
export const ReportRestore = z.object({ type: z.literal('report/restore'), report: Report });
export const ReportRetry = z.object({ type: z.literal('report/retry'), id: ReportId });
export const ReportImport = z.object({ type: z.literal('report/import'), text: z.string().check(z.maxLength(MAX_IMPORT_CHARS)) });
export const ReportNextSteps = z.object({ type: z.literal('report/next-steps'), id: ReportId });
export const ReportSendNow = z.object({ type: z.literal('report/send-now') });

export const ReportToBg = z.discriminatedUnion('type', [
  ReportSave,
  ReportList,
  ReportDelete,
  ReportRestore,
  ReportRetry,
  ReportImport,
  ReportNextSteps,
  ReportSendNow,
]);
export type ReportToBg = Infer<typeof ReportToBg>;
