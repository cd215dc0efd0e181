/**
 * Lookalike wording: sellers who say openly that the item is NOT the brand ("dupe", "inspired by", "Chanel-style",
 * "alternative to", "homage", 平替, "<brand>同款"). Such a listing is sold as a lookalike (kind 'dupe'), a different
 * story from a fake passing itself off as the brand.
 * Some words only count right next to the brand name as the title wrote it (`matched`): "style" is on countless
 * genuine titles ("Style DM0029"), "Chanel style" is not.
 * 同款 ("same style as") only counts right after the brand name (古驰同款, "LV同款"): on its own (明星同款) it is
 * used for every kind of goods.
 */
import { B, E, fold } from './text';

const FREE: { label: string; re: RegExp }[] = [
  { label: 'dupe', re: new RegExp(`${B}dupe[s]?${E}`, 'u') },
  { label: 'inspired by', re: new RegExp(`${B}(inspired (by|from)|inspirado en|inspirada en|inspire de|inspiriert von|ispirato a)${E}`, 'u') },
  { label: 'in the style of', re: new RegExp(`${B}(in the style of|style of|a la maniere de|im stil von|al estilo de)${E}`, 'u') },
  { label: 'alternative to', re: new RegExp(`${B}(alternative (to|for)|similar to|looks like|look[- ]?alike|lookalike)${E}`, 'u') },
  { label: 'homage', re: new RegExp(`${B}homage${E}`, 'u') },
  // Why standalone: "inspired", "dupe", "lookalike" have no ordinary use in a product title; "Cartier Love Bracelet
  // Inspired", "Dyson Airwrap Alternative" put the word after the model name, not next to the brand.
  { label: 'inspired', re: new RegExp(`${B}inspired${E}`, 'u') },
  { label: 'alternative', re: new RegExp(`${B}alternative${E}(?! (rock|music|medicine|energy|fuel)${E})`, 'u') },
  // Why: 平替 ("affordable substitute") is how Chinese shops sell honest dupes of big brands.
  { label: '平替', re: /平替|平价替代/u },
];

/**
 * Lookalike words that must sit near the brand name as written in the title: right after it, or after it plus up to
 * two model words ("Ray-Ban Wayfarer Style", "Hermes Oran Style"), but not a style code ("Style DM0029", "Style #").
 * Why not "type"/"like" after the name: "Samsung Type-C cable", "Apple Watch like new" are genuine titles.
 * Both patterns are anchored and compiled once: they run on the text right after / before each occurrence of the name.
 */
const AFTER_BRAND = new RegExp(
  `^(?:[- ][\\p{L}\\p{N}'-]+){0,2}?[- ]?(style|styled|inspired|vibes?|alternative|dupe|homage|lookalike|look-alike|estilo|stil|风格|风|同款|款式|平替)${E}(?! ?(#|no\\.?${E}|:|[a-z]{0,3}\\d))`,
  'u',
);
const BEFORE_BRAND = new RegExp(`${B}(like|estilo|style|stil|dupe for|dupe of|alternative|inspired)[ -]?$`, 'u');
const LETTER = /[\p{L}\p{N}]/u;
/** Latin letters and digits: a Latin name next to a CJK character ("LV同款") is still a whole word. */
const LATIN = /[a-z0-9\u00c0-\u024f]/;

/** Lookalike terms in `text` (folded or not). `matched` is the brand text the matcher found (may be ''). */
export function findLookalikeTerms(text: string, matched: string, alreadyFolded = false): string[] {
  const t = alreadyFolded ? text : fold(text);
  if (!t) return [];
  const found: string[] = [];
  for (const term of FREE) if (term.re.test(t)) found.push(term.label);
  const m = fold(matched);
  if (m.length >= 2) {
    const latin = LETTER.test(m[m.length - 1] ?? '') && /^[\x00-\x7f]/.test(m);
    for (let pos = t.indexOf(m); pos >= 0; pos = t.indexOf(m, pos + 1)) {
      // Whole-name occurrences only for Latin names ("lv" inside "silver" is not the brand).
      if (latin && ((pos > 0 && LATIN.test(t[pos - 1] ?? '')) || LATIN.test(t[pos + m.length] ?? ''))) continue;
      const after = AFTER_BRAND.exec(t.slice(pos + m.length, pos + m.length + 60));
      if (after) {
        found.push(after[1] ?? after[0]);
        break;
      }
      const before = BEFORE_BRAND.exec(t.slice(Math.max(0, pos - 20), pos));
      if (before) {
        found.push(before[1] ?? before[0]);
        break;
      }
    }
  }
  return [...new Set(found)];
}

/**
 * Remove lookalike phrases so the brand matcher can see the brand the lookalike refers to (the matcher rightly
 * ignores "for <brand>" accessory wording, which would also swallow "dupe for Gucci").
 */
export function stripLookalikePhrases(title: string): string {
  return title
    .replace(/\b(dupes? (for|of)|inspired (by|from)|alternative (to|for)|similar to|in the style of|looks like|style of)\b/giu, ' ')
    .replace(/(?<![\p{L}\p{N}])(dupes?|inspired|style|styled|homage|look-?alike|alternative)(?![\p{L}\p{N}])/giu, ' ')
    .replace(/(平替|平价替代|同款)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
