import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CSV_COLUMNS, csvCell, exportCsv, exportJson, parseImport, planImport } from '../../../lib/reports/export';
import { importReports } from '../../../lib/reports/import-reports';
import { createReport, type Report } from '../../../lib/reports/schema';
import { listReports, saveReport } from '../../../lib/reports/store';
import { listing, newReport } from './helpers';

const at = (s: string) => new Date(s);
function report(i: number, over: Partial<Report> = {}): Report {
  return {
    ...createReport(newReport(i), { id: crypto.randomUUID(), now: at(`2026-11-0${(i % 9) + 1}T10:00:00.000Z`), endpointSet: false }),
    ...over,
  };
}

/** A minimal RFC 4180 reader, to check the writer independently. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('CSV export', () => {
  it('quotes per RFC 4180 and round-trips awkward text', () => {
    const r = report(1, {
      note: 'He said "genuine", then\r\nchanged it, twice',
      listing: listing(1, { title: 'Belt, leather "GG" 皮带' }),
    });
    const csv = exportCsv([r]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row.note).toBe('He said "genuine", then\r\nchanged it, twice');
    expect(row.title).toBe('Belt, leather "GG" 皮带');
    expect(row.price).toBe('38');
    expect(row.signals).toBe('price-below-floor'); // warnings only
    expect(row.riskScore).toBe('88');
  });

  it('neutralises formula injection in every text cell', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1']) {
      const cell = csvCell(evil);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted.startsWith("'"), evil).toBe(true);
    }
    const r = report(2, { note: '=cmd|" /C calc"!A0', listing: listing(2, { title: '@evil', seller: { name: '+seller' } }) });
    const row = parseCsv(exportCsv([r]))[1]!;
    for (const col of ['note', 'title', 'seller'] as const) expect(row[CSV_COLUMNS.indexOf(col)]!.startsWith("'")).toBe(true);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(38)).toBe('38');
  });
});

describe('JSON export / import', () => {
  it('round-trips through the store: export, wipe, import gives the same reports', async () => {
    const saved = await Promise.all([1, 2, 3].map((i) => saveReport(newReport(i))));
    const json = exportJson((await listReports()).reports, at('2026-11-29T00:00:00.000Z'));
    expect(JSON.parse(json)).toMatchObject({ format: 'copycat-guard-reports', version: 1, exportedAt: '2026-11-29T00:00:00.000Z' });
    fakeBrowser.reset();
    const res = await importReports(json);
    expect(res).toEqual({ ok: true, added: 3, merged: 0, rejected: [] });
    const after = (await listReports()).reports;
    expect(after.map((r) => r.id).sort()).toEqual(saved.map((r) => r.id).sort());
    expect(after.find((r) => r.id === saved[0]!.id)).toEqual(saved[0]);
  });

  it('merges duplicates (same id, or same url + reason + time) instead of doubling them', async () => {
    const a = await saveReport(newReport(1, { note: undefined }));
    const twin = { ...a, id: crypto.randomUUID(), note: 'from the other laptop' }; // same url+reason+createdAt
    const sameId = { ...a };
    const fresh = report(5);
    const file = exportJson([twin, sameId, fresh, { ...fresh }]);
    const res = await importReports(file);
    expect(res).toMatchObject({ ok: true, added: 1, merged: 3 });
    const { reports } = await listReports();
    expect(reports).toHaveLength(2);
    expect(reports.find((r) => r.id === a.id)!.note).toBe('from the other laptop'); // filled, not doubled
    // importing the same file again adds nothing
    expect(await importReports(file)).toMatchObject({ added: 0, merged: 4 });
    expect((await listReports()).reports).toHaveLength(2);
  });

  it('reports invalid entries with reasons and keeps the valid ones', async () => {
    const good = report(1);
    const text = JSON.stringify({
      format: 'copycat-guard-reports',
      version: 1,
      reports: [good, { ...report(2), reason: 'spite' }, { ...report(3), listing: { ...listing(3), url: 'javascript:x' } }, 'junk'],
    });
    const res = await importReports(text);
    expect(res.ok).toBe(true);
    expect(res.added).toBe(1);
    expect(res.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(res.rejected[0]!.reason).toMatch(/^reason:/);
    expect(res.rejected[1]!.reason).toMatch(/^listing\.url:/);
  });

  it('refuses a file that is not JSON or not ours, without touching the store', async () => {
    await saveReport(newReport(1));
    expect(parseImport('{nope').ok).toBe(false);
    expect((await importReports('{"format":"other","version":1,"reports":[]}')).error).toMatch(/not a Copycat Guard reports file/);
    expect((await listReports()).reports).toHaveLength(1);
  });

  it('imports unsent reports as local (never sent without the user asking), keeps sent ones as sent', () => {
    const pending = report(1, { send: { status: 'pending', attempts: 3, lastError: 'HTTP 500' } });
    const sent = report(2, { send: { status: 'sent', attempts: 1, sentAt: '2026-11-02T10:00:00.000Z' } });
    const plan = planImport([], [pending, sent]);
    expect(plan.added.map((r) => r.send)).toEqual([{ status: 'local', attempts: 0 }, sent.send]);
  });
});

describe('CSV cells (property)', () => {
  it('any text survives quoting, and never starts a formula', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), (cells) => {
        const line = cells.map(csvCell).join(',') + '\r\n';
        const back = parseCsv(line)[0]!;
        expect(back).toHaveLength(cells.length);
        back.forEach((got, i) => {
          const orig = cells[i]!;
          const risky = /^[=+\-@\t\r]/.test(orig);
          expect(got).toBe(risky ? `'${orig}` : orig);
          expect(/^[=+\-@\t\r]/.test(got)).toBe(false);
        });
      }),
      { numRuns: 500 },
    );
  });
});
