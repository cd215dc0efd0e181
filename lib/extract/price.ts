/**
 * parsePrice: turn the text a shop prints ("US $3.99 - 5.99", "1 234,56 €", "¥1,200", "ab 12,99 €*") into an amount
 * and an ISO 4217 currency.
 *
 * Contract: never throws; garbage in → null. `amount` is finite, ≥ 0 and ≤ 1e12 (the Money schema's bounds).
 * `currency` is an ISO code only when the text or `hints.currency` says which currency it is (a bare "12.99" gives
 * currency null even on amazon.de: callers that want the shop's default use `currencyForDomain` explicitly).
 *
 * How a number is read:
 * - Candidates are digit runs joined by `.` `,` `'` `’` or a space before exactly three digits (NBSP, narrow NBSP and
 *   thin space are plain spaces by then). The first candidate that touches a currency token wins; with none, the
 *   first plain number (percentages are never prices).
 * - "A - B" / "A to B" / "A ~ B" / "A bis B" / "A до B" is a range: the low end, `range: true`.
 * - Both `.` and `,` present: the last one is the decimal separator ("1.234,56", "1,234.56", Indian "1,23,456.00").
 * - One kind, several times: group separators ("100.000.000", "1,23,456").
 * - One kind, once: decimal unless exactly three digits follow ("12,99" → 12.99, "12,3" → 12.3, "$0.0005").
 *   Three digits ("1.234", "1,234") are a group: no shop prints a two-decimal currency to a tenth of a cent, and
 *   this is also what the domain's locale gives for the examples that matter (1.234 on a .de shop = 1234; 1,234 on a
 *   .com = 1234), so the domain locale is not consulted. Exceptions that make the three digits decimals: the integer
 *   part is 0 ("0.125"), more than three digits precede the separator ("1234.567"), the currency has three minor
 *   digits (KWD, BHD, OMR, JOD), or `hints.decimalSeparator` names this separator and the currency is unknown.
 * - Zero-decimal currencies (JPY, KRW…) fall out of the same rule: "¥1,200" is 1200.
 *
 * Currency: an explicit code or unambiguous symbol in the text wins; then `hints.currency`; an ambiguous symbol
 * ("$", "kr", "¥", "Rs", "руб.", "元") is settled by a hint of the same family, else by `hints.domain` (see `resolveAmbiguous`:
 * a bare "$" is USD unless the shop's country uses a dollar/peso sign; "kr" without a Nordic domain stays null).
 * Tokens that double as words or units ("ft", "R", "TL") count only in the case shops print them ("Ft").
 * Currency is returned only when printed or hinted, never guessed from the domain alone (see parsePriceWithDefault).
 */
import { asciiDigits, decodeEntities, plainSpaces } from './text';
import {
  ambiguousFamily,
  currencyForDomain,
  CURRENCY_TOKENS,
  isAmbiguous,
  isKnownCurrency,
  resolveAmbiguous,
  THREE_DECIMAL,
  type Ambiguous,
  type CurrencyCode,
} from './currency';

export interface ParsedPrice {
  amount: number;
  currency: string | null;
  /** The text shows a range; `amount` is its low end. */
  range?: boolean;
}

export interface PriceHints {
  /** Currency text seen near the price ("руб.", "€", "EUR", "$"); resolved to ISO like printed text. */
  currency?: string;
  /** The page's decimal separator, when the caller knows it (tie-breaker for "1.234"-like text only). */
  decimalSeparator?: '.' | ',';
  /** Host name or registrable domain of the shop, to resolve "$", "kr", "¥", "Rs". */
  domain?: string;
}

/** Longest currency token we look for around a number (e.g. "рублей", "cdn $"). */
const MAX_TOKEN = 8;
// Why 2000: a price element's text is short; capping keeps every regex linear on hostile input.
const MAX_INPUT = 2000;

// ISO codes that are also common words; accepted only when printed in upper case.
const WORDLIKE_CODES: ReadonlySet<string> = new Set(['TRY', 'MAD', 'SAR', 'ARS', 'CUP', 'ALL', 'TOP', 'PEN']);

const NUMBER = /[.,]?\d+(?:(?:[.,'’]|\s(?=\d{3}(?!\d)))\d+)*/g;
const RANGE_JOINER = /^\s*(?:-{1,2}|~|to|bis|à|a|até|до)\s*$/i;
const LETTER = /\p{L}/u;

interface CurrencyHit {
  value: CurrencyCode | Ambiguous;
  /** Index where the token starts (prefix) or ends (suffix) in the normalised text. */
  edge: number;
  /** The token's span in the normalised text. */
  start: number;
  end: number;
}

interface Candidate {
  raw: string;
  start: number;
  end: number;
  before: CurrencyHit | null;
  after: CurrencyHit | null;
  percent: boolean;
  glued: boolean;
}

// Short tokens that are also ordinary words or units, accepted only in the case shops print them:
// "5 ft" is feet, "5 Ft" forint; "R 299" rand; "Br" Belarusian rouble (not "br", a bedroom count); "RM 45" ringgit; "TL" lira; "Rp" rupiah.
const EXACT_CASE: Readonly<Record<string, readonly string[]>> = {
  ft: ['Ft'], r: ['R'], rm: ['RM'], tl: ['TL'], rp: ['Rp', 'RP'], 'rp.': ['Rp.'], kn: ['kn'], kd: ['KD'],
  br: ['Br'],
};

function lookupToken(token: string): CurrencyCode | Ambiguous | null {
  if (!token) return null;
  const exact = EXACT_CASE[token.toLowerCase()];
  if (exact && !exact.includes(token)) return null;
  const hit = CURRENCY_TOKENS[token.toLowerCase()];
  if (hit !== undefined) return hit;
  if (/^[A-Za-z]{3}$/.test(token)) {
    const upper = token.toUpperCase();
    if (!isKnownCurrency(upper)) return null;
    if (token !== upper && WORDLIKE_CODES.has(upper)) return null;
    return upper;
  }
  return null;
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** Currency token ending right before `start` (white space allowed between). */
function currencyBefore(s: string, start: number): CurrencyHit | null {
  let end = start;
  while (end > 0 && s[end - 1] === ' ') end--;
  for (let len = Math.min(MAX_TOKEN, end); len >= 1; len--) {
    const from = end - len;
    const token = s.slice(from, end);
    const value = lookupToken(token);
    if (value === null) continue;
    // A token that starts with a letter must not be the tail of a longer word ("ABC $5" is not "C $").
    if (isLetter(token[0]) && isLetter(s[from - 1])) continue;
    return { value, edge: from, start: from, end };
  }
  return null;
}

/** Currency token starting right after `end` (white space allowed between). */
function currencyAfter(s: string, end: number): CurrencyHit | null {
  let from = end;
  while (from < s.length && s[from] === ' ') from++;
  for (let len = Math.min(MAX_TOKEN, s.length - from); len >= 1; len--) {
    const token = s.slice(from, from + len);
    const value = lookupToken(token);
    if (value === null) continue;
    // "5 reviews" is not 5 rand; "12 kronor" is matched whole before "kr".
    if (isLetter(token[token.length - 1]) && isLetter(s[from + len])) continue;
    return { value, edge: from + len, start: from, end: from + len };
  }
  return null;
}

function normalise(text: string): string {
  let s = text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
  s = asciiDigits(plainSpaces(decodeEntities(s)));
  s = s
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[〜～]/g, '~')
    .replace(/ {2,}/g, ' ');
  // "199,-" / "199.–" (Scandinavian and German "no cents") → "199".
  s = s.replace(/(\d)[.,]-{1,2}(?!\d)/g, '$1');
  return s;
}

/** Split off space-joined chunks that are not 3-digit groups ("2021 123" is not one number). */
function trimSpaceGroups(raw: string): string {
  if (!raw.includes(' ')) return raw;
  const parts = raw.split(' ');
  let out = parts[0] ?? '';
  if (/\d{4,}$/.test(out)) return out;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (!/^\d{3}(?:$|[.,'’])/.test(part)) break;
    out += ' ' + part;
  }
  return out;
}

/**
 * A token between two numbers ("SKU 123456 $19.99", "12,99 € 15,99 €") belongs to one of them: the one it touches
 * without a space; on a tie, to the one with cents ("19,99 € 123456"), else to the first number when the second has
 * a suffix token of its own (suffix style), else to the second (prefix style).
 */
function settleSharedTokens(cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (!a.after || !b.before || a.after.start !== b.before.start) continue;
    const gapA = a.after.start - a.end;
    const gapB = b.start - b.before.end;
    const centsA = /[.,]\d{1,2}$/.test(a.raw);
    const centsB = /[.,]\d{1,2}$/.test(b.raw);
    const toB = gapB < gapA || (gapB === gapA && (centsA !== centsB ? centsB : !b.after));
    if (toB) a.after = null;
    else b.before = null;
  }
}

function findCandidates(s: string): Candidate[] {
  const out: Candidate[] = [];
  NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER.exec(s)) !== null && out.length < 50) {
    let raw = m[0];
    let start = m.index;
    if (raw[0] === '.' || raw[0] === ',') {
      // ".99" after "$" is 0.99, but "Rs.99" is 99 and "1,5" was already consumed whole.
      if (raw[0] === ',' || isLetter(s[start - 1])) {
        raw = raw.slice(1);
        start += 1;
      }
    }
    raw = trimSpaceGroups(raw);
    const end = start + raw.length;
    NUMBER.lastIndex = end;
    const before = currencyBefore(s, start);
    const after = currencyAfter(s, end);
    const next = s.slice(end).trimStart()[0];
    out.push({
      raw,
      start,
      end,
      before,
      after,
      percent: next === '%',
      glued: (!before && isLetter(s[start - 1])) || (!after && isLetter(s[end])),
    });
  }
  return out;
}

/** Digits-and-separators → number, or null. See the module comment for the rules. */
export function readAmount(raw: string, currency: string | null, decimalHint?: '.' | ','): number | null {
  let t = raw.replace(/[\s'’]/g, '');
  if (!/^[.,]?\d/.test(t)) return null;
  if (t[0] === '.' || t[0] === ',') t = '0' + t;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let decimalSep: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) {
    decimalSep = lastDot > lastComma ? '.' : ',';
    if (t.split(decimalSep).length > 2) decimalSep = null;
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep: '.' | ',' = lastDot >= 0 ? '.' : ',';
    const pieces = t.split(sep);
    const tail = pieces[pieces.length - 1] ?? '';
    if (pieces.length > 2) {
      // "1.234.567" groups; "1.234.56" has a decimal tail.
      decimalSep = tail.length === 3 ? null : sep;
    } else {
      const head = pieces[0] ?? '';
      if (tail.length !== 3) decimalSep = sep;
      else if (/^0+$/.test(head) || head.length > 3) decimalSep = sep;
      else if (currency && THREE_DECIMAL.has(currency)) decimalSep = sep;
      else if (decimalHint === sep && currency === null) decimalSep = sep;
      else decimalSep = null;
    }
  }
  let intPart = t;
  let frac = '';
  if (decimalSep) {
    const at = t.lastIndexOf(decimalSep);
    intPart = t.slice(0, at);
    frac = t.slice(at + 1);
  }
  intPart = intPart.replace(/[.,]/g, '');
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  if (!intPart && !frac) return null;
  const value = Number(`${intPart || '0'}.${frac || '0'}`);
  if (!Number.isFinite(value) || value < 0 || value > 1e12) return null;
  return value;
}

function currencyFromHintText(hint: string | undefined): CurrencyCode | Ambiguous | null {
  if (typeof hint !== 'string') return null;
  const s = normalise(hint).trim();
  if (!s) return null;
  const direct = lookupToken(s);
  if (direct) return direct;
  // Longer hint text ("Prices in EUR", "Währung: €"): the first token found in it.
  for (let i = 0; i < s.length && i < 200; i++) {
    if (i > 0 && isLetter(s[i - 1]) && isLetter(s[i])) continue;
    const hit = currencyAfter(s, i);
    if (hit && s.slice(i, hit.edge).trim()) return hit.value;
  }
  return null;
}

/** ISO code named by `hints.currency` (ambiguous symbols resolved with `hints.domain`), or null. Never throws. */
export function hintCurrency(hints: PriceHints | undefined): CurrencyCode | null {
  try {
    const hinted = currencyFromHintText(hints?.currency);
    const domain = typeof hints?.domain === 'string' ? hints.domain : undefined;
    return hinted && isAmbiguous(hinted) ? resolveAmbiguous(hinted, domain) : hinted;
  } catch {
    return null;
  }
}

function decideCurrency(
  printed: CurrencyCode | Ambiguous | null,
  hints: PriceHints | undefined,
): string | null {
  const domain = typeof hints?.domain === 'string' ? hints.domain : undefined;
  const hintedCode = hintCurrency(hints);
  if (printed && !isAmbiguous(printed)) return printed;
  if (printed && isAmbiguous(printed)) {
    if (hintedCode && ambiguousFamily(printed).has(hintedCode)) return hintedCode;
    return resolveAmbiguous(printed, domain);
  }
  return hintedCode ?? null;
}

function parseInner(input: unknown, hints: PriceHints | undefined): ParsedPrice | null {
  let text: string;
  if (typeof input === 'number') text = Number.isFinite(input) ? String(input) : '';
  else if (typeof input === 'string') text = input;
  else return null;
  const s = normalise(text);
  const all = findCandidates(s);
  settleSharedTokens(all);
  const cands = all.filter((c) => !c.percent);
  if (cands.length === 0) return null;

  // Group "A - B" ranges.
  interface Group {
    first: Candidate;
    second: Candidate | null;
  }
  const groups: Group[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b) {
      const from = a.after ? a.after.edge : a.end;
      const to = b.before ? b.before.edge : b.start;
      if (to >= from && RANGE_JOINER.test(s.slice(from, to)) ) {
        groups.push({ first: a, second: b });
        i++;
        continue;
      }
    }
    groups.push({ first: a, second: null });
  }

  // An explicit code anywhere around the group beats an ambiguous symbol ("$1,234.56 CAD" is CAD).
  const printedOf = (g: Group) => {
    const hits = [g.first.before, g.first.after, g.second?.before, g.second?.after];
    let ambiguous: CurrencyCode | Ambiguous | null = null;
    for (const h of hits) {
      if (!h) continue;
      if (!isAmbiguous(h.value)) return h.value;
      ambiguous ??= h.value;
    }
    return ambiguous;
  };
  const chosen =
    groups.find((g) => printedOf(g) !== null) ?? groups.find((g) => !g.first.glued) ?? groups[0];
  if (!chosen) return null;

  const currency = decideCurrency(printedOf(chosen), hints);
  const decimalHint = hints?.decimalSeparator === '.' || hints?.decimalSeparator === ',' ? hints.decimalSeparator : undefined;
  const low = readAmount(chosen.first.raw, currency, decimalHint);
  if (low === null) return null;
  if (chosen.second) {
    const high = readAmount(chosen.second.raw, currency, decimalHint);
    if (high !== null) return { amount: Math.min(low, high), currency, range: true };
  }
  return { amount: low, currency };
}

/** Parse a printed price. Never throws; null when no price can be read. See the module comment. */
export function parsePrice(text: string, hints?: PriceHints): ParsedPrice | null {
  try {
    return parseInner(text, hints);
  } catch {
    return null;
  }
}

/** parsePrice, then fill a missing currency with the shop domain's default (amazon.de → EUR). */
export function parsePriceWithDefault(text: string, hints?: PriceHints): ParsedPrice | null {
  const p = parsePrice(text, hints);
  if (!p || p.currency) return p;
  const fallback = currencyForDomain(hints?.domain);
  return fallback ? { ...p, currency: fallback } : p;
}
