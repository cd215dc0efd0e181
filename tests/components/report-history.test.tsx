import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ReportHistory } from '../../components/ReportHistory';
import { OPTIONS_STRINGS } from '../../lib/reports/i18n';
import { browserOptionsApi, type OptionsApi } from '../../lib/reports/options-api';
import { createReport, type Report } from '../../lib/reports/schema';
import { getReport, listReports, writeReport } from '../../lib/reports/store';
import { listing, newReport, verdict } from '../lib/reports/helpers';

const flush = () => new Promise((r) => setTimeout(r, 30));
let root: HTMLElement;
let downloads: { name: string; mime: string; text: string }[];
let api: OptionsApi;

function make(i: number, over: Partial<Report>, when: string): Report {
  return { ...createReport(newReport(i), { id: crypto.randomUUID(), now: new Date(when), endpointSet: false }), ...over };
}

let gucciAmazon: Report, nikeEbay: Report, gucciAli: Report;
beforeEach(async () => {
  fakeBrowser.reset();
  downloads = [];
  api = { ...browserOptionsApi, download: (name, mime, text) => void downloads.push({ name, mime, text }) };
  gucciAmazon = make(1, {}, '2026-11-01T10:00:00.000Z');
  nikeEbay = make(2, {
    site: 'ebay',
    listing: listing(2, { site: 'ebay', url: 'https://www.ebay.com/itm/2', title: 'Air Jordan 1 Retro', seller: { name: 'kicks4less' } }),
    brand: { id: 'nike', name: 'Nike' },
    verdict: { ...verdict, brand: { id: 'nike', name: 'Nike', how: 'exact', matched: 'Nike' } },
    send: { status: 'sent', attempts: 1, sentAt: '2026-11-02T10:01:00.000Z' },
  }, '2026-11-02T10:00:00.000Z');
  gucciAli = make(3, {
    site: 'aliexpress',
    listing: listing(3, { site: 'aliexpress', url: 'https://www.aliexpress.com/item/3.html', title: 'GG belt luxury 皮带' }),
    send: { status: 'failed', attempts: 8, lastError: 'HTTP 502 Bad Gateway' },
  }, '2026-11-03T10:00:00.000Z');
  for (const r of [gucciAmazon, nikeEbay, gucciAli]) await writeReport(r);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const rows = () => [...root.querySelectorAll<HTMLLIElement>('li.report')];
const titles = () => rows().map((li) => li.querySelector('.report-title')!.textContent);
function byLabel<T extends HTMLElement>(label: string): T {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent!.trim().startsWith(label));
  if (!l) throw new Error(`no label ${label}`);
  return l.querySelector('input, select') as T;
}
function button(text: string, within: ParentNode = root): HTMLButtonElement {
  const b = [...within.querySelectorAll('button')].find((x) => x.textContent!.trim() === text);
  if (!b) throw new Error(`no button ${text}`);
  return b as HTMLButtonElement;
}
function setValue(el: HTMLInputElement | HTMLSelectElement, value: string, event: 'input' | 'change') {
  el.value = value;
  el.dispatchEvent(new Event(event, { bubbles: true }));
}

async function mount(lang: 'en' | 'zh' = 'en', canSend = false) {
  render(<ReportHistory api={api} lang={lang} t={OPTIONS_STRINGS[lang]} canSend={canSend} now={() => new Date('2026-11-29T12:00:00.000Z')} />, root);
  await flush();
}

describe('ReportHistory', () => {
  it('lists every report newest first with its status', async () => {
    await mount();
    expect(titles()).toEqual(['GG belt luxury 皮带', 'Air Jordan 1 Retro', 'GG Marmont belt 1']);
    expect(rows()[0]!.querySelector('.status')!.textContent).toBe('Sending failed');
    expect(rows()[0]!.textContent).toContain('HTTP 502 Bad Gateway');
    expect(rows()[1]!.querySelector('.status')!.textContent).toBe('Sent');
    expect(root.textContent).toContain('3 of 3 reports');
  });

  it('searches and filters by marketplace, brand and status', async () => {
    await mount();
    setValue(byLabel('Search reports'), 'kicks4less', 'input');
    await flush();
    expect(titles()).toEqual(['Air Jordan 1 Retro']);
    setValue(byLabel('Search reports'), '', 'input');
    setValue(byLabel<HTMLSelectElement>('Brand'), 'gucci', 'change');
    await flush();
    expect(titles()).toEqual(['GG belt luxury 皮带', 'GG Marmont belt 1']);
    setValue(byLabel<HTMLSelectElement>('Marketplace'), 'amazon', 'change');
    await flush();
    expect(titles()).toEqual(['GG Marmont belt 1']);
    setValue(byLabel<HTMLSelectElement>('Status'), 'failed', 'change');
    await flush();
    expect(titles()).toEqual([]);
    expect(root.textContent).toContain('No report matches these filters.');
  });

  it('deletes with undo, and undo restores the exact record', async () => {
    await mount();
    const row = rows().find((li) => li.dataset.id === nikeEbay.id)!;
    const del = row.querySelector<HTMLButtonElement>('button.danger')!;
    expect(del.getAttribute('aria-label')).toBe('Delete the report on “Air Jordan 1 Retro”');
    del.click();
    await flush();
    expect(titles()).not.toContain('Air Jordan 1 Retro');
    expect(await getReport(nikeEbay.id)).toBeNull();
    const status = root.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Report on “Air Jordan 1 Retro” deleted.');
    button('Undo', status).click();
    await flush();
    expect(titles()).toContain('Air Jordan 1 Retro');
    expect(await getReport(nikeEbay.id)).toEqual(nikeEbay);
  });

  it('exports JSON and CSV of all reports', async () => {
    await mount();
    button('Export JSON').click();
    button('Export CSV').click();
    expect(downloads.map((d) => d.name)).toEqual(['copycat-guard-reports-2026-11-29.json', 'copycat-guard-reports-2026-11-29.csv']);
    const json = JSON.parse(downloads[0]!.text) as { format: string; reports: Report[] };
    expect(json.format).toBe('copycat-guard-reports');
    expect(json.reports.map((r) => r.id).sort()).toEqual([gucciAmazon.id, nikeEbay.id, gucciAli.id].sort());
    expect(downloads[1]!.mime).toMatch(/^text\/csv/);
    expect(downloads[1]!.text.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('imports a JSON file and shows what was added, merged and rejected', async () => {
    await mount();
    const fresh = make(9, {}, '2026-11-20T10:00:00.000Z');
    const text = JSON.stringify({ format: 'copycat-guard-reports', version: 1, reports: [fresh, nikeEbay, { nope: 1 }] });
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'reports.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    await flush();
    const status = root.querySelector('[role="status"]')!.textContent!;
    expect(status).toContain('Import: 1 added, 1 already here (merged), 1 rejected.');
    expect(status).toMatch(/Entry 3 rejected: /);
    expect(rows()).toHaveLength(4);
    expect((await listReports()).reports).toHaveLength(4);
  });

  it('offers Send / Retry only with an endpoint, and queues the report', async () => {
    api = { ...api, sendReport: vi.fn(async () => undefined) };
    await mount('en', true);
    const failedRow = rows().find((li) => li.dataset.id === gucciAli.id)!;
    button('Retry sending', failedRow).click();
    expect(api.sendReport).toHaveBeenCalledWith(gucciAli.id);
    const sentRow = rows().find((li) => li.dataset.id === nikeEbay.id)!;
    expect([...sentRow.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Send');
    render(null, root);
    await mount('en', false);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Retry sending');
  });

  it('shows quarantined records with a clear note instead of hiding them', async () => {
    await fakeBrowser.storage.local.set({ 'report:bad-one': { v: 1, id: 'bad-one', reason: 'x' } });
    await mount();
    const q = root.querySelector('.quarantine')!;
    expect(q.textContent).toContain('Damaged records kept aside (1)');
    expect(q.textContent).toContain('They were not deleted');
    expect(q.textContent).toContain('report:bad-one');
    expect(rows()).toHaveLength(3);
  });

  it('speaks Simplified Chinese', async () => {
    await mount('zh');
    expect(root.querySelector('h2')!.textContent).toBe('我的举报');
    expect(rows()[0]!.querySelector('.status')!.textContent).toBe('发送失败');
  });
});
