import type { Verdict } from '../lib/schema/verdict';
import type { PopupStrings } from '../lib/popup/strings';

/** The verdict's level as a coloured pill with words (colour is never the only cue). */
export function LevelPill({ verdict, t }: { verdict: Verdict; t: PopupStrings }) {
  const dupe = verdict.kind === 'dupe';
  return (
    <span class={`pill ${dupe ? 'dupe' : verdict.level}`} data-testid="level">
      {dupe ? t.dupe : t.levels[verdict.level]}
    </span>
  );
}
