/**
 * Text folding for word lists: NFKC (full-width → ASCII, compatibility forms), lower case, diacritics removed,
 * white space collapsed. Word lists are folded with the same function, so they match whatever the page wrote.
 * Pure and total.
 */

const MARKS = /\p{M}+/gu;
const SPACES = /[\s\u00a0\u3000]+/g;

// Why the ASCII fast path: Unicode normalisation is the costliest step and most marketplace titles are plain ASCII.
const NON_ASCII = /[^\x00-\x7f]/;

export function fold(s: string | null | undefined): string {
  if (!s) return '';
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(SPACES, ' ').trim();
  return s.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '').normalize('NFC').replace(SPACES, ' ').trim();
}

/** Folded and with every non-letter/non-digit removed: for comparing store names ("Anker Direct" = "AnkerDirect"). */
export function compact(s: string | null | undefined): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Letter-or-digit boundaries that work for any script (JS `\b` only knows ASCII). */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A Unicode regex with word-aware edges around `body` (body is already a regex source). */
export function wordRe(body: string, flags = 'u'): RegExp {
  return new RegExp(`${B}(?:${body})${E}`, flags);
}

/** Escape a literal for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
