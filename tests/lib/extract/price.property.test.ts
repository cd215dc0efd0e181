import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_CURRENCIES, ZERO_DECIMAL } from '../../../lib/extract/currency';
import { parsePrice } from '../../../lib/extract/price';

const PRICE_CHARS = fc.constantFrom(
  ...'0123456789.,\' -–~$€£¥￥₹₽zł KčkrCHFUSDEURруб.RsR$%()*/\u00a0\u202f\u2009abcXYZ起からto'.split(''),
);
const priceish = fc.string({ unit: PRICE_CHARS, maxLength: 40 });
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), priceish, fc.string({ maxLength: 60 }));
const hints = fc.record(
  {
    currency: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('$', 'kr', '¥', 'EUR', 'руб.', '')),
    decimalSeparator: fc.constantFrom('.' as const, ',' as const),
    domain: fc.oneof(fc.domain(), fc.constantFrom('amazon.ca', 'shop.se', 'taobao.com', '', 'not a host', 'https://x.jp/a')),
  },
  { requiredKeys: [] },
);

describe('parsePrice properties', () => {
  it('never throws; results are finite, ≥ 0, ≤ 1e12, with a known ISO code or null', () => {
    fc.assert(
      fc.property(anyText, hints, (text, h) => {
        const r = parsePrice(text, h);
        if (r === null) return;
        expect(Number.isFinite(r.amount)).toBe(true);
        expect(r.amount).toBeGreaterThanOrEqual(0);
        expect(r.amount).toBeLessThanOrEqual(1e12);
        if (r.currency !== null) expect(KNOWN_CURRENCIES).toContain(r.currency);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back plain decimal numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
        const s = (cents / 100).toFixed(2);
        expect(parsePrice(s)?.amount).toBeCloseTo(cents / 100, 9);
      }),
    );
  });
});

/**
 * Round trip through Intl.NumberFormat: what browsers (and many shops' templates) print for a locale and currency.
 * `domain` is the shop a symbol-only currency would be shown on (needed for "$", "kr", "¥").
 */
const LOCALE_CASES: ReadonlyArray<{ locale: string; currency: string; domain?: string }> = [
  { locale: 'en-US', currency: 'USD' },
  { locale: 'en-US', currency: 'EUR' },
  { locale: 'en-US', currency: 'CAD' },
  { locale: 'en-US', currency: 'AUD' },
  { locale: 'en-US', currency: 'JPY' },
  { locale: 'en-US', currency: 'CNY' },
  { locale: 'en-US', currency: 'MXN' },
  { locale: 'en-GB', currency: 'GBP' },
  { locale: 'en-CA', currency: 'CAD', domain: 'amazon.ca' },
  { locale: 'en-AU', currency: 'AUD', domain: 'ebay.com.au' },
  { locale: 'en-IN', currency: 'INR' },
  { locale: 'hi-IN', currency: 'INR' },
  { locale: 'de-DE', currency: 'EUR' },
  { locale: 'de-DE', currency: 'USD' },
  { locale: 'de-AT', currency: 'EUR' },
  { locale: 'de-CH', currency: 'CHF' },
  { locale: 'fr-FR', currency: 'EUR' },
  { locale: 'fr-CH', currency: 'CHF' },
  { locale: 'fr-CA', currency: 'CAD', domain: 'amazon.ca' },
  { locale: 'it-IT', currency: 'EUR' },
  { locale: 'es-ES', currency: 'EUR' },
  { locale: 'es-MX', currency: 'MXN', domain: 'amazon.com.mx' },
  { locale: 'nl-NL', currency: 'EUR' },
  { locale: 'pt-BR', currency: 'BRL' },
  { locale: 'pt-PT', currency: 'EUR' },
  { locale: 'pl-PL', currency: 'PLN' },
  { locale: 'cs-CZ', currency: 'CZK' },
  { locale: 'hu-HU', currency: 'HUF' },
  { locale: 'ro-RO', currency: 'RON' },
  { locale: 'ru-RU', currency: 'RUB' },
  { locale: 'uk-UA', currency: 'UAH' },
  { locale: 'tr-TR', currency: 'TRY' },
  { locale: 'sv-SE', currency: 'SEK', domain: 'shop.se' },
  { locale: 'nb-NO', currency: 'NOK', domain: 'shop.no' },
  { locale: 'da-DK', currency: 'DKK', domain: 'shop.dk' },
  { locale: 'ja-JP', currency: 'JPY' },
  { locale: 'zh-CN', currency: 'CNY', domain: 'taobao.com' },
  { locale: 'ko-KR', currency: 'KRW' },
  { locale: 'he-IL', currency: 'ILS' },
  { locale: 'th-TH', currency: 'THB' },
  { locale: 'id-ID', currency: 'IDR' },
  { locale: 'vi-VN', currency: 'VND' },
  { locale: 'ar-AE', currency: 'AED' },
];

describe('Intl.NumberFormat round trip', () => {
  it.each(LOCALE_CASES.map((c) => [`${c.locale} ${c.currency}`, c] as const))('%s', (_label, c) => {
    const fmt = new Intl.NumberFormat(c.locale, { style: 'currency', currency: c.currency });
    const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_99 }), (cents) => {
        const amount = ZERO_DECIMAL.has(c.currency) ? Math.round(cents / 100) : cents / 100;
        const text = fmt.format(amount);
        const parsed = parsePrice(text, c.domain ? { domain: c.domain } : undefined);
        expect(parsed, text).not.toBeNull();
        // Intl rounds to the currency's digits (0 for JPY, 0 for some locales' IDR/HUF): compare at that precision.
        expect(Math.abs(parsed!.amount - Number(amount.toFixed(digits))), text).toBeLessThanOrEqual(0.01);
        expect(parsed!.currency, text).toBe(c.currency);
      }),
      { numRuns: 150 },
    );
  });
});
