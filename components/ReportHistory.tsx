/**
 * The report history: search, filters (marketplace, brand, status), delete with undo (the exact record comes back),
 * send / retry, export JSON and CSV, import JSON (what was merged or rejected is shown), quarantined records.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../lib/schema/verdict';
import { exportCsv, exportJson } from '../lib/reports/export';
import { NO_FILTER, filterOptions, filterReports, type ReportFilter } from '../lib/reports/filter';
import type { OptionsStrings } from '../lib/reports/i18n';
import type { OptionsApi } from '../lib/reports/options-api';
import { SEND_STATUSES, type Report } from '../lib/reports/schema';
import type { ReportList } from '../lib/reports/store';
import { QuarantineList } from './QuarantineList';
import { ReportRow, siteName } from './ReportRow';

export interface ReportHistoryProps {
  api: OptionsApi;
  lang: Lang;
  t: OptionsStrings;
  canSend: boolean;
  /** For file names and the export's `exportedAt` (tests pass a fixed date). */
  now?: () => Date;
}

interface Notice {
  text: string;
  details?: string[];
  undo?: Report;
  error?: boolean;
}

export function ReportHistory({ api, lang, t, canSend, now = () => new Date() }: ReportHistoryProps) {
  const [list, setList] = useState<ReportList | null>(null);
  const [filter, setFilter] = useState<ReportFilter>(NO_FILTER);
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = async () => setList(await api.listReports());
  useEffect(() => {
    void reload();
  }, []);

  const shown = useMemo(() => (list ? filterReports(list.reports, filter) : []), [list, filter]);
  const options = useMemo(() => filterOptions(list?.reports ?? []), [list]);
  const set = (patch: Partial<ReportFilter>) => setFilter((f) => ({ ...f, ...patch }));

  const onDelete = async (r: Report) => {
    const deleted = await api.deleteReport(r.id);
    await reload();
    if (deleted) setNotice({ text: t.deleted(deleted.listing.title || deleted.listing.url), undo: deleted });
  };
  const onUndo = async (r: Report) => {
    await api.restoreReport(r);
    setNotice(null);
    await reload();
  };
  const onSend = async (r: Report) => {
    await api.sendReport(r.id);
    await reload();
  };
  const stamp = () => now().toISOString().slice(0, 10);
  const onExport = (kind: 'json' | 'csv') => {
    const reports = list?.reports ?? [];
    if (kind === 'json') api.download(`copycat-guard-reports-${stamp()}.json`, 'application/json', exportJson(reports, now()));
    else api.download(`copycat-guard-reports-${stamp()}.csv`, 'text/csv;charset=utf-8', exportCsv(reports));
  };
  const onImport = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const res = await api.importJson(await file.text());
    input.value = '';
    await reload();
    if (!res.ok && res.added === 0 && res.merged === 0) {
      setNotice({ text: t.importFailed(res.userError?.[lang] ?? res.error ?? ''), error: true });
      return;
    }
    setNotice({
      text: t.importResult(res.added, res.merged, res.rejected.length) + (res.ok ? '' : ' ' + t.importFailed(res.userError?.[lang] ?? res.error ?? '')),
      details: res.rejected.slice(0, 50).map((x) => t.importRejected(x.index, x.reason)),
      error: !res.ok,
    });
  };

  if (!list) return <p aria-busy="true">{t.loading}</p>;
  return (
    <section class="history" aria-labelledby="history-h">
      <h2 id="history-h">{t.historyHeading}</h2>
      <div class="toolbar">
        <label>
          {t.search}
          <input type="search" value={filter.q} placeholder={t.searchPlaceholder} onInput={(e) => set({ q: e.currentTarget.value })} />
        </label>
        <label>
          {t.filterSite}
          <select value={filter.site} onChange={(e) => set({ site: e.currentTarget.value })}>
            <option value="">{t.all}</option>
            {options.sites.map((s) => (
              <option key={s} value={s}>
                {siteName(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.filterBrand}
          <select value={filter.brand} onChange={(e) => set({ brand: e.currentTarget.value })}>
            <option value="">{t.all}</option>
            {options.brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.filterStatus}
          <select value={filter.status} onChange={(e) => set({ status: e.currentTarget.value as ReportFilter['status'] })}>
            <option value="">{t.all}</option>
            {SEND_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.status[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="toolbar">
        <button type="button" onClick={() => onExport('json')} disabled={list.reports.length === 0}>
          {t.exportJson}
        </button>
        <button type="button" onClick={() => onExport('csv')} disabled={list.reports.length === 0}>
          {t.exportCsv}
        </button>
        <label class="file">
          {t.importJson}
          <input type="file" accept="application/json,.json" onChange={(e) => void onImport(e)} />
        </label>
      </div>
      <div role="status" aria-live="polite" class={notice?.error ? 'notice error-text' : 'notice'}>
        {notice ? (
          <>
            <span>{notice.text}</span>
            {notice.undo ? (
              <button type="button" onClick={() => void onUndo(notice.undo!)}>
                {t.undo}
              </button>
            ) : null}
            {notice.details?.length ? (
              <ul class="small">
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      {list.reports.length === 0 ? (
        <p class="muted">{t.noReports}</p>
      ) : (
        <>
          <p class="muted small">{t.shown(shown.length, list.reports.length)}</p>
          {shown.length === 0 ? <p class="muted">{t.noMatches}</p> : null}
          <ul class="reports">
            {shown.map((r) => (
              <ReportRow
                key={r.id}
                report={r}
                lang={lang}
                t={t}
                canSend={canSend}
                onDelete={(x) => void onDelete(x)}
                onSend={(x) => void onSend(x)}
                onCopy={api.copy}
              />
            ))}
          </ul>
        </>
      )}
      <QuarantineList
        items={list.quarantined}
        t={t}
        onDiscard={(key) => void api.discardQuarantined(key).then(reload)}
      />
    </section>
  );
}
