import type { Lang, Signal } from '../lib/schema/verdict';
import type { PopupStrings } from '../lib/popup/strings';

/** Every signal behind a verdict, in plain words with the numbers, strongest first. Warnings and reassurances differ. */
export function SignalList({ signals, lang, t }: { signals: readonly Signal[]; lang: Lang; t: PopupStrings }) {
  if (!signals.length) return <p class="muted">{t.noSignals}</p>;
  const sorted = [...signals].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <ul class="signals" data-testid="signals">
      {sorted.map((s) => (
        <li key={s.id} class={s.weight > 0 ? 'warn' : 'reassure'} data-signal={s.id}>
          <span class="mark" aria-hidden="true">{s.weight > 0 ? '!' : '✓'}</span>
          <span>{s.message[lang]}</span>
        </li>
      ))}
    </ul>
  );
}
