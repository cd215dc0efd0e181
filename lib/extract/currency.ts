/**
 * Currency knowledge for the price parser: which ISO 4217 codes we can return, what shops print for them
 * (symbols, local abbreviations, words), and which currency a shop domain shows by default.
 *
 * Contract: every function is total (never throws) and returns an upper-case ISO 4217 code from KNOWN_CURRENCIES
 * or null. Ambiguous symbols (`$`, `kr`, `¥`, `Rs`) are resolved from the shop's domain; see `resolveAmbiguous`.
 */

/**
 * Every ISO code `parsePrice` / `currencyForDomain` can return. The brand-data FX table covers exactly these,
 * so adding a code here means adding a rate there.
 */
export const KNOWN_CURRENCIES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF',
  'RON', 'BGN', 'HRK', 'RSD', 'RUB', 'UAH', 'KZT', 'TRY', 'ILS', 'INR', 'PKR', 'LKR', 'NPR', 'BDT', 'KRW', 'TWD',
  'HKD', 'SGD', 'MYR', 'IDR', 'THB', 'VND', 'PHP', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'DOP', 'CRC',
  'ZAR', 'NGN', 'KES', 'EGP', 'MAD', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'JOD', 'GEL', 'AZN', 'BYN',
] as const;
export type CurrencyCode = (typeof KNOWN_CURRENCIES)[number];

const KNOWN_SET: ReadonlySet<string> = new Set(KNOWN_CURRENCIES);

/** True when `code` is an ISO code this module knows (case-sensitive: upper case). */
export function isKnownCurrency(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && KNOWN_SET.has(code);
}

/** Currencies with no minor unit in ISO 4217 (prices are whole numbers: "¥1,200" is 1200). */
export const ZERO_DECIMAL: ReadonlySet<string> = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK']);

/** Currencies with three minor digits in ISO 4217 ("KD 1.250" is 1.25, not 1250). */
export const THREE_DECIMAL: ReadonlySet<string> = new Set(['KWD', 'BHD', 'OMR', 'JOD']);

/** Markers for symbols that mean different currencies in different countries. */
export type Ambiguous = '$' | 'kr' | '¥' | 'Rs' | 'руб' | '元';

/**
 * Printed currency tokens (lower case, white space collapsed to one space) → ISO code or an ambiguity marker.
 * Three-letter ISO codes need no entry: any code in KNOWN_CURRENCIES is recognised as itself.
 * Written code → tokens ('|' between tokens; no token may appear twice) and inverted once at start-up: the content
 * scripts ship this table, and the grouped form is a third of the size (issue 6 budget).
 */
// Why these spellings: eBay prints "US $", "C $", "AU $" (with a space); Intl.NumberFormat en-US prints "CA$",
// "A$", "MX$", "NZ$", "CN¥"; Russian shops print "руб." / "р."; Polish "zł"; Czech "Kč"; Swiss "Fr." / "CHF";
// Argentine shops "U$S" for dollars; Japanese "円", Chinese "元", Korean "원".
// "元" is the yuan on mainland shops and the dollar on Taiwanese ones ("294 元", corpus product-pages pcstore.com.tw),
// also used in Hong Kong: resolved from the domain like "$".
// "руб." / "р." are roubles of either Russia or Belarus (Belarusian shops print them for BYN: corpus product-pages
// kids.1k.by, 2021); "б.р." / "бел. руб." and the official sign "Br" are Belarusian only. "RUR" is the pre-1998 code
// that Yandex.Market still puts in priceCurrency (corpus product-pages pokupki.market.yandex.ru).
export const CURRENCY_TOKEN_GROUPS: Readonly<Partial<Record<CurrencyCode | Ambiguous, string>>> = {
  $: '$|＄|dollars|dollar',
  USD: 'us$|us $|u$s|u$d',
  CAD: 'c$|c $|ca$|can$|cdn$|cdn $',
  AUD: 'au$|au $|a$|aud$',
  NZD: 'nz$|nz $',
  HKD: 'hk$|hk $',
  SGD: 's$|sg$',
  MXN: 'mx$|mex$',
  BRL: 'r$',
  TWD: 'nt$|nt $|新台幣|台幣|ntd',
  DOP: 'rd$',
  EUR: '€|euro|euros|евро',
  GBP: '£|￡',
  '¥': '¥|￥',
  JPY: 'yen|円|jp¥',
  CNY: 'cn¥|rmb|人民币',
  元: '元',
  INR: '₹|inr',
  Rs: 'rs|rs.|₨',
  PLN: 'zł|zl',
  CZK: 'kč',
  HUF: 'ft',
  RON: 'lei',
  BGN: 'лв|лв.',
  HRK: 'kn',
  RSD: 'din|дин|дин.',
  kr: 'kr|kr.|kroner',
  SEK: 'kronor',
  ISK: 'krónur',
  RUB: '₽|rur',
  руб: 'руб|руб.|р.|рублей|рубля|рубль',
  BYN: 'б.р.|бел. руб.|бел.руб.|бел. руб|br',
  UAH: '₴|грн|грн.',
  KZT: '₸|тг',
  TRY: '₺|tl',
  CHF: 'fr.|sfr.|sfr',
  ILS: '₪|nis',
  KRW: '₩|￦|원',
  VND: '₫|đ',
  THB: '฿|บาท',
  PHP: '₱',
  IDR: 'rp|rp.',
  MYR: 'rm',
  NGN: '₦',
  KES: 'ksh',
  EGP: 'e£',
  ZAR: 'r',
  PEN: 's/|s/.',
  CRC: '₡',
  KWD: 'kd',
  GEL: '₾',
  AZN: '₼',
  AED: 'د.إ',
  SAR: 'ر.س',
};

export const CURRENCY_TOKENS: Readonly<Record<string, CurrencyCode | Ambiguous>> = invert(CURRENCY_TOKEN_GROUPS, '|');

/** { value: 'a|b' } → { a: value, b: value }. */
function invert<V extends string>(groups: Partial<Record<V, string>>, sep: string): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [value, keys] of Object.entries(groups) as Array<[V, string]>) for (const k of keys.split(sep)) out[k] = value;
  return out;
}

/** Local currency of the dollar-using countries (for "$" on their shops). */
const DOLLAR_CURRENCIES: ReadonlySet<string> = new Set([
  'USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'MXN', 'ARS', 'CLP', 'COP', 'UYU', 'DOP',
]);
const KRONA_CURRENCIES: ReadonlySet<string> = new Set(['SEK', 'NOK', 'DKK', 'ISK']);
const RUPEE_CURRENCIES: ReadonlySet<string> = new Set(['INR', 'PKR', 'LKR', 'NPR']);
const YEN_CURRENCIES: ReadonlySet<string> = new Set(['JPY', 'CNY']);
const ROUBLE_CURRENCIES: ReadonlySet<string> = new Set(['RUB', 'BYN']);
const YUAN_CURRENCIES: ReadonlySet<string> = new Set(['CNY', 'TWD', 'HKD']);

/** The currencies an ambiguous symbol can stand for (so a hint of "CAD" can settle a printed "$"). */
export function ambiguousFamily(marker: Ambiguous): ReadonlySet<string> {
  switch (marker) {
    case '$':
      return DOLLAR_CURRENCIES;
    case '¥':
      return YEN_CURRENCIES;
    case 'kr':
      return KRONA_CURRENCIES;
    case 'Rs':
      return RUPEE_CURRENCIES;
    case 'руб':
      return ROUBLE_CURRENCIES;
    case '元':
      return YUAN_CURRENCIES;
  }
}

/** True when a token-table value is an ambiguity marker rather than an ISO code. */
export function isAmbiguous(value: string): value is Ambiguous {
  return value === '$' || value === 'kr' || value === '¥' || value === 'Rs' || value === 'руб' || value === '元';
}

/**
 * Resolve an ambiguous symbol with the shop's home currency:
 * - `$`: the domain's currency when that country uses a dollar/peso sign (amazon.ca → CAD, .mx → MXN), else USD.
 *   Decision: a bare "$" on a .com, an unknown domain, no domain, or a non-dollar country (a .de shop quoting
 *   dollars) means USD — US dollars are by far the most common meaning on the shops we read.
 * - `¥`: CNY on Chinese shops (.cn, taobao, tmall), else JPY (the sign's Unicode name; Japanese shops and
 *   Intl en-US both use it for yen; Chinese prices on international pages are printed "CN¥").
 * - `kr`: SEK/NOK/DKK/ISK from the domain; null when the domain is not Nordic (no safe default).
 * - `Rs`: PKR/LKR/NPR from the domain, else INR.
 * - `руб` ("руб.", "р."): BYN on Belarusian shops (.by), else RUB.
 * - `元`: TWD on Taiwanese shops, HKD on Hong Kong ones, else CNY.
 */
export function resolveAmbiguous(marker: Ambiguous, domain?: string | null): CurrencyCode | null {
  const home = domain ? currencyForDomain(domain) : null;
  switch (marker) {
    case '$':
      return home && DOLLAR_CURRENCIES.has(home) ? home : 'USD';
    case '¥':
      return home === 'CNY' ? 'CNY' : 'JPY';
    case 'kr':
      return home && KRONA_CURRENCIES.has(home) ? home : null;
    case 'Rs':
      return home && RUPEE_CURRENCIES.has(home) ? home : 'INR';
    case 'руб':
      return home === 'BYN' ? 'BYN' : 'RUB';
    case '元':
      return home === 'TWD' || home === 'HKD' ? home : 'CNY';
  }
}

/**
 * Turn printed currency text ("€", "US $", "руб.", "eur", "kr") into an ISO code, or null when it is not a currency
 * we recognise. `domain` resolves ambiguous symbols.
 */
export function currencyFromText(text: unknown, domain?: string | null): CurrencyCode | null {
  if (typeof text !== 'string') return null;
  const t = text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  if (!t || t.length > 24) return null;
  const upper = t.toUpperCase();
  if (isKnownCurrency(upper)) return upper;
  const hit = CURRENCY_TOKENS[t.toLowerCase()];
  if (hit === undefined) return null;
  if (isAmbiguous(hit)) return resolveAmbiguous(hit, domain);
  return hit;
}

// Why per-host entries: these marketplaces serve one storefront per host and show its home currency unless the
// user switches it. AliExpress, Temu and DHgate pick a display currency per visitor; USD is their default.
// Storefronts on a country domain (amazon.de, ebay.com.au, walmart.ca…) need no entry: the TLD gives the same code.
const HOST_CURRENCY: Readonly<Partial<Record<CurrencyCode, string>>> = {
  USD: 'amazon.com ebay.com aliexpress.com temu.com walmart.com dhgate.com etsy.com',
  CNY: 'taobao.com tmall.com jd.com 1688.com',
};
const HOST_TABLE = Object.entries(invert(HOST_CURRENCY, ' '));

// Country-code TLD → currency. ISO 4217 codes begin with the ISO 3166 country code, which is also the ccTLD
// (se → SEK, by → BYN), so only the exceptions are written: the euro area (members as of 2026, Croatia since 2023),
// uk (GB's TLD) and Liechtenstein (Swiss franc).
const TLD_CURRENCY: Readonly<Record<string, CurrencyCode>> = {
  ...Object.fromEntries(KNOWN_CURRENCIES.map((c) => [c.slice(0, 2).toLowerCase(), c])),
  ...invert({ EUR: 'de fr it es nl be at ie pt fi gr sk si ee lv lt lu mt cy hr', GBP: 'uk', CHF: 'li' }, ' '),
};

/** Lower-cased host name from a host, registrable domain or full URL; '' when unusable. */
export function hostOf(hostOrDomain: unknown): string {
  if (typeof hostOrDomain !== 'string') return '';
  let h = hostOrDomain.trim().toLowerCase();
  if (!h) return '';
  if (h.includes('/')) {
    try {
      h = new URL(h.includes('://') ? h : `https://${h}`).hostname;
    } catch {
      return '';
    }
  }
  return h.replace(/:\d+$/, '').replace(/\.$/, '');
}

/**
 * Default display currency of a shop by host or domain ("www.amazon.co.uk" → GBP, "ebay.com.au" → AUD,
 * "shop.example.se" → SEK). Generic TLDs (.com, .net, .org, .shop …) that are not a known marketplace → null.
 */
export function currencyForDomain(hostOrDomain: unknown): CurrencyCode | null {
  // One page asks this for every price it reads, always with the same URL or host: remember the last answer.
  if (typeof hostOrDomain === 'string' && hostOrDomain === lastDomainAsked) return lastDomainAnswer;
  const answer = lookUpDomain(hostOrDomain);
  if (typeof hostOrDomain === 'string') {
    lastDomainAsked = hostOrDomain;
    lastDomainAnswer = answer;
  }
  return answer;
}

let lastDomainAsked: string | undefined;
let lastDomainAnswer: CurrencyCode | null = null;

function lookUpDomain(hostOrDomain: unknown): CurrencyCode | null {
  const host = hostOf(hostOrDomain);
  if (!host) return null;
  let best: CurrencyCode | null = null;
  let bestLen = 0;
  for (const [domain, code] of HOST_TABLE) {
    if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > bestLen) {
      best = code;
      bestLen = domain.length;
    }
  }
  if (best) return best;
  const tld = host.slice(host.lastIndexOf('.') + 1);
  return TLD_CURRENCY[tld] ?? null;
}
