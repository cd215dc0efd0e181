/**
 * Export and import of reports. Pure functions over records; the store does the reading and writing.
 * - JSON: `{ format: 'copycat-guard-reports', version: 1, exportedAt, reports }` (each report is a v1 `Report`).
 * - CSV: RFC 4180 (CRLF, fields with `"` `,` CR LF quoted, quotes doubled). Cells that a spreadsheet would run as a
 *   formula (starting with = + - @ TAB CR) are prefixed with `'` — listing titles and notes come from strangers.
 * - Import: every entry is validated with the `Report` schema; invalid ones are listed with the reason; duplicates
 *   (same id, or same listing url + reason + createdAt) are merged into the existing record, not doubled.
 */
import { z } from '../zod';
import { Report, describeIssues } from './schema';

export const EXPORT_FORMAT = 'copycat-guard-reports';
export const EXPORT_VERSION = 1;

export function exportJson(reports: readonly Report[], now: Date = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), reports }, null, 2);
}

export const CSV_COLUMNS = [
  'id', 'createdAt', 'site', 'reason', 'note', 'listingUrl', 'title', 'price', 'currency', 'seller', 'sellerId',
  'sellerKey', 'brand', 'riskLevel', 'riskScore', 'signals', 'sendStatus', 'sentAt',
] as const;

/** Neutralise a spreadsheet formula, then quote per RFC 4180 when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'string' ? value : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function exportCsv(reports: readonly Report[]): string {
  const rows = reports.map((r) => [
    r.id,
    r.createdAt,
    r.site,
    r.reason,
    r.note ?? '',
    r.listing.url,
    r.listing.title,
    r.listing.price?.amount ?? null,
    r.listing.price?.currency ?? '',
    r.listing.seller?.name ?? '',
    r.listing.seller?.id ?? '',
    r.sellerKey ?? '',
    r.brand?.name ?? '',
    r.verdict?.level ?? '',
    r.verdict?.score ?? null,
    (r.verdict?.signals ?? []).filter((s) => s.weight > 0).map((s) => s.id).join('; '),
    r.send.status,
    r.send.sentAt ?? '',
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.optional(z.string()),
  reports: z.array(z.unknown()),
});

export interface ImportRejection {
  /** 0-based position in the file's `reports`. */
  index: number;
  reason: string;
}
export interface ParsedImport {
  ok: boolean;
  /** Whole-file problem (not JSON, wrong format). */
  error?: string;
  valid: Report[];
  rejected: ImportRejection[];
}

/** Read an export file. Never throws. */
export function parseImport(text: string): ParsedImport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not JSON: ${(e as Error).message}`, valid: [], rejected: [] };
  }
  const file = ExportFile.safeParse(json);
  if (!file.success) {
    return { ok: false, error: `not a Copycat Guard reports file (${describeIssues(file.error.issues)})`, valid: [], rejected: [] };
  }
  const valid: Report[] = [];
  const rejected: ImportRejection[] = [];
  file.data.reports.forEach((raw, index) => {
    const r = Report.safeParse(raw);
    if (r.success) valid.push(r.data);
    else rejected.push({ index, reason: describeIssues(r.error.issues) });
  });
  return { ok: true, valid, rejected };
}

const naturalKey = (r: Report) => `${r.listing.url}\u0000${r.reason}\u0000${r.createdAt}`;

/**
 * What importing does to the store. An imported report that is not `sent` arrives as `local` (attempts reset): it
 * is never POSTed from this browser without the user asking (Send).
 */
export function planImport(
  existing: readonly Report[],
  incoming: readonly Report[],
): { toWrite: Report[]; added: Report[]; merged: { id: string; into: string }[] } {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const byNatural = new Map(existing.map((r) => [naturalKey(r), r]));
  const toWrite = new Map<string, Report>();
  const added: Report[] = [];
  const merged: { id: string; into: string }[] = [];
  for (const raw of incoming) {
    const r: Report = raw.send.status === 'sent' ? raw : { ...raw, send: { status: 'local', attempts: 0 } };
    const same = byId.get(r.id) ?? byNatural.get(naturalKey(r));
    if (same) {
      merged.push({ id: r.id, into: same.id });
      // Merge: keep the stored record; take the imported note only when ours has none.
      if (!same.note && r.note) {
        const next = { ...same, note: r.note };
        toWrite.set(same.id, next);
        byId.set(same.id, next);
        byNatural.set(naturalKey(next), next);
      }
      continue;
    }
    toWrite.set(r.id, r);
    added.push(r);
    byId.set(r.id, r);
    byNatural.set(naturalKey(r), r);
  }
  return { toWrite: [...toWrite.values()], added, merged };
}
