/**
 * The durable report store on browser.storage.local (through @wxt-dev/storage).
 * Contract — "nothing a user records is lost":
 * - one key per report (`local:report:<id>`), so the popup, the options page and the background never
 *   read-modify-write a shared array: concurrent saves of different reports cannot overwrite each other;
 * - `saveReport` resolves only after the record is written AND read back equal; only then may a UI say "saved";
 * - a stored value that fails the schema is moved to `local:report-quarantine:<id>` with the raw value and the error,
 *   and `listReports` lists it — never silently dropped;
 * - a full quota raises `ReportStoreFullError` (with a message for the user); nothing saved before is touched;
 * - the small versioned meta item `local:reports-meta` records the storage schema (see ./migrate.ts).
 */
import { storage } from '@wxt-dev/storage';
import type { Text } from '../schema/verdict';
import type { ReportedSeller } from '../scoring/types';
import { getReportEndpoint } from './endpoint';
import { scheduleSendAlarm } from './alarm';
import { NewReport, Report, createReport, describeIssues } from './schema';

export const REPORT_KEY_PREFIX = 'report:';
export const QUARANTINE_KEY_PREFIX = 'report-quarantine:';
export const reportKey = (id: string) => `local:${REPORT_KEY_PREFIX}${id}` as const;
export const quarantineKey = (id: string) => `local:${QUARANTINE_KEY_PREFIX}${id}` as const;

/** The storage layout version (1 = one key per report). Version 0 is the pre-release array (./migrate.ts). */
export const STORE_SCHEMA = 1;
export interface ReportsMeta {
  schema: number;
  migratedAt?: string;
  /** Legacy entries migrated / quarantined by the last migration. */
  migrated?: number;
  quarantined?: number;
}
export const reportsMetaItem = storage.defineItem<ReportsMeta>('local:reports-meta', {
  fallback: { schema: 0 },
  version: 1,
});

export interface QuarantinedRecord {
  /** The storage key the value was found under (without the area prefix), e.g. "report:…". */
  key: string;
  raw: unknown;
  error: string;
  quarantinedAt: string;
}

export class ReportStoreError extends Error {
  override name = 'ReportStoreError';
  constructor(
    message: string,
    readonly userMessage: Text,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Storage is full. What was saved before is kept; the new record was not saved. */
export class ReportStoreFullError extends ReportStoreError {
  override name = 'ReportStoreFullError';
  constructor(cause: unknown) {
    super(`browser storage quota exceeded: ${String((cause as Error)?.message ?? cause)}`, {
      en: 'Browser storage for Copycat Guard is full, so this report was NOT saved. Your earlier reports are safe. Export your reports and delete old ones to make room, then try again.',
      zh: 'Copycat Guard 的浏览器存储空间已满，本次举报未能保存。之前保存的举报不受影响。请先导出并删除旧举报以腾出空间，然后重试。',
    }, { cause });
  }
}

/**
 * Chrome: "QUOTA_BYTES quota exceeded" / "Resource::kQuotaBytes quota exceeded"; Firefox: a QuotaExceededError
 * ("storage.local API call exceeded its quota limitations"); Safari/DOM: name "QuotaExceededError".
 */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown })?.name;
  const message = String((e as { message?: unknown })?.message ?? e ?? '');
  return name === 'QuotaExceededError' || /quota_?bytes|quotabytes|quota ?exceeded|exceeded its quota/i.test(message);
}

async function guardedSet(key: `local:${string}`, value: unknown): Promise<void> {
  try {
    await storage.setItem(key, value);
  } catch (e) {
    if (isQuotaError(e)) throw new ReportStoreFullError(e);
    throw new ReportStoreError(`storage write failed: ${String(e)}`, {
      en: 'The report could not be saved (browser storage refused the write). Please try again.',
      zh: '举报未能保存（浏览器存储拒绝写入），请重试。',
    }, { cause: e });
  }
}

/** JSON with object keys sorted, to compare a record with what storage gives back. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** Validate, write, read back. Resolves with the record only when storage holds exactly it. */
export async function writeReport(record: Report): Promise<Report> {
  const parsed = Report.safeParse(record);
  if (!parsed.success) {
    throw new ReportStoreError(`invalid report: ${describeIssues(parsed.error.issues)}`, {
      en: 'This report is incomplete or too long and was not saved.',
      zh: '该举报内容不完整或过长，未能保存。',
    });
  }
  const key = reportKey(parsed.data.id);
  await guardedSet(key, parsed.data);
  const back = await storage.getItem(key);
  if (canonical(back) !== canonical(parsed.data)) {
    throw new ReportStoreError('read-back after write did not match', {
      en: 'The report could not be confirmed as saved. Please try again.',
      zh: '无法确认举报已保存，请重试。',
    });
  }
  return parsed.data;
}

export interface SaveOptions {
  now?: Date;
  id?: string;
}

/** File a new report. Resolves after the record is durably stored (see `writeReport`). */
export async function saveReport(input: NewReport, opts: SaveOptions = {}): Promise<Report> {
  const parsed = NewReport.safeParse(input);
  if (!parsed.success) {
    throw new ReportStoreError(`invalid report input: ${describeIssues(parsed.error.issues)}`, {
      en: 'This report is incomplete or too long and was not saved.',
      zh: '该举报内容不完整或过长，未能保存。',
    });
  }
  if (opts.id) {
    // A repeated submission (same id: the popup retried after a lost answer) returns the stored record unchanged.
    const existing = await getReport(opts.id);
    if (existing) return existing;
  }
  const endpoint = await getReportEndpoint();
  const record = createReport(parsed.data, {
    id: opts.id ?? crypto.randomUUID(),
    now: opts.now ?? new Date(),
    endpointSet: endpoint !== null,
  });
  const saved = await writeReport(record);
  if (saved.send.status === 'pending') await scheduleSendAlarm(Date.now());
  return saved;
}

export async function getReport(id: string): Promise<Report | null> {
  const raw = await storage.getItem<unknown>(reportKey(id));
  if (raw == null) return null;
  const parsed = Report.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * Change one stored report. `change` gets the current record and returns the new one (or null to leave it).
 * A report deleted meanwhile stays deleted (returns null) — the send queue never resurrects it.
 */
export async function updateReport(id: string, change: (r: Report) => Report | null): Promise<Report | null> {
  const current = await getReport(id);
  if (!current) return null;
  const next = change(current);
  if (!next) return current;
  return writeReport(next);
}

/** Move a corrupt stored value aside (write the quarantine copy first, then remove the original). */
async function quarantine(rawKey: string, raw: unknown, error: string, now: Date): Promise<QuarantinedRecord> {
  const id = rawKey.slice(REPORT_KEY_PREFIX.length) || 'unknown';
  const q: QuarantinedRecord = { key: rawKey, raw, error, quarantinedAt: now.toISOString() };
  await guardedSet(quarantineKey(id), q);
  await storage.removeItem(`local:${rawKey}`);
  return q;
}

export interface ReportList {
  /** Valid reports, newest first. */
  reports: Report[];
  /** Records kept aside because they failed the schema (newest first). */
  quarantined: QuarantinedRecord[];
}

/** Every stored report. Corrupt ones are quarantined on the way (and listed). */
export async function listReports(now: Date = new Date()): Promise<ReportList> {
  const all = await storage.snapshot('local');
  const reports: Report[] = [];
  const quarantined: QuarantinedRecord[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (key.endsWith('$')) continue; // @wxt-dev/storage metadata
    if (key.startsWith(REPORT_KEY_PREFIX)) {
      const parsed = Report.safeParse(raw);
      const id = key.slice(REPORT_KEY_PREFIX.length);
      if (parsed.success && parsed.data.id === id) reports.push(parsed.data);
      else {
        const error = parsed.success ? `id "${parsed.data.id}" does not match its key` : describeIssues(parsed.error.issues);
        try {
          quarantined.push(await quarantine(key, raw, error, now));
        } catch {
          // cannot move it (storage full): still list it, leave the original where it is
          quarantined.push({ key, raw, error, quarantinedAt: now.toISOString() });
        }
      }
    } else if (key.startsWith(QUARANTINE_KEY_PREFIX)) {
      const q = raw as Partial<QuarantinedRecord> | null;
      quarantined.push({
        key: typeof q?.key === 'string' ? q.key : key,
        raw: q && 'raw' in q ? q.raw : raw,
        error: typeof q?.error === 'string' ? q.error : 'unknown',
        quarantinedAt: typeof q?.quarantinedAt === 'string' ? q.quarantinedAt : '',
      });
    }
  }
  reports.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id < b.id ? 1 : -1));
  quarantined.sort((a, b) => (a.quarantinedAt < b.quarantinedAt ? 1 : -1));
  return { reports, quarantined };
}

/** Delete a report; resolves with the exact record removed (for undo), or null when it was not there. */
export async function deleteReport(id: string): Promise<Report | null> {
  const current = await getReport(id);
  await storage.removeItem(reportKey(id));
  return current;
}

/** Undo a delete: write back the exact record. */
export async function restoreReport(record: Report): Promise<Report> {
  return writeReport(record);
}

/** Remove a quarantined record for good (the user saw it and chose to discard it). */
export async function discardQuarantined(storedKey: string): Promise<void> {
  const id = storedKey.startsWith(REPORT_KEY_PREFIX) ? storedKey.slice(REPORT_KEY_PREFIX.length) : storedKey;
  await storage.removeItem(quarantineKey(id));
}

/**
 * Sellers the user reported, one entry per report that names a seller (so the verdict can say how many times),
 * shaped as lib/scoring `ReportedSeller`.
 */
export async function listReportedSellers(): Promise<ReportedSeller[]> {
  const { reports } = await listReports();
  return reports.flatMap((r) => (r.sellerKey ? [{ site: r.site, sellerKey: r.sellerKey, reportedAt: r.createdAt }] : []));
}
