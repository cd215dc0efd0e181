import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from '@wxt-dev/storage';
import {
  ReportStoreError,
  ReportStoreFullError,
  deleteReport,
  getReport,
  isQuotaError,
  listReportedSellers,
  listReports,
  restoreReport,
  saveReport,
  updateReport,
} from '../../../lib/reports/store';
import { setReportEndpoint } from '../../../lib/reports/endpoint';
import { scoreListing, sellerKey } from '../../../lib/scoring';
import { loadBrandIndex } from '../../../lib/brands';
import { newReport, listing } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('report store', () => {
  it('saves and lists a report, with seller key, brand and local status', async () => {
    const saved = await saveReport(newReport(1), { now: new Date('2026-11-29T08:00:00.000Z') });
    expect(saved.v).toBe(1);
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(saved.sellerKey).toBe(sellerKey('amazon', { name: 'Cheap Store', id: 'A1B2C3' }));
    expect(saved.brand).toEqual({ id: 'gucci', name: 'Gucci' });
    expect(saved.send).toEqual({ status: 'local', attempts: 0 });
    // stored under its own key
    expect(await storage.getItem(`local:report:${saved.id}`)).toEqual(saved);
    const { reports, quarantined } = await listReports();
    expect(reports).toEqual([saved]);
    expect(quarantined).toEqual([]);
    expect(await getReport(saved.id)).toEqual(saved);
  });

  it('starts as pending when an endpoint is configured, and schedules the send alarm', async () => {
    await setReportEndpoint('https://reports.example.org/in');
    const saved = await saveReport(newReport(2));
    expect(saved.send.status).toBe('pending');
    expect(saved.send.nextAttemptAt).toBe(saved.createdAt);
    expect(await fakeBrowser.alarms.get('copycat-guard:send-reports')).toBeDefined();
  });

  it('refuses an invalid report with a typed error and stores nothing', async () => {
    const bad = newReport(3, { note: 'x'.repeat(2001) });
    await expect(saveReport(bad)).rejects.toBeInstanceOf(ReportStoreError);
    expect((await listReports()).reports).toHaveLength(0);
  });

  it('keeps all 100 reports saved concurrently from the popup and the background paths', async () => {
    const popup = Array.from({ length: 50 }, (_, i) => saveReport(newReport(i)));
    const background = Array.from({ length: 50 }, (_, i) => saveReport(newReport(100 + i, { reason: 'other' })));
    const saved = await Promise.all([...popup, ...background]);
    const { reports } = await listReports();
    expect(reports).toHaveLength(100);
    expect(new Set(reports.map((r) => r.id))).toEqual(new Set(saved.map((r) => r.id)));
  });

  it('control: the v0 layout (one shared array, read-modify-write) loses reports under the same load', async () => {
    // Shows why the store uses one key per report: this is what the concurrency test above would catch.
    const append = async (i: number) => {
      const arr = ((await storage.getItem<unknown[]>('local:reports')) ?? []).slice();
      arr.push(i);
      await storage.setItem('local:reports', arr);
    };
    await Promise.all(Array.from({ length: 100 }, (_, i) => append(i)));
    expect(((await storage.getItem<unknown[]>('local:reports')) ?? []).length).toBeLessThan(100);
  });

  it('concurrent saves interleaved with deletes and status updates lose nothing else', async () => {
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => saveReport(newReport(i))));
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => saveReport(newReport(50 + i))),
      ...first.slice(0, 5).map((r) => deleteReport(r.id)),
      ...first.slice(5, 10).map((r) => updateReport(r.id, (c) => ({ ...c, send: { ...c.send, status: 'failed' } }))),
    ]);
    const { reports } = await listReports();
    expect(reports).toHaveLength(35);
    expect(reports.filter((r) => r.send.status === 'failed')).toHaveLength(5);
  });

  it('quarantines a corrupt record with its raw value and error instead of dropping it', async () => {
    const good = await saveReport(newReport(1));
    const corrupt = { v: 1, id: '11111111-2222-4333-8444-555555555555', reason: 'looks-counterfeit', listing: { url: 'javascript:alert(1)' } };
    await fakeBrowser.storage.local.set({ 'report:11111111-2222-4333-8444-555555555555': corrupt, 'report:not-json-at-all': 42 });
    const first = await listReports(new Date('2026-11-29T09:00:00.000Z'));
    expect(first.reports.map((r) => r.id)).toEqual([good.id]);
    expect(first.quarantined).toHaveLength(2);
    const q = first.quarantined.find((x) => x.key === 'report:11111111-2222-4333-8444-555555555555')!;
    expect(q.raw).toEqual(corrupt);
    expect(q.error).toMatch(/createdAt|listing|send/);
    // moved aside: original key gone, quarantine key present; listed again on the next read
    const raw = await fakeBrowser.storage.local.get();
    expect(raw['report:11111111-2222-4333-8444-555555555555']).toBeUndefined();
    expect(raw['report-quarantine:11111111-2222-4333-8444-555555555555']).toBeDefined();
    const second = await listReports();
    expect(second.quarantined).toHaveLength(2);
    expect(second.reports).toHaveLength(1);
  });

  it('surfaces a full quota as ReportStoreFullError and keeps earlier reports', async () => {
    const before = await Promise.all([saveReport(newReport(1)), saveReport(newReport(2))]);
    for (const message of [
      'QUOTA_BYTES quota exceeded',
      'Resource::kQuotaBytes quota exceeded',
      'QuotaExceededError: storage.local API call exceeded its quota limitations.',
    ]) {
      const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error(message));
      const err = await saveReport(newReport(3)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ReportStoreFullError);
      expect((err as ReportStoreFullError).userMessage.en).toMatch(/full.*NOT saved.*earlier reports are safe/s);
      expect((err as ReportStoreFullError).userMessage.zh).toMatch(/已满/);
      spy.mockRestore();
    }
    const { reports } = await listReports();
    expect(reports.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
  });

  it('recognises quota errors by name and message, and nothing else', () => {
    const dom = new Error('x');
    dom.name = 'QuotaExceededError';
    expect(isQuotaError(dom)).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('Extension context invalidated.'))).toBe(false);
  });

  it('does not report "saved" when the read-back differs', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockResolvedValueOnce(undefined); // write silently lost
    await expect(saveReport(newReport(4))).rejects.toThrow(/read-back/);
  });

  it('delete returns the exact record and restore brings it back identical', async () => {
    const saved = await saveReport(newReport(5));
    const deleted = await deleteReport(saved.id);
    expect(deleted).toEqual(saved);
    expect((await listReports()).reports).toHaveLength(0);
    await restoreReport(deleted!);
    expect(await getReport(saved.id)).toEqual(saved);
  });

  it('updateReport does not resurrect a deleted report', async () => {
    const saved = await saveReport(newReport(6));
    await deleteReport(saved.id);
    expect(await updateReport(saved.id, (r) => ({ ...r, note: 'x' }))).toBeNull();
    expect(await getReport(saved.id)).toBeNull();
  });

  it('lists reported sellers in the shape the scoring uses, and the verdict then names the report', async () => {
    await saveReport(newReport(7), { now: new Date('2026-10-01T10:00:00.000Z') });
    await saveReport(newReport(8, { listing: listing(8, { seller: null }) }));
    const sellers = await listReportedSellers();
    expect(sellers).toEqual([{ site: 'amazon', sellerKey: 'amazon:id:a1b2c3', reportedAt: '2026-10-01T10:00:00.000Z' }]);
    const v = scoreListing(listing(9, { title: 'Gucci GG Marmont leather belt' }), {
      index: loadBrandIndex(),
      reportedSellers: sellers,
    });
    const sig = v.signals.find((s) => s.id === 'reported-seller');
    expect(sig?.message.en).toContain('2026-10-01');
  });
});
