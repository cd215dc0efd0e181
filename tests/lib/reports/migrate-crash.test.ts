/**
 * Issue 8: "migration from every earlier schema version … nothing lost" and "service worker killed between any two
 * steps". The v0 → v1 report-store migration (lib/reports/migrate.ts) is killed at EVERY storage operation of a clean
 * run, in both modes (./kill.ts: the k-th operation never happens, or happens and is the worker's last). Then the
 * worker restarts on the same storage and does its start-up work (`registerReportBackground`: migrate, then a queue
 * run). Afterwards every legacy report is stored exactly once as a valid v1 record, equal to what an uninterrupted
 * migration stores (so entries without an id get the same id), unconvertible entries are quarantined, the legacy array
 * is gone, the meta says schema 1, other keys are untouched, and one more run changes nothing.
 * A report the popup saves while a migration is half-done (or dead) is kept too.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '@wxt-dev/storage';
import { registerReportBackground } from '../../../lib/background/report-handlers';
import { LEGACY_KEY, legacyId, migrateReports } from '../../../lib/reports/migrate';
import { Report } from '../../../lib/reports/schema';
import { STORE_SCHEMA, listReports, reportsMetaItem, saveReport, type QuarantinedRecord } from '../../../lib/reports/store';
import { Kill, countOps, runKilled, type KillMode } from './kill';
import { listing, newReport, verdict } from './helpers';

const T0 = Date.parse('2026-11-29T08:00:00.000Z');
const ID0 = '3f2a9c1e-7b4d-4e8a-9c0f-1a2b3c4d5e6f';
const ID3 = 'A0B1C2D3-E4F5-4A6B-8C7D-8E9FA0B1C2D3';

/**
 * A v0 array as the pre-release builds left it: entries with and without `reportId`, an upper-case id, an id that is
 * not a UUID, an exact duplicate (a double-clicked Save), and two entries that cannot be converted.
 */
const LEGACY: unknown[] = [
  { reportId: ID0, ts: Date.UTC(2026, 5, 1, 12), kind: 'counterfeit', comment: '  first  ', listing: listing(0), verdict },
  { ts: Date.UTC(2026, 5, 2, 12), kind: 'brand-misuse', listing: listing(1), verdict },
  { ts: Date.UTC(2026, 5, 3, 12), kind: 'fake-received', comment: 'arrived fake', listing: listing(2), sent: true },
  { reportId: ID3, ts: Date.UTC(2026, 5, 4, 12), kind: 'other', listing: listing(3), verdict },
  { reportId: 'r-17', ts: Date.UTC(2026, 5, 5, 12), kind: 'counterfeit', listing: listing(4) },
  { ts: 'yesterday', kind: 'counterfeit', listing: listing(5) }, // unconvertible: ts is not a number
  { ts: Date.UTC(2026, 5, 6, 12), kind: 'spam', listing: listing(6) }, // unconvertible: unknown kind
  { ts: Date.UTC(2026, 5, 2, 12), kind: 'brand-misuse', listing: listing(1), verdict }, // duplicate of [1]
];
const CONVERTIBLE_URLS = [0, 1, 2, 3, 4].map((i) => listing(i).url);
const QUARANTINED_AT = ['reports[5]', 'reports[6]'];
/** A key the migration must never touch. */
const OTHER_KEY = 'local:settings' as const;
const OTHER_VALUE = { lang: 'zh', badges: true };

/** Storage as the pre-release build left it. */
async function seedLegacy(): Promise<void> {
  fakeBrowser.reset();
  await storage.setItem(LEGACY_KEY, structuredClone(LEGACY));
  await storage.setItem(OTHER_KEY, OTHER_VALUE);
}

/** The whole of storage.local as one string with sorted keys (byte-identical = equal strings). */
async function dump(): Promise<string> {
  const all = (await fakeBrowser.storage.local.get()) as Record<string, unknown>;
  return JSON.stringify(Object.keys(all).sort().map((k) => [k, all[k]]));
}

async function rawReportKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get()).filter((k) => k.startsWith('report:')).sort();
}

const withoutTime = (q: QuarantinedRecord) => ({ key: q.key, raw: q.raw, error: q.error });

/** What an uninterrupted migration of LEGACY stores (the reference every interrupted one must reach). */
interface Reference {
  reports: Report[];
  quarantined: ReturnType<typeof withoutTime>[];
}

let clock = T0;
function advance(ms: number): void {
  clock += ms;
  vi.setSystemTime(clock);
}
beforeEach(() => {
  fakeBrowser.reset();
  clock = T0;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
});
afterEach(() => {
  vi.useRealTimers();
});

async function reference(): Promise<Reference & { total: number; log: string[] }> {
  await seedLegacy();
  const { total, log } = await countOps(() => migrateReports());
  // At least: read the meta and the array, one write per entry, remove the array, write the meta — so no kill loop
  // below can silently be empty.
  expect(total, log.join('\n')).toBeGreaterThanOrEqual(2 + LEGACY.length + 2);
  const { reports, quarantined } = await listReports();
  return { reports, quarantined: quarantined.map(withoutTime), total, log };
}

/**
 * What must hold right after the worker died, before anything restarts: the legacy array is untouched, or it is gone
 * and every entry is already stored under its own key (the array goes only at the end). No half-written record.
 */
async function checkDeadState(ref: Reference, where: string): Promise<void> {
  const legacy = await storage.getItem<unknown>(LEGACY_KEY);
  const { reports, quarantined } = await listReports();
  const refIds = new Set(ref.reports.map((r) => r.id));
  for (const r of reports) {
    if (refIds.has(r.id)) expect(r, `${where}: a migrated record is written whole`).toEqual(ref.reports.find((x) => x.id === r.id));
  }
  if (legacy != null) {
    expect(legacy, `${where}: the legacy array is untouched until the end`).toEqual(LEGACY);
  } else {
    expect(reports.filter((r) => refIds.has(r.id)).map((r) => r.id).sort(), `${where}: array removed before every record was written`)
      .toEqual([...refIds].sort());
    expect(quarantined.map((q) => q.key).sort(), `${where}: array removed before every entry was quarantined`).toEqual(QUARANTINED_AT);
  }
  expect(await storage.getItem(OTHER_KEY), where).toEqual(OTHER_VALUE);
}

/** The end state after a restart, whatever happened before. `extra` = reports saved by other contexts meanwhile. */
async function checkMigrated(ref: Reference, where: string, extra: Report[] = []): Promise<void> {
  expect(await storage.getItem(LEGACY_KEY), `${where}: legacy array removed`).toBeNull();
  expect((await reportsMetaItem.getValue()).schema, `${where}: meta`).toBe(STORE_SCHEMA);
  expect(await storage.getItem(OTHER_KEY), `${where}: other keys untouched`).toEqual(OTHER_VALUE);

  const { reports, quarantined } = await listReports();
  for (const r of reports) expect(Report.safeParse(r).success, `${where}: ${r.id} is a valid v1 record`).toBe(true);
  // Exactly the reference records (same ids, same content) plus the other contexts' reports; nothing twice.
  const byId = (a: Report, b: Report) => (a.id < b.id ? -1 : 1);
  expect([...reports].sort(byId), `${where}: records`).toEqual([...ref.reports, ...extra].sort(byId));
  expect(await rawReportKeys(), `${where}: one key per record`).toEqual(reports.map((r) => `report:${r.id}`).sort());
  // Every convertible legacy report once (by its listing), the duplicate entry collapsed into its twin.
  const legacyUrls = reports.map((r) => r.listing.url).filter((u) => CONVERTIBLE_URLS.includes(u)).sort();
  expect(legacyUrls, `${where}: each legacy report once`).toEqual([...CONVERTIBLE_URLS].sort());
  // Quarantined entries are kept with their raw value (the time is the run's own, so it is left out).
  const q = quarantined.map(withoutTime).sort((a, b) => (a.key < b.key ? -1 : 1));
  expect(q, `${where}: quarantined`).toEqual([...ref.quarantined].sort((a, b) => (a.key < b.key ? -1 : 1)));
}

/** One more migration (and start-up) must change nothing at all, and write nothing. */
async function checkNoOp(where: string): Promise<void> {
  const before = await dump();
  const { log } = await countOps(() => migrateReports());
  expect(log.filter((op) => !op.startsWith('get')), `${where}: a settled store needs no writes`).toEqual([]);
  expect(await dump(), `${where}: storage byte-identical after one more run`).toBe(before);
}

describe('v0 → v1 migration: the reference run', () => {
  it('converts the legacy array as documented (the oracle for the crash runs below)', async () => {
    const ref = await reference();
    expect(ref.reports).toHaveLength(5); // 6 convertible entries, one an exact duplicate
    const byUrl = new Map(ref.reports.map((r) => [r.listing.url, r]));
    expect(byUrl.get(listing(0).url)!.id).toBe(ID0);
    expect(byUrl.get(listing(0).url)!.note).toBe('first');
    expect(byUrl.get(listing(3).url)!.id).toBe(ID3.toLowerCase());
    // Entries without a usable id get the deterministic id of their content.
    expect(byUrl.get(listing(1).url)!.id).toBe(await legacyId(LEGACY[1]));
    expect(byUrl.get(listing(2).url)!.id).toBe(await legacyId(LEGACY[2]));
    expect(byUrl.get(listing(4).url)!.id).toBe(await legacyId(LEGACY[4]));
    expect(byUrl.get(listing(2).url)!.send.status).toBe('sent');
    expect(ref.quarantined.map((q) => q.key).sort()).toEqual(QUARANTINED_AT);
    expect(ref.quarantined.find((q) => q.key === 'reports[5]')!.raw).toEqual(LEGACY[5]);
    expect(ref.quarantined.find((q) => q.key === 'reports[6]')!.error).toMatch(/unknown value "spam"/);
    await checkMigrated(ref, 'clean run');
    await checkNoOp('clean run');
  });

  it('removes the legacy array only after every record and quarantine write, then writes the meta', async () => {
    const { log } = await reference();
    const removeAt = log.indexOf('remove reports');
    expect(removeAt, log.join('\n')).toBeGreaterThan(0);
    const lastEntryWrite = Math.max(...log.map((op, i) => (/^set report(-quarantine)?:/.test(op) ? i : -1)));
    expect(lastEntryWrite, log.join('\n')).toBeLessThan(removeAt);
    expect(log.slice(removeAt + 1), log.join('\n')).toEqual(['set reports-meta']);
  });
});

describe('v0 → v1 migration: worker killed at every storage operation, then restarted', () => {
  for (const mode of ['before', 'after'] as const satisfies readonly KillMode[]) {
    it(`kill ${mode} each operation → restart converges to the reference, a third run is a no-op`, async () => {
      const ref = await reference();
      console.log(`[migrate-crash] a clean migration of ${LEGACY.length} legacy entries makes ${ref.total} storage operations`);
      let died = 0;
      for (let k = 0; k < ref.total; k++) {
        const where = `kill ${mode} op ${k} of ${ref.total} (${ref.log[k]})`;
        await seedLegacy();
        clock = T0;
        vi.setSystemTime(clock);
        const first = await runKilled(new Kill(k, mode), () => migrateReports());
        if (first.died) died++;
        expect(first.died, where).toBe(true);
        await checkDeadState(ref, where);
        // Restart later: the background's start-up work on the same storage.
        advance(3600_000);
        await registerReportBackground();
        await checkMigrated(ref, where);
        await checkNoOp(where);
      }
      expect(died).toBe(ref.total);
    });
  }

  it('killed twice in a row (at every pair of points, "before") → the third start still converges', async () => {
    const ref = await reference();
    for (let k = 0; k < ref.total; k++) {
      await seedLegacy();
      await runKilled(new Kill(k, 'before'), () => migrateReports());
      // The restarted worker makes its own operations; kill it at every point of its own run.
      const snapshot = await dump();
      const { total: resumedOps } = await countOps(() => migrateReports());
      for (let j = 0; j < resumedOps; j++) {
        const where = `kill before op ${k}, then before op ${j} of the resumed run`;
        // back to the state the first kill left
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set(Object.fromEntries(JSON.parse(snapshot) as [string, unknown][]));
        await runKilled(new Kill(j, 'before'), () => migrateReports());
        await checkDeadState(ref, where);
        await registerReportBackground();
        await checkMigrated(ref, where);
      }
    }
  });
});

describe('v0 → v1 migration: the popup saves a report while a migration is half-done', () => {
  for (const mode of ['before', 'after'] as const satisfies readonly KillMode[]) {
    it(`popup save before operation k, worker killed ${mode} operation j (every k, j) → the popup's report is kept`, async () => {
      const ref = await reference();
      let runs = 0;
      for (let k = 0; k <= ref.total; k++) {
        // j = ref.total: the worker is not killed at all (the migration completes around the popup's save).
        for (let j = 0; j <= ref.total; j++) {
          const where = `popup saves before op ${k}, worker killed ${mode} op ${j} of ${ref.total}`;
          await seedLegacy();
          let saved: Report | undefined;
          const kill = new Kill(j, mode).during(k, async () => {
            saved = await saveReport(newReport(900, { note: `popup ${k}/${j}` }));
          });
          await runKilled(kill, () => migrateReports());
          expect(saved, where).toBeDefined();
          if (j < ref.total) await checkDeadState(ref, where);
          await registerReportBackground();
          await checkMigrated(ref, where, [saved!]);
          runs++;
        }
      }
      expect(runs).toBe((ref.total + 1) ** 2);
    });
  }
});
