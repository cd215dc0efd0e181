import { useState } from 'preact/hooks';
import type { Listing } from '../lib/schema/listing';
import type { Lang, Text, Verdict } from '../lib/schema/verdict';
import type { NextSteps } from '../lib/reports/next-steps';
import type { PopupStrings } from '../lib/popup/strings';

export type ReportReason = 'looks-counterfeit' | 'misuses-brand' | 'received-fake' | 'other';
export type SaveResult = { ok: true; nextSteps: NextSteps; savedAt: string } | { ok: false; message: string };

const REASONS: ReportReason[] = ['looks-counterfeit', 'misuses-brand', 'received-fake', 'other'];

/**
 * Report a listing: reason + optional note → saved locally (the UI says "Saved" only after the store confirmed the
 * write) → the next steps for this marketplace and brand, and a ready-to-paste summary with a copy button.
 */
export function ReportForm(props: {
  listing: Listing;
  verdict?: Verdict;
  lang: Lang;
  t: PopupStrings;
  /** `id`: this form's submission id, the same on every retry, so a repeated press never files a second report. */
  save(input: { id: string; reason: ReportReason; note?: string; listing: Listing; verdict?: Verdict }): Promise<SaveResult>;
  copy(text: string): Promise<void>;
  onClose(): void;
}) {
  const { t, lang } = props;
  const [submissionId] = useState(() => crypto.randomUUID());
  const [reason, setReason] = useState<ReportReason>('looks-counterfeit');
  const [note, setNote] = useState('');
  const [state, setState] = useState<'editing' | 'saving' | 'copied' | { error: string } | 'saved'>('editing');
  const [result, setResult] = useState<Extract<SaveResult, { ok: true }> | null>(null);

  const submit = async (e: Event) => {
    e.preventDefault();
    setState('saving');
    const r = await props.save({
      id: submissionId,
      reason,
      note: note.trim() || undefined,
      listing: props.listing,
      verdict: props.verdict,
    });
    if (r.ok) {
      setResult(r);
      setState('saved');
    } else setState({ error: r.message });
  };

  if (result) {
    const summary = result.nextSteps.summary[lang];
    return (
      <section aria-labelledby="report-saved" data-testid="report-saved">
        <h2 id="report-saved">
          <span role="status">{t.reportSaved}</span>
        </h2>
        <h3>{t.nextSteps}</h3>
        <ol class="channels">
          {result.nextSteps.channels.map((c) => (
            <li key={c.kind + (c.url ?? '')}>
              {c.url ? (
                <a href={c.url} target="_blank" rel="noopener noreferrer">
                  {(c.label as Text)[lang]}
                </a>
              ) : (
                <span>{(c.label as Text)[lang]}</span>
              )}
              {c.note && <div class="muted small">{c.note}</div>}
            </li>
          ))}
        </ol>
        <label for="cg-summary">{t.summaryLabel}</label>
        <textarea id="cg-summary" readOnly rows={6} value={summary} />
        <button
          type="button"
          data-testid="copy-summary"
          onClick={async () => {
            await props.copy(summary);
            setState('copied');
          }}
        >
          {state === 'copied' ? t.copied : t.copy}
        </button>{' '}
        <button type="button" onClick={props.onClose}>
          {t.back}
        </button>
      </section>
    );
  }

  return (
    <form onSubmit={submit} aria-labelledby="report-heading" data-testid="report-form">
      <h2 id="report-heading">{t.report}</h2>
      <p class="muted small">{props.listing.title}</p>
      <fieldset>
        <legend>{t.reasonLegend}</legend>
        {REASONS.map((r) => (
          <label key={r} class="radio">
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />{' '}
            {t.reasons[r]}
          </label>
        ))}
      </fieldset>
      <label for="cg-note">{t.noteLabel}</label>
      <textarea id="cg-note" rows={3} maxLength={2000} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      {typeof state === 'object' && (
        <p role="alert" class="error">
          {state.error}
        </p>
      )}
      <button type="submit" class="primary" disabled={state === 'saving'} data-testid="report-submit">
        {state === 'saving' ? t.saving : t.saveReport}
      </button>{' '}
      <button type="button" onClick={props.onClose}>
        {t.back}
      </button>
    </form>
  );
}
