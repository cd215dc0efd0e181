/**
 * The in-page badge: a custom element whose CLOSED shadow root holds everything we draw, so the page's CSS cannot
 * restyle it and ours cannot leak. Page-derived text (signal messages quote titles and seller names) is only ever
 * assigned with textContent. Keyboard: the badge is a button; Enter/Space or click toggles the details panel,
 * Escape closes it; hover and focus show the top reasons.
 */
import type { Lang } from '../schema/verdict';
import type { BadgeVerdict as Verdict } from './replies';
import { BADGE_LABELS, UI_WORDS, type BadgeKind } from './labels';

export const BADGE_TAG = 'copycat-guard-badge';

/**
 * Signals that are positive evidence of an official or authorised source (ids as lib/scoring emits them; a test
 * checks each one is a real signal id, since a misspelt id here silently turns "Official store" into "No warning signs").
 */
export const OFFICIAL_SIGNALS: ReadonlySet<string> = new Set(['official-store', 'authorised-seller', 'own-domain']);

/** Which badge a verdict gets, or null for none. `onlyWarnings` hides the reassuring ones. */
export function badgeKind(v: Verdict, onlyWarnings: boolean): BadgeKind | null {
  if (v.kind === 'dupe') return 'dupe';
  if (v.level === 'high') return 'high';
  if (v.level === 'caution') return 'caution';
  if (v.level === 'low' && !onlyWarnings) {
    // Green only where there is positive evidence, never merely because nothing was found.
    if (v.signals.some((s) => OFFICIAL_SIGNALS.has(s.id) && s.weight < 0)) return 'official';
    if (v.signals.some((s) => s.weight < 0)) return 'clear';
  }
  return null;
}

// Notes on the rules (kept out of the string, which ships as is): the level colours are qualified with button.b
// because "all: unset" would otherwise win over a bare class. At rest the host is a plain inline box: no position, no
// z-index, so no paint layer or stacking context of its own (each one made the page's compositing and pre-paint
// passes longer on a real search page). Only while its panel can show (hover, focus, open) is the host positioned —
// the panel's containing block — and lifted above the page and the other badges.
const CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin: 2px 6px;
  font: 600 12px/1.3 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; }
button.b { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 5px; cursor: pointer;
  padding: 2px 8px; border-radius: 999px; border: 1px solid transparent; white-space: nowrap; }
button.b:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.dot { width: 8px; height: 8px; border-radius: 50%; background: currentColor; flex: none; }
button.b.high { background: #b42318; color: #fff; }
button.b.caution { background: #fde68a; color: #5c3c00; border-color: #b45309; }
button.b.official, button.b.clear { background: #dcfce7; color: #14532d; border-color: #15803d; }
button.b.dupe { background: #dbe4f0; color: #1e3a5f; border-color: #50698c; }
.panel { display: none; position: absolute; top: calc(100% + 4px); left: 0; width: max-content; max-width: 320px;
  background: #fff; color: #1f2328; border: 1px solid #8c959f; border-radius: 8px; padding: 8px 10px;
  box-shadow: 0 4px 16px rgba(0,0,0,.25); font-weight: 400; text-align: left; white-space: normal; }
:host(:hover) .panel.tip, :host(:focus-within) .panel.tip { display: block; }
:host([data-place="line"]) { margin-block: -4px; }
:host(:hover), :host(:focus-within), :host([data-open]) { position: relative; z-index: 2147483000; }
.panel.tip.dismissed { display: none !important; }
.panel.open { display: block; }
.panel p { margin: 0 0 6px; font-weight: 600; }
.panel ul { margin: 0; padding-left: 16px; }
.panel li { margin: 2px 0; }
.panel .meta { margin-top: 6px; color: #57606a; font-size: 11px; }
.panel button.more { all: unset; cursor: pointer; margin-top: 6px; display: inline-block; color: #1a56db; text-decoration: underline; font-weight: 600; }
.panel button.more:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .panel { background: #1f2328; color: #e6edf3; border-color: #57606a; }
  .panel .meta { color: #9da7b3; }
}
`;

export interface BadgeHandle {
  host: HTMLElement;
  update(verdict: Verdict, kind: BadgeKind): void;
  /** Focus the badge and open its details. */
  focus(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls?: string, text?: string) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Build a badge host (not yet inserted). `onDetails` opens the full explanation (and the report form).
 * Cheap by design (issue 6: a feed may add a thousand of these): the host holds only the style, the button and an
 * empty panel; the panel's reasons are built the first time the pointer or focus reaches the badge.
 */
export function createBadge(
  doc: Document,
  verdict: Verdict,
  kind: BadgeKind,
  lang: Lang,
  onDetails?: () => void,
): BadgeHandle {
  const host = doc.createElement(BADGE_TAG) as HTMLElement;
  const root = host.attachShadow({ mode: 'closed' });
  const style = el(doc, 'style');
  style.textContent = CSS;
  const button = el(doc, 'button', 'b');
  button.type = 'button';
  const dot = el(doc, 'span', 'dot');
  dot.setAttribute('aria-hidden', 'true');
  const label = el(doc, 'span');
  button.append(dot, label);
  const panel = el(doc, 'div', 'panel tip');
  panel.setAttribute('role', 'tooltip');
  panel.id = 'cg-panel';
  button.setAttribute('aria-describedby', 'cg-panel');
  button.setAttribute('aria-expanded', 'false');
  root.append(style, button, panel);

  let current = verdict;
  let currentKind = kind;
  /** The panel shows `current` (false until first needed, and again after an update). */
  let filled = false;
  let details: HTMLButtonElement | null = null;

  const fill = () => {
    if (filled) return;
    filled = true;
    const words = UI_WORDS[lang];
    const k = currentKind;
    const top = current.signals.filter((s) => s.weight > 0 || k === 'official' || k === 'clear');
    top.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    panel.replaceChildren(el(doc, 'p', undefined, current.summary[lang]));
    const list = el(doc, 'ul');
    for (const s of top.slice(0, 4)) list.append(el(doc, 'li', undefined, s.message[lang]));
    if (list.childElementCount) panel.append(list);
    panel.append(el(doc, 'div', 'meta', `${words.name} · ${words.score} ${Math.round(current.score)}/100`));
    if (onDetails) {
      details ??= el(doc, 'button', 'more');
      details.type = 'button';
      details.textContent = `${words.more} →`;
      panel.append(details);
    }
  };

  const toggle = (open?: boolean) => {
    const next = open ?? !panel.classList.contains('open');
    if (next) {
      fill();
      panel.classList.remove('dismissed');
    }
    panel.classList.toggle('open', next);
    host.toggleAttribute('data-open', next);
    button.setAttribute('aria-expanded', String(next));
  };
  // The badge often sits inside the card's link: keep our clicks from navigating, and nothing else. One listener on
  // our shadow root sees which of our nodes was clicked (the host's listeners could not, the root being closed).
  root.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    const target = e.target as Node;
    if (details && details.contains(target)) onDetails?.();
    else if (button.contains(target)) toggle();
  });
  // Escape closes the panel and keeps the hover/focus tip away until the pointer or focus leaves and comes back,
  // so it never stays over the page's own buttons.
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape') {
      toggle(false);
      panel.classList.add('dismissed');
    }
  });
  root.addEventListener('focusin', fill);
  // Focus stays on the badge after Escape (keyboard users keep their place), so only a new hover or focus brings
  // the tip back.
  host.addEventListener('mouseenter', () => {
    fill();
    panel.classList.remove('dismissed');
  });
  host.addEventListener('focusout', () => panel.classList.remove('dismissed'));

  const update = (v: Verdict, k: BadgeKind) => {
    current = v;
    currentKind = k;
    const shown = filled;
    filled = false;
    const text = BADGE_LABELS[lang][k];
    button.className = `b ${k}`;
    label.textContent = text;
    host.setAttribute('data-level', v.level);
    host.setAttribute('data-kind', k);
    button.setAttribute('aria-label', `${UI_WORDS[lang].name}: ${text}. ${v.summary[lang]}`);
    // A panel already built (it may be on screen) shows the new reasons at once; one never built stays lazy.
    if (shown) fill();
  };
  update(verdict, kind);
  const focus = () => {
    button.focus();
    toggle(true);
  };
  return { host, update, focus };
}
