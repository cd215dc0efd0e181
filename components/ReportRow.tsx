/** One report in the history: what was reported, when, its sending state, and its actions. */
import { useState } from 'preact/hooks';
import type { Lang } from '../lib/schema/verdict';
import type { OptionsStrings } from '../lib/reports/i18n';
import { REASON_TEXT, reportSummary } from '../lib/reports/next-steps';
import type { Report } from '../lib/reports/schema';
import { MARKETPLACES } from '../lib/sites';

export function siteName(site: string): string {
  return MARKETPLACES.find((m) => m.id === site)?.name ?? (site === 'generic' ? 'Other shop' : site);
}

export interface ReportRowProps {
  report: Report;
  lang: Lang;
  t: OptionsStrings;
  /** An endpoint is configured, so the report can be (re)sent. */
  canSend: boolean;
  onDelete: (r: Report) => void;
  onSend: (r: Report) => void;
  onCopy: (text: string) => Promise<boolean>;
}

export function ReportRow({ report: r, lang, t, canSend, onDelete, onSend, onCopy }: ReportRowProps) {
  const [copied, setCopied] = useState(false);
  const summary = reportSummary(r, lang, siteName(r.site));
  const status = r.send.status;
  const showSend = canSend && status !== 'sent' && status !== 'pending';
  const title = r.listing.title || r.listing.url;
  return (
    <li class="report" data-id={r.id}>
      <div class="report-head">
        <a href={r.listing.url} target="_blank" rel="noopener noreferrer" class="report-title">
          {title}
        </a>
        <span class={`status ${status}`}>{t.status[status]}</span>
      </div>
      <p class="muted small report-meta">
        {[siteName(r.site), r.brand?.name, REASON_TEXT[r.reason][lang], t.reportedOn(r.createdAt.slice(0, 10))]
          .filter(Boolean)
          .join(' · ')}
        {r.listing.seller ? ` · ${t.seller}: ${r.listing.seller.name}` : ''}
      </p>
      {r.note ? <p class="note">{r.note}</p> : null}
      {r.send.lastError && status !== 'sent' ? (
        <p class="small error-text">
          {t.lastError}: {r.send.lastError}
        </p>
      ) : null}
      <details>
        <summary>{t.summary}</summary>
        <pre class="summary-text">{summary}</pre>
        <button type="button" onClick={() => void onCopy(summary).then(setCopied)}>
          {copied ? t.copied : t.copySummary}
        </button>
      </details>
      <div class="actions">
        {showSend ? (
          <button type="button" onClick={() => onSend(r)}>
            {status === 'failed' ? t.retry : t.send}
          </button>
        ) : null}
        <button type="button" class="danger" aria-label={t.deleteLabel(title)} onClick={() => onDelete(r)}>
          {t.delete}
        </button>
      </div>
    </li>
  );
}
