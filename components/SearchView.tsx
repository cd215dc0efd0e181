import type { PageRecord } from '../lib/background/page-store';
import type { Lang } from '../lib/schema/verdict';
import type { PopupStrings } from '../lib/popup/strings';
import { LevelPill } from './LevelPill';

const FLAGGED = new Set(['high', 'caution']);

/** A search page: how many listings were checked and flagged; the flagged ones, each one click from its card. */
export function SearchView(props: {
  page: PageRecord;
  lang: Lang;
  t: PopupStrings;
  onReveal(ref: string): void;
  onOpen(ref: string): void;
}) {
  const { page, lang, t } = props;
  const flagged = page.items.filter((i) => FLAGGED.has(i.verdict.level) || i.verdict.kind === 'dupe');
  const order = { high: 0, caution: 1, low: 2, none: 3 } as const;
  flagged.sort((a, b) => order[a.verdict.level] - order[b.verdict.level] || b.verdict.score - a.verdict.score);
  const warnings = flagged.filter((i) => FLAGGED.has(i.verdict.level)).length;
  return (
    <section aria-labelledby="search-heading">
      <p id="search-heading" class="summary" data-testid="search-summary">
        {t.searchChecked(page.items.length, warnings)}
      </p>
      {flagged.length === 0 ? (
        <p class="muted">{t.noneFlagged}</p>
      ) : (
        <>
          <h3>{t.flaggedHeading}</h3>
          <ul class="flagged" data-testid="flagged">
            {flagged.map((i) => (
              <li key={i.ref}>
                <LevelPill verdict={i.verdict} t={t} />
                <button type="button" class="link" onClick={() => props.onOpen(i.ref)} title={i.verdict.summary[lang]}>
                  {i.listing.title}
                </button>
                <button type="button" class="small" onClick={() => props.onReveal(i.ref)}>
                  {t.showOnPage}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
