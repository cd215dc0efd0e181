/** Stored records that failed the schema: shown as found, with the problem, never silently dropped. */
import type { OptionsStrings } from '../lib/reports/i18n';
import type { QuarantinedRecord } from '../lib/reports/store';

export interface QuarantineListProps {
  items: readonly QuarantinedRecord[];
  t: OptionsStrings;
  onDiscard: (key: string) => void;
}

export function QuarantineList({ items, t, onDiscard }: QuarantineListProps) {
  if (items.length === 0) return null;
  return (
    <section class="quarantine" aria-labelledby="quarantine-h">
      <h3 id="quarantine-h">
        {t.quarantineHeading} ({items.length})
      </h3>
      <p class="small">{t.quarantineNote}</p>
      <ul>
        {items.map((q) => (
          <li key={q.key}>
            <p class="small">
              <code>{q.key}</code> — {t.quarantineError}: {q.error}
            </p>
            <details>
              <summary class="small">JSON</summary>
              <pre class="raw">{JSON.stringify(q.raw, null, 2)?.slice(0, 4000) ?? String(q.raw)}</pre>
            </details>
            <button type="button" class="danger small" onClick={() => onDiscard(q.key)}>
              {t.discard}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
