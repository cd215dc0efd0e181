/**
 * The report record: what the user filed about one listing, with a snapshot of the listing and its verdict at that
 * moment, and the state of sending it to the user's own endpoint (if they configured one).
 * Contract: `Report` is the stored format (schema version `v: 1`); every record read back from storage or from an
 * import file is parsed with it. `createReport` is pure (id, time and endpoint are passed in).
 */
import { z, type Infer } from '../zod';
import { Listing } from '../schema/listing';
import { Verdict } from '../schema/verdict';
import { SITE_IDS } from '../sites';
import { sellerKey } from '../scoring/seller';

export const REPORT_REASONS = ['looks-counterfeit', 'misuses-brand', 'received-fake', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const SEND_STATUSES = ['local', 'pending', 'sent', 'failed'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];

export const NOTE_MAX = 2000;
/** crypto.randomUUID() output (and the UUID-shaped ids derived for migrated legacy reports). */
export const ReportId = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));
/** `new Date().toISOString()` output. */
export const IsoDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));

export const SendState = z.object({
  status: z.enum(SEND_STATUSES),
  /** POST attempts made so far (an attempt is counted before the request goes out). */
  attempts: z.number().check(z.int(), z.gte(0)),
  nextAttemptAt: z.optional(IsoDateTime),
  lastAttemptAt: z.optional(IsoDateTime),
  lastError: z.optional(z.string().check(z.maxLength(500))),
  sentAt: z.optional(IsoDateTime),
});
export type SendState = Infer<typeof SendState>;

export const Report = z.object({
  v: z.literal(1),
  id: ReportId,
  createdAt: IsoDateTime,
  reason: z.enum(REPORT_REASONS),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
  listing: Listing,
  verdict: z.optional(Verdict),
  site: z.enum(SITE_IDS),
  /** lib/scoring `sellerKey(site, seller)`: how the verdicts recognise this seller later. */
  sellerKey: z.optional(z.string().check(z.maxLength(400))),
  brand: z.optional(z.object({ id: z.string().check(z.maxLength(100)), name: z.string().check(z.maxLength(300)) })),
  send: SendState,
});
export type Report = Infer<typeof Report>;

/** What a UI hands over to file a report. */
export const NewReport = z.object({
  reason: z.enum(REPORT_REASONS),
  note: z.optional(z.string().check(z.maxLength(NOTE_MAX))),
  listing: Listing,
  verdict: z.optional(Verdict),
  brand: z.optional(z.object({ id: z.string().check(z.maxLength(100)), name: z.string().check(z.maxLength(300)) })),
});
export type NewReport = Infer<typeof NewReport>;

/** Build a v1 record. `endpointSet`: a report endpoint is configured, so the record starts as `pending`. */
export function createReport(
  input: NewReport,
  opts: { id: string; now: Date; endpointSet: boolean },
): Report {
  const { listing } = input;
  const note = input.note?.trim();
  const brand = input.brand ?? (input.verdict?.brand ? { id: input.verdict.brand.id, name: input.verdict.brand.name } : undefined);
  const createdAt = opts.now.toISOString();
  return {
    v: 1,
    id: opts.id,
    createdAt,
    reason: input.reason,
    ...(note ? { note } : {}),
    listing,
    ...(input.verdict ? { verdict: input.verdict } : {}),
    site: listing.site,
    ...(listing.seller ? { sellerKey: sellerKey(listing.site, listing.seller) } : {}),
    ...(brand ? { brand } : {}),
    send: opts.endpointSet ? { status: 'pending', attempts: 0, nextAttemptAt: createdAt } : { status: 'local', attempts: 0 },
  };
}

/** Zod issues as one short line ("listing.url: Invalid string; v: …"). */
export function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 4)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
