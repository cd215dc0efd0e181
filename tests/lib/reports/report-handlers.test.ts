import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleReportMessage, registerReportBackground } from '../../../lib/background/report-handlers';
import { handleScore } from '../../../lib/background/score';
import type { Report } from '../../../lib/reports/schema';
import { listing, newReport } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('report/… messages (background)', () => {
  it('saves a report and answers with the record and the next steps', async () => {
    const reply = await handleReportMessage({ type: 'report/save', input: newReport(1) });
    expect(reply.ok).toBe(true);
    const { report, nextSteps } = reply as { report: Report; nextSteps: { channels: { kind: string }[]; summary: { en: string } } };
    expect(report.send.status).toBe('local');
    expect(nextSteps.channels.map((c) => c.kind)).toEqual(expect.arrayContaining(['buyer-protection', 'ip-report']));
    expect(nextSteps.summary.en).toContain(report.listing.url);
    const list = await handleReportMessage({ type: 'report/list' });
    expect((list as { reports: Report[] }).reports.map((r) => r.id)).toEqual([report.id]);
  });

  it('refuses malformed and hostile messages with a clear error, storing nothing', async () => {
    const hostile: unknown[] = [
      null,
      { type: 'report/save' },
      { type: 'report/save', input: { ...newReport(1), note: 'x'.repeat(5000) } },
      { type: 'report/save', input: { ...newReport(1), listing: { ...listing(1), url: 'javascript:alert(1)' } } },
      { type: 'report/delete', id: '../../etc' },
      { type: 'report/restore', report: { __proto__: { v: 1 } } },
      { type: 'report/import', text: 'x'.repeat(5_000_001) },
      JSON.parse('{"type":"report/list","__proto__":{"polluted":true}}'),
    ];
    for (const msg of hostile.slice(0, -1)) {
      const reply = await handleReportMessage(msg);
      expect(reply.ok, JSON.stringify(msg)?.slice(0, 80)).toBe(false);
      expect((reply as { error: string }).error).toMatch(/^invalid message/);
    }
    expect((await handleReportMessage(hostile.at(-1))).ok).toBe(true); // extra keys are ignored, nothing polluted
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(await fakeBrowser.storage.local.get()).filter((k) => k.startsWith('report:'))).toEqual([]);
  });

  it('passes a full quota to the UI as a user message', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const reply = await handleReportMessage({ type: 'report/save', input: newReport(1) });
    expect(reply).toMatchObject({ ok: false, userError: { en: expect.stringContaining('full') } });
  });

  it('delete then restore through messages gives back the exact record', async () => {
    const { report } = (await handleReportMessage({ type: 'report/save', input: newReport(2) })) as { report: Report };
    const del = (await handleReportMessage({ type: 'report/delete', id: report.id })) as { deleted: Report };
    expect(del.deleted).toEqual(report);
    await handleReportMessage({ type: 'report/restore', report: del.deleted });
    const list = (await handleReportMessage({ type: 'report/list' })) as { reports: Report[] };
    expect(list.reports).toEqual([report]);
  });

  it('a restarted background (fresh modules) still has every report, and flags the reported seller', async () => {
    const { report } = (await handleReportMessage({ type: 'report/save', input: newReport(3) })) as { report: Report };
    vi.resetModules(); // the service worker stopped: module state is gone, storage stays
    const fresh = await import('../../../lib/background/report-handlers');
    const scoreMod = await import('../../../lib/background/score');
    await fresh.registerReportBackground();
    const list = (await fresh.handleReportMessage({ type: 'report/list' })) as { reports: Report[] };
    expect(list.reports.map((r) => r.id)).toEqual([report.id]);
    const reply = await scoreMod.handleScore(
      { type: 'cs/score', pageUrl: 'https://www.amazon.com/s?k=gucci', pageKind: 'search', items: [{ ref: 'c1', listing: listing(4, { title: 'Gucci GG Marmont leather belt' }) }] },
      undefined,
    );
    const sig = reply.results[0]!.verdict.signals.find((s) => s.id === 'reported-seller');
    expect(sig?.message.en).toContain(report.createdAt.slice(0, 10));
  });

  it('without registration the scoring knows no reported sellers (control)', async () => {
    await handleReportMessage({ type: 'report/save', input: newReport(5) });
    void registerReportBackground; // not called in this test
    const reply = await handleScore(
      { type: 'cs/score', pageUrl: 'https://www.amazon.com/s', pageKind: 'search', items: [{ ref: 'c1', listing: listing(6, { title: 'Gucci GG Marmont leather belt' }) }] },
      undefined,
    );
    expect(reply.results[0]!.verdict.signals.some((s) => s.id === 'reported-seller')).toBe(false);
  });

  it('the reported sellers are read once, not per scored batch, and a saved or deleted report shows at once', async () => {
    vi.resetModules();
    const handlers = await import('../../../lib/background/report-handlers');
    const { handleScore: score } = await import('../../../lib/background/score');
    await handlers.registerReportBackground();
    const belt = (ref: string) => ({
      type: 'cs/score' as const,
      pageUrl: 'https://www.amazon.com/s?k=gucci',
      pageKind: 'search' as const,
      items: [{ ref, listing: listing(4, { title: 'Gucci GG Marmont leather belt' }) }],
    });
    const flagged = async (ref: string) =>
      (await score(belt(ref), undefined)).results[0]!.verdict.signals.some((x) => x.id === 'reported-seller');
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await flagged('c1')).toBe(false);
    const afterFirst = reads.mock.calls.length;
    for (let i = 0; i < 20; i++) await flagged(`c${i + 2}`);
    // 20 more batches: no whole-store read (a get(null)/get() of every report) among them.
    const wholeStoreReads = reads.mock.calls.slice(afterFirst).filter((c) => c[0] === null || c[0] === undefined);
    expect(wholeStoreReads).toEqual([]);
    const { report } = (await handlers.handleReportMessage({ type: 'report/save', input: newReport(3) })) as { report: Report };
    expect(await flagged('c30')).toBe(true);
    await handlers.handleReportMessage({ type: 'report/delete', id: report.id });
    expect(await flagged('c31')).toBe(false);
  });
});
