/**
 * Small text helpers shared by the extractors. Pure, total functions: any input (even non-strings) gives a string
 * back, never an exception.
 */

// Why this list: shops print group separators as NBSP (U+00A0, fr/ru/cs price tags), narrow NBSP (U+202F, what
// Intl.NumberFormat emits for fr-FR since CLDR 34), thin space (U+2009) and figure space (U+2007); zero-width
// characters and bidi marks (U+200E/F, what Intl emits for RTL locales) sneak in from templating.
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\n\r\f\v]/g;
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g;

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: '\u00a0', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', nnbsp: '\u202f', amp: '&', lt: '<', gt: '>',
  quot: '"', apos: "'", euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', shy: '\u00ad', '#39': "'",
};

/**
 * Decode the HTML entities that leak into prices and structured data as literal text
 * ("1&nbsp;490,00 руб." from a double-escaped template, `&amp;` in JSON-LD names).
 */
export function decodeEntities(text: string): string {
  if (typeof text !== 'string' || !text.includes('&')) return typeof text === 'string' ? text : '';
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Replace every kind of white space (NBSP, narrow NBSP, thin space, tabs, newlines) with a plain space, drop zero-width characters. */
export function plainSpaces(text: string): string {
  if (typeof text !== 'string') return '';
  return text.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ');
}

/** Collapse white space runs to one space and trim. */
export function normalizeSpace(text: unknown): string {
  if (typeof text !== 'string') return '';
  return plainSpaces(text).replace(/ {2,}/g, ' ').trim();
}

/** Map full-width (U+FF10..) and Arabic-Indic digits and separators to ASCII, so "１２００円" and "١٢٣٫٤٥" parse. */
export function asciiDigits(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\u0660-\u0669]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x0660 + 48))
    .replace(/[\u06f0-\u06f9]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x06f0 + 48))
    .replace(/\uff0e/g, '.')
    .replace(/[\uff0c\u066c]/g, ',')
    .replace(/\u066b/g, '.');
}

/** Text of an element with white space collapsed; '' for null. Never throws. */
export function elementText(el: Element | null | undefined): string {
  if (!el) return '';
  try {
    return normalizeSpace(el.textContent ?? '');
  } catch {
    return '';
  }
}

/** First non-empty trimmed string among the arguments, or undefined. */
export function firstText(...values: unknown[]): string | undefined {
  for (const v of values) {
    const s = normalizeSpace(v);
    if (s) return s;
  }
  return undefined;
}

// Elements whose boundaries separate words even when the markup has no white space ("<p>Pack</p>For use").
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const NO_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Readable text of an element: like textContent, but block elements and <br> separate words, scripts and styles
 * are skipped, and white space is collapsed. Stops after `maxChars` (hostile pages can be huge). Never throws.
 */
export function blockText(el: Element | null | undefined, maxChars = 10_000): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (out.length > maxChars) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (NO_TEXT_TAGS.has(tag)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) out += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out += ' ';
  };
  try {
    walk(el);
  } catch {
    return normalizeSpace(out);
  }
  const text = normalizeSpace(out);
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}

// Labels shops print before the brand inside the element marked as the brand (corpus product-pages mediamarkt.pt:
// "Ver mais artigos da Marca: Panasonic"; Amazon bylines "Brand: X", "Visit the X Store", "Marke: X").
const BRAND_LABEL = /^(?:.{0,40}?\b)?(?:brand|marca|marke|marque|merk|märke|mærke|merkki|marka|značka|бренд|марка|品牌|ブランド|브랜드)\s*[:：]\s*/iu;
const VISIT_STORE = /^(?:visit the|besuchen sie den|visitez la boutique|visita lo store di|visita la tienda de)\s+(.+?)(?:[- ]store|[- ]shop|[- ]boutique|[- ]tienda)?$/iu;

/** Strip the labels shops print around a brand name ("Brand: Nike" → "Nike", "Visit the Nike Store" → "Nike"). */
export function cleanBrand(value: unknown): string | undefined {
  let s = normalizeSpace(typeof value === 'string' ? value : '');
  if (!s) return undefined;
  const visit = VISIT_STORE.exec(s);
  if (visit?.[1]) s = visit[1].trim();
  const stripped = s.replace(BRAND_LABEL, '').trim();
  if (stripped) s = stripped;
  return s || undefined;
}
