import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '@wxt-dev/storage';
import { LEGACY_KEY, convertLegacy, legacyId, migrateReports } from '../../../lib/reports/migrate';
import { listReports, reportsMetaItem } from '../../../lib/reports/store';
import { Report } from '../../../lib/reports/schema';
import { listing, verdict } from './helpers';

/** The pre-release (v0) layout: every report in one array under `local:reports`, older field names. */
function legacyEntries(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    ...(i % 2 === 0 ? { reportId: crypto.randomUUID() } : {}), // earliest builds had no id
    ts: Date.UTC(2026, 5, 1, 12, 0, i),
    kind: (['counterfeit', 'brand-misuse', 'fake-received', 'other'] as const)[i % 4],
    comment: i % 3 === 0 ? `  comment ${i}  ` : undefined,
    listing: listing(i),
    verdict,
    sent: i === 1,
  }));
}

async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get()).sort();
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('v0 → v1 migration', () => {
  it('converts every legacy entry to a per-key v1 record and removes the array', async () => {
    const legacy = legacyEntries(10);
    await storage.setItem(LEGACY_KEY, legacy);
    const res = await migrateReports(new Date('2026-11-29T08:00:00.000Z'));
    expect(res).toMatchObject({ from: 0, to: 1, migrated: 10, alreadyPresent: 0, quarantined: 0 });
    expect(await storage.getItem(LEGACY_KEY)).toBeNull();
    expect(await reportsMetaItem.getValue()).toMatchObject({ schema: 1, migrated: 10, quarantined: 0 });
    const { reports, quarantined } = await listReports();
    expect(quarantined).toEqual([]);
    expect(reports).toHaveLength(10);
    for (const r of reports) expect(Report.safeParse(r).success).toBe(true);
    const byUrl = new Map(reports.map((r) => [r.listing.url, r]));
    const r0 = byUrl.get(listing(0).url)!;
    expect(r0.id).toBe(legacy[0]!.reportId);
    expect(r0.reason).toBe('looks-counterfeit');
    expect(r0.note).toBe('comment 0');
    expect(r0.createdAt).toBe('2026-06-01T12:00:00.000Z');
    expect(r0.sellerKey).toBe('amazon:id:a1b2c3');
    expect(r0.brand).toEqual({ id: 'gucci', name: 'Gucci' });
    expect(byUrl.get(listing(1).url)!.send.status).toBe('sent');
    expect(byUrl.get(listing(2).url)!.reason).toBe('received-fake');
  });

  it('is idempotent: a second run changes nothing', async () => {
    await storage.setItem(LEGACY_KEY, legacyEntries(6));
    await migrateReports(new Date('2026-11-29T08:00:00.000Z'));
    const after1 = await fakeBrowser.storage.local.get();
    const res2 = await migrateReports(new Date('2026-11-30T08:00:00.000Z'));
    expect(res2).toMatchObject({ from: 1, migrated: 0, quarantined: 0 });
    expect(await fakeBrowser.storage.local.get()).toEqual(after1);
  });

  it('derives the same id for an entry without reportId every time (so a resumed run cannot duplicate)', async () => {
    const [, e1] = legacyEntries(2);
    expect(await legacyId(e1)).toBe(await legacyId(structuredClone(e1)));
    expect((await convertLegacy(e1)).id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  for (const k of [0, 1, 4, 7]) {
    it(`resumes a migration interrupted after ${k} record writes without loss or duplicates`, async () => {
      const legacy = legacyEntries(8);
      await storage.setItem(LEGACY_KEY, legacy);
      const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
      let writes = 0;
      const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
        if (Object.keys(items).some((key) => key.startsWith('report:')) && writes++ >= k) {
          throw new Error('service worker stopped'); // the crash
        }
        return realSet(items);
      });
      await expect(migrateReports()).rejects.toThrow('service worker stopped');
      spy.mockRestore();
      // mid-way: the legacy array is still there, k records written
      expect(await storage.getItem(LEGACY_KEY)).toEqual(legacy);
      expect((await listReports()).reports).toHaveLength(k);

      const res = await migrateReports();
      expect(res.migrated + res.alreadyPresent).toBe(8);
      expect(res.alreadyPresent).toBe(k);
      const { reports } = await listReports();
      expect(reports).toHaveLength(8);
      expect(new Set(reports.map((r) => r.listing.url)).size).toBe(8);
      expect(await storage.getItem(LEGACY_KEY)).toBeNull();
      const keys = await storedKeys();
      expect(keys.filter((x) => x.startsWith('report:'))).toHaveLength(8);
    });
  }

  it('quarantines legacy entries it cannot convert, keeps the rest', async () => {
    const legacy = [...legacyEntries(2), { ts: 'yesterday', kind: 'counterfeit' }, { ...legacyEntries(1)[0], kind: 'spam' }];
    await storage.setItem(LEGACY_KEY, legacy);
    const res = await migrateReports();
    expect(res).toMatchObject({ migrated: 2, quarantined: 2 });
    const { reports, quarantined } = await listReports();
    expect(reports).toHaveLength(2);
    expect(quarantined).toHaveLength(2);
    expect(quarantined.map((q) => q.key).sort()).toEqual(['reports[2]', 'reports[3]']);
    expect(quarantined.find((q) => q.key === 'reports[3]')!.error).toMatch(/kind: unknown value "spam"/);
    expect(quarantined.find((q) => q.key === 'reports[2]')!.raw).toEqual(legacy[2]);
  });

  it('on a fresh install just records schema 1', async () => {
    const res = await migrateReports();
    expect(res).toMatchObject({ from: 0, migrated: 0 });
    expect((await reportsMetaItem.getValue()).schema).toBe(1);
    expect(await storedKeys()).toEqual(['reports-meta']);
  });
});
