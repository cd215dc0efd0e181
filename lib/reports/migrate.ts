/**
 * Storage migrations for reports. @wxt-dev/storage migrates one item's value; our v0 → v1 step splits one array
 * into one key per report, so it is written here and run by the background at start-up (and by the options page
 * before it lists reports).
 *
 * v0 — the pre-release build (0.0.x) kept every report in ONE array under `local:reports`:
 *   { reportId?: string (absent in the earliest builds), ts: number (epoch ms),
 *     kind: 'counterfeit' | 'brand-misuse' | 'fake-received' | 'other', comment?: string,
 *     listing: Listing, verdict?: Verdict, sent?: boolean }
 * v1 — one `local:report:<id>` per report (./schema.ts `Report`), `local:reports-meta` = { schema: 1, … }.
 *
 * Contract: idempotent and resumable. Ids are deterministic (the legacy `reportId`, else a UUID-shaped hash of the
 * entry), every write is a put of the same value under the same key, and the legacy array is removed only after
 * every entry is written (or quarantined). A crash midway leaves the array in place; the next run rewrites the same
 * keys — no loss, no duplicates. Entries that cannot be converted are quarantined, never dropped.
 */
import { storage } from '@wxt-dev/storage';
import { z } from '../zod';
import { sellerKey } from '../scoring/seller';
import { NOTE_MAX, Report, ReportId, describeIssues, type ReportReason } from './schema';
import { STORE_SCHEMA, quarantineKey, reportKey, reportsMetaItem, writeReport, type QuarantinedRecord } from './store';

export const LEGACY_KEY = 'local:reports' as const;

const LEGACY_KIND: Record<string, ReportReason> = {
  counterfeit: 'looks-counterfeit',
  'brand-misuse': 'misuses-brand',
  'fake-received': 'received-fake',
  other: 'other',
};

const LegacyEntry = z.object({
  reportId: z.optional(z.string()),
  ts: z.number().check(z.gte(0), z.lte(8.64e15)),
  kind: z.string(),
  comment: z.optional(z.string()),
  listing: z.unknown(),
  verdict: z.optional(z.unknown()),
  sent: z.optional(z.boolean()),
});

async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stable UUID-shaped id (version nibble 8 = "custom") for a legacy entry without a usable reportId. */
export async function legacyId(entry: unknown): Promise<string> {
  const h = await sha256Hex(JSON.stringify(entry) ?? 'undefined');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Convert one v0 entry. Throws a readable message when it cannot. */
export async function convertLegacy(entry: unknown): Promise<Report> {
  const e = LegacyEntry.safeParse(entry);
  if (!e.success) throw new Error(describeIssues(e.error.issues));
  const reason = LEGACY_KIND[e.data.kind];
  if (!reason) throw new Error(`kind: unknown value "${e.data.kind}"`);
  const id = e.data.reportId && ReportId.safeParse(e.data.reportId.toLowerCase()).success
    ? e.data.reportId.toLowerCase()
    : await legacyId(entry);
  const listing = e.data.listing as Report['listing'];
  const seller = (listing as { seller?: { name?: unknown; id?: unknown } | null })?.seller;
  const verdict = e.data.verdict as Report['verdict'];
  const comment = e.data.comment?.trim().slice(0, NOTE_MAX);
  const candidate = {
    v: 1,
    id,
    createdAt: new Date(e.data.ts).toISOString(),
    reason,
    ...(comment ? { note: comment } : {}),
    listing,
    ...(verdict ? { verdict } : {}),
    site: (listing as { site?: unknown })?.site,
    ...(seller && typeof seller.name === 'string'
      ? { sellerKey: sellerKey(String((listing as { site?: unknown }).site), seller as { name: string; id?: string }) }
      : {}),
    ...(verdict?.brand ? { brand: { id: verdict.brand.id, name: verdict.brand.name } } : {}),
    send: e.data.sent ? { status: 'sent', attempts: 0 } : { status: 'local', attempts: 0 },
  };
  const parsed = Report.safeParse(candidate);
  if (!parsed.success) throw new Error(describeIssues(parsed.error.issues));
  return parsed.data;
}

export interface MigrationResult {
  from: number;
  to: number;
  migrated: number;
  /** Entries already present from an interrupted earlier run (rewritten with the same value). */
  alreadyPresent: number;
  quarantined: number;
}

/** Bring stored reports to the current layout. Safe to call any number of times, from any extension context. */
export async function migrateReports(now: Date = new Date()): Promise<MigrationResult> {
  const meta = await reportsMetaItem.getValue();
  const legacy = await storage.getItem<unknown>(LEGACY_KEY);
  const result: MigrationResult = { from: meta.schema, to: STORE_SCHEMA, migrated: 0, alreadyPresent: 0, quarantined: 0 };
  if (legacy == null) {
    if (meta.schema !== STORE_SCHEMA) await reportsMetaItem.setValue({ ...meta, schema: STORE_SCHEMA });
    return result;
  }
  result.from = 0;
  const entries: unknown[] = Array.isArray(legacy) ? legacy : [legacy];
  for (const [i, entry] of entries.entries()) {
    let record: Report;
    try {
      record = await convertLegacy(entry);
    } catch (err) {
      const qid = `legacy-${(await legacyId(entry)).slice(0, 18)}`;
      const q: QuarantinedRecord = {
        key: `reports[${i}]`,
        raw: entry,
        error: `v0 → v1: ${(err as Error).message}`,
        quarantinedAt: now.toISOString(),
      };
      await storage.setItem(quarantineKey(qid), q);
      result.quarantined++;
      continue;
    }
    const existing = await storage.getItem<unknown>(reportKey(record.id));
    if (existing != null) {
      // Written by an interrupted earlier run, or a legacy duplicate of the same id: keep the stored record.
      result.alreadyPresent++;
      continue;
    }
    await writeReport(record);
    result.migrated++;
  }
  // Every entry is now stored under its own key (or quarantined): only now the array may go.
  await storage.removeItem(LEGACY_KEY);
  await reportsMetaItem.setValue({
    schema: STORE_SCHEMA,
    migratedAt: now.toISOString(),
    migrated: result.migrated + result.alreadyPresent,
    quarantined: result.quarantined,
  });
  return result;
}
