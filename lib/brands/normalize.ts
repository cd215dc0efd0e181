/**
 * Text folding for the brand matcher. Contract: pure, total functions (any string in, never throws).
 *
 * Three views of every title, all index-aligned to the raw text so a match can quote what the page wrote:
 * - `plain`: NFKC (full-width → ASCII), lower case, Latin/Greek/Cyrillic diacritics removed. Writing a name this way
 *   is not a disguise ("ＮＩＫＥ", "HERMÈS", "hermes" are all plain "nike"/"hermes").
 * - `skel`: `plain` with look-alikes collapsed (Cyrillic/Greek letters that look Latin, 0→o, 1/l/|/!→i, 5/$→s, @→a,
 *   3→e …). Two strings with the same skeleton look the same to a shopper; when only the skeletons agree the
 *   listing is imitating the name (a disguise).
 * - tokens: runs of letters/digits (plus look-alike symbols inside a word, "adid@s"), cut at every other character
 *   and at every change between CJK and non-CJK script. CJK text has no spaces, so it is matched by substring.
 */

/** Raw → folded text, with `map[i]` = offset in the raw string of folded char i (and `map[length]` = raw length). */
export interface Folded {
  raw: string;
  text: string;
  map: number[];
}

export interface Token {
  /** Folded text of the token (symbols kept). */
  plain: string;
  /** Look-alike skeleton, symbols read as the letters they imitate ("adid@s" → "adidas"). */
  skel: string;
  /** Skeleton with symbols dropped instead ("gu!cci" → "gucci"); equals `skel` when the token has no symbol. */
  strip: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
  /** The folded characters between the previous token (or text start) and this one. */
  sepBefore: string;
}

// Why these pairs: Unicode's confusables list (UTS #39) for the Cyrillic and Greek letters that render like Latin in
// common shop fonts, plus the digit/symbol swaps seen in counterfeit listings that dodge keyword filters
// ("N1ke", "R0lex", "adid@s", "$upreme", "Gu!cci"). 1, l, i, | and ! all fold to "i" so "Nlke" and "N1ke" both read "nike".
const CONFUSABLE: Record<string, string> = {
  // Cyrillic (lower case; upper case is lower-cased first)
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'i', ԛ: 'q', ԝ: 'w', ь: 'b', п: 'n', г: 'r', ш: 'w',
  // Greek. Case is folded first, so ν, η, μ, υ map to what their capitals imitate (Ν→n, Η→h, Μ→m, Υ→y): brand
  // names are disguised in capitals ("ΝΙΚΕ") far more than with lower-case Greek.
  α: 'a', β: 'b', ε: 'e', ζ: 'z', η: 'h', ι: 'i', κ: 'k', μ: 'm', ν: 'n', ο: 'o', ρ: 'p', τ: 't', υ: 'y', χ: 'x',
  γ: 'y', ω: 'w', ς: 's', σ: 'o',
  // digits and symbols
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
  '@': 'a', $: 's', '!': 'i', '|': 'i', '€': 'e', '¢': 'c', '£': 'l',
  // Latin letters that imitate others
  l: 'i', ı: 'i',
};
/** Symbols that can stand for a letter inside a word. */
const LETTER_SYMBOLS = new Set(['@', '$', '!', '|', '€', '¢', '£']);

const EXTRA_FOLD: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ŀ: 'l', ħ: 'h',
  '’': "'", '‘': "'", '`': "'", '´': "'",
};

const foldCache = new Map<string, string>();

/** Fold one code point (NFKC, lower case, drop combining diacritics). */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let out = ch.normalize('NFKC').toLowerCase();
  // Only the general combining diacritics block: kana voicing marks (U+3099/309A) must survive ("グ" ≠ "ク").
  out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  out = Array.from(out, (c) => EXTRA_FOLD[c] ?? c).join('');
  // Soft hyphens, joiners and byte-order marks are dropped, as is the katakana middle dot, which Japanese shops write
  // or omit at will between the words of a name ("ルイ・ヴィトン" = "ルイヴィトン"). Zero-width spaces (U+200B/C/D,
  // U+2060) stay: they are separators, so one hidden inside a name ("Gu\u200bcci") reads as a cut-up name.
  if (/^[\u200e\u200f\ufeff\u00ad\u034f\u30fb]+$/.test(out)) out = '';
  if (foldCache.size < 20000) foldCache.set(ch, out);
  return out;
}

/** Fold a whole string keeping the raw offsets. */
export function fold(raw: string): Folded {
  const s = typeof raw === 'string' ? raw : '';
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(s.length);
  return { raw: s, text, map };
}

/** Plain folded string (no offsets). */
export function foldText(s: string): string {
  return fold(s).text;
}

/** Skeleton of a folded string. */
export function skeleton(folded: string): string {
  let out = '';
  for (const ch of folded) out += CONFUSABLE[ch] ?? ch;
  return out;
}

// Han, Hiragana, Katakana (incl. half-width, folded to full by NFKC), Hangul, CJK symbols like "ー".
const CJK_RE = /[\u3040-\u30ff\u3100-\u312f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
export function isCjk(ch: string): boolean {
  return CJK_RE.test(ch);
}
export function hasCjk(s: string): boolean {
  return CJK_RE.test(s);
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_RE.test(ch) && !CJK_RE.test(ch);
}
function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch) && !CJK_RE.test(ch);
}

/**
 * Tokens of folded text. A look-alike symbol belongs to the word when a letter follows it ("$upreme", "adid@s"),
 * when it sits between letters/digits ("gu!cci"), or for "@"/"$" at a word's end ("Adida$"); trailing "!"/"|"
 * ("Gucci!") stays outside.
 */
export function tokenize(text: string): Token[] {
  const chars = Array.from(text);
  const tokens: Token[] = [];
  let offset = 0;
  let sep = '';
  let cur: { plain: string; start: number } | null = null;
  const flush = (end: number) => {
    if (!cur) return;
    const plain = cur.plain;
    let skel = '';
    let strip = '';
    for (const c of plain) {
      const m = CONFUSABLE[c] ?? c;
      skel += m;
      if (!LETTER_SYMBOLS.has(c)) strip += m;
    }
    // A model number glued to a word is its own token ("iPhone15" → "iphone" "15", "Gucci2024"), but a digit
    // standing in for a letter stays inside ("N1ke", "Adida5").
    const tail = /^(\p{L}{2,})(\d+)$/u.exec(plain);
    if (tail && (tail[2]!.length >= 2 || tail[1]!.length >= 6)) {
      const head = tail[1]!;
      tokens.push({ plain: head, skel: skel.slice(0, head.length), strip: strip.slice(0, head.length), start: cur.start, end: cur.start + head.length, sepBefore: sep });
      tokens.push({ plain: tail[2]!, skel: skel.slice(head.length), strip: strip.slice(head.length), start: cur.start + head.length, end, sepBefore: '' });
      cur = null;
      sep = '';
      return;
    }
    tokens.push({ plain, skel, strip, start: cur.start, end, sepBefore: sep });
    cur = null;
    sep = '';
  };
  for (let k = 0; k < chars.length; k++) {
    const ch = chars[k]!;
    let inWord = isWordChar(ch);
    if (!inWord && LETTER_SYMBOLS.has(ch)) {
      const prev = chars[k - 1];
      const next = chars[k + 1];
      // "@" and "$" may also end a word ("Onitsuk@", "Adida$"); "!" and "|" at the end are punctuation ("Gucci!").
      const trailing = (ch === '@' || ch === '$') && cur !== null && isLetter(prev) && !isWordChar(next);
      inWord = isLetter(next) || (cur !== null && isWordChar(prev) && isWordChar(next)) || trailing;
    }
    if (inWord) {
      if (!cur) cur = { plain: '', start: offset };
      cur.plain += ch;
    } else {
      flush(offset);
      sep += ch;
    }
    offset += ch.length;
  }
  flush(offset);
  return tokens;
}

/** Simple English/Romance plural → singular candidates ("watches" → "watch", "bags" → "bag", "cases" → "case"). */
export function singulars(word: string): string[] {
  const out: string[] = [];
  if (word.length > 4 && word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  if (word.length > 3 && word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) out.push(word.slice(0, -1));
  return out;
}
