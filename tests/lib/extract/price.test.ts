import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePrice, parsePriceWithDefault, readAmount, type PriceHints } from '../../../lib/extract/price';
import { corpusFolder } from './corpus-path';

const p = (text: string, hints?: PriceHints) => parsePrice(text, hints);

describe('parsePrice: symbols and codes before/after', () => {
  it.each([
    ['$12.99', 12.99, 'USD'],
    ['12.99 $', 12.99, 'USD'],
    ['US $12.99', 12.99, 'USD'],
    ['US$12.99', 12.99, 'USD'],
    ['USD 12.99', 12.99, 'USD'],
    ['12.99 USD', 12.99, 'USD'],
    ['C $12.99', 12.99, 'CAD'],
    ['CA$12.99', 12.99, 'CAD'],
    ['AU $15.00', 15, 'AUD'],
    ['A$15.00', 15, 'AUD'],
    ['NZ$20', 20, 'NZD'],
    ['HK$199', 199, 'HKD'],
    ['MX$1,299.00', 1299, 'MXN'],
    ['€12,99', 12.99, 'EUR'],
    ['12,99 €', 12.99, 'EUR'],
    ['EUR 12,50', 12.5, 'EUR'],
    ['12,50 EUR', 12.5, 'EUR'],
    ['£9.99', 9.99, 'GBP'],
    ['GBP 9.99', 9.99, 'GBP'],
    ['¥1,200', 1200, 'JPY'],
    ['￥1,200', 1200, 'JPY'],
    ['1,200円', 1200, 'JPY'],
    ['CN¥89.00', 89, 'CNY'],
    ['99元', 99, 'CNY'],
    ['₹1,499', 1499, 'INR'],
    ['Rs. 1,499', 1499, 'INR'],
    ['Rs.999', 999, 'INR'],
    ['R$ 59,90', 59.9, 'BRL'],
    ['59,90 zł', 59.9, 'PLN'],
    ['1 299 Kč', 1299, 'CZK'],
    ['4 500 руб.', 4500, 'RUB'],
    ['4 500 ₽', 4500, 'RUB'],
    ['4500 р.', 4500, 'RUB'],
    ['CHF 49.90', 49.9, 'CHF'],
    ['Fr. 49.90', 49.9, 'CHF'],
    ['49.90 CHF', 49.9, 'CHF'],
    ['₩15,000', 15000, 'KRW'],
    ['15,000원', 15000, 'KRW'],
    ['₪1,590', 1590, 'ILS'],
    ['1.299 Ft', 1299, 'HUF'],
    ['129,99 lei', 129.99, 'RON'],
    ['₺249,90', 249.9, 'TRY'],
    ['249,90 TL', 249.9, 'TRY'],
    ['₫250.000', 250000, 'VND'],
    ['Rp 150.000', 150000, 'IDR'],
    ['RM 45.90', 45.9, 'MYR'],
    ['฿1,290', 1290, 'THB'],
    ['₱1,299.00', 1299, 'PHP'],
    ['R 299.99', 299.99, 'ZAR'],
    ['199 грн', 199, 'UAH'],
    ['KD 1.250', 1.25, 'KWD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(p(text)).toEqual({ amount, currency });
  });
});

describe('parsePrice: separators', () => {
  it.each([
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['1 234,56', 1234.56], // plain space
    ['1\u00a0234,56', 1234.56], // NBSP
    ['1\u202f234,56', 1234.56], // narrow NBSP (Intl fr-FR)
    ['1\u2009234,56', 1234.56], // thin space
    ["1'234.50", 1234.5], // Swiss apostrophe
    ['1’234.50', 1234.5], // Swiss typographic apostrophe
    ['1,23,456.00', 123456], // Indian grouping
    ['12,34,56,789.50', 123456789.5],
    ['12,99', 12.99],
    ['12.99', 12.99],
    ['12,3', 12.3],
    ['0.0005', 0.0005],
    ['1.234', 1234], // three digits after a single separator: a group
    ['1,234', 1234],
    ['0.125', 0.125], // integer part 0: decimals
    ['1234.567', 1234.567], // more than three digits before: not a group separator
    ['100.000.000', 100000000],
    ['1,234,567.89', 1234567.89],
    ['199,-', 199],
    ['199.–', 199],
    ['１２００', 1200], // full-width digits
    ['$.99', 0.99],
  ])('%s → %d', (text, amount) => {
    expect(p(text)?.amount).toBe(amount);
  });

  it('uses hints.decimalSeparator only for the three-digit tie with an unknown currency', () => {
    expect(p('1.234', { decimalSeparator: '.' })?.amount).toBe(1.234);
    expect(p('1.234', { decimalSeparator: ',' })?.amount).toBe(1234);
    expect(p('$1.234', { decimalSeparator: '.' })?.amount).toBe(1234);
    expect(p('1,5', { decimalSeparator: '.' })?.amount).toBe(1.5);
  });

  it('reads zero-decimal currencies as whole units', () => {
    expect(p('¥1,200')?.amount).toBe(1200);
    expect(p('￥12,800')?.amount).toBe(12800);
    expect(p('₩1,200,000')?.amount).toBe(1200000);
    expect(p('¥1.200', { domain: 'amazon.co.jp' })?.amount).toBe(1200);
  });
});

describe('parsePrice: ranges, prefixes and surrounding text', () => {
  it.each([
    ['$10 - $40', 10, 'USD'],
    ['US $3.99 - 5.99', 3.99, 'USD'],
    ['10 - 40 €', 10, 'EUR'],
    ['$10 to $40', 10, 'USD'],
    ['12,99 € bis 19,99 €', 12.99, 'EUR'],
    ['¥1,200～¥3,400', 1200, 'JPY'],
    ['£5.29 – £9.56', 5.29, 'GBP'],
    ['$40 - $10', 10, 'USD'],
  ])('range %s → low end %d', (text, amount, currency) => {
    expect(p(text)).toEqual({ amount, currency, range: true });
  });

  it.each([
    ['from $12.99', 12.99, 'USD'],
    ['ab 12,99 €', 12.99, 'EUR'],
    ['à partir de 15,00 €', 15, 'EUR'],
    ['desde 10 €', 10, 'EUR'],
    ['a partire da 9,90 €', 9.9, 'EUR'],
    ['¥99起', 99, 'JPY'],
    ['от 1 990 ₽', 1990, 'RUB'],
    ['Price: $12.99 each', 12.99, 'USD'],
    ['Now £9.99 Was £19.99', 9.99, 'GBP'],
    ['Save 20% – now $15.00', 15, 'USD'],
    ['2 for $10.00', 10, 'USD'],
    ['SKU 123456 $19.99', 19.99, 'USD'],
    ['US $1,000.00/ea', 1000, 'USD'],
    ['ab 12,99 €*', 12.99, 'EUR'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(p(text)).toEqual({ amount, currency });
  });

  it('lets an explicit code beat an ambiguous symbol around the same number', () => {
    expect(p('$1,234.56 CAD')).toEqual({ amount: 1234.56, currency: 'CAD' });
    expect(p('kr 199 SEK')).toEqual({ amount: 199, currency: 'SEK' });
    expect(p('$1,234.56 USD', { domain: 'amazon.ca' })?.currency).toBe('USD');
  });

  it('gives a symbol between two numbers to the right one', () => {
    expect(p('$24.99$24.99')).toEqual({ amount: 24.99, currency: 'USD' }); // Amazon offscreen + visible text
    expect(p('24,99 €24,99 €')).toEqual({ amount: 24.99, currency: 'EUR' });
    expect(p('Art. 123456 €19,99')).toEqual({ amount: 19.99, currency: 'EUR' });
    expect(p('19,99 € 123456')).toEqual({ amount: 19.99, currency: 'EUR' });
  });

  it('is not fooled by a letter-run that ends in a currency-like token', () => {
    expect(p('ABC $5')?.currency).toBe('USD');
    expect(p('5 reviews')?.currency).toBeNull();
    expect(p('try 5')?.currency).toBeNull(); // lower-case "try" is a word, not TRY
    expect(p('Cable 5 ft $12.99')).toEqual({ amount: 12.99, currency: 'USD' }); // feet, not forint
    expect(p('5 ft')).toEqual({ amount: 5, currency: null });
    expect(p('r 5')?.currency).toBeNull();
  });
});

describe('parsePrice: ambiguous symbols and hints', () => {
  it('resolves $ from the domain', () => {
    expect(p('$12.99', { domain: 'www.amazon.ca' })?.currency).toBe('CAD');
    expect(p('$12.99', { domain: 'ebay.com.au' })?.currency).toBe('AUD');
    expect(p('$12.99', { domain: 'mercadolibre.com.mx' })?.currency).toBe('MXN');
    expect(p('$12.99', { domain: 'amazon.com' })?.currency).toBe('USD');
    expect(p('$12.99', { domain: 'shop.example' })?.currency).toBe('USD');
    expect(p('$12.99', { domain: 'amazon.de' })?.currency).toBe('USD'); // a German shop quoting dollars
    expect(p('$12.99')?.currency).toBe('USD');
  });
  it('resolves kr and ¥ from the domain', () => {
    expect(p('199 kr', { domain: 'shop.se' })?.currency).toBe('SEK');
    expect(p('199 kr.', { domain: 'shop.dk' })?.currency).toBe('DKK');
    expect(p('kr 199,-', { domain: 'shop.no' })).toEqual({ amount: 199, currency: 'NOK' });
    expect(p('199 kr')?.currency).toBeNull(); // no safe default for kronor
    expect(p('¥99', { domain: 'item.taobao.com' })?.currency).toBe('CNY');
    expect(p('¥99', { domain: 'detail.tmall.com' })?.currency).toBe('CNY');
    expect(p('¥1,200', { domain: 'amazon.co.jp' })?.currency).toBe('JPY');
    // Roubles: "руб." / "р." are Belarusian on a .by shop, Russian elsewhere; "б.р." and "Br" are Belarusian only.
    expect(p('1 490,00 руб.', { domain: 'shop.by' })).toEqual({ amount: 1490, currency: 'BYN' });
    expect(p('1 490,00 руб.', { domain: 'shop.ru' })).toEqual({ amount: 1490, currency: 'RUB' });
    expect(p('99 р.', { domain: 'kids.1k.by' })?.currency).toBe('BYN');
    expect(p('от 502,20 б.р.')).toEqual({ amount: 502.2, currency: 'BYN' });
    expect(p('25,50 Br')).toEqual({ amount: 25.5, currency: 'BYN' });
    expect(p('3 br')?.currency).toBeNull(); // lower-case "br" is a bedroom count, not the rouble sign
    expect(p('4 500', { currency: 'руб.', domain: 'shop.by' })?.currency).toBe('BYN');
    // "元" is the yuan on the mainland and the (new Taiwan / Hong Kong) dollar on those shops.
    expect(p('一次付清特價 7 折 294 元', { domain: 'www.pcstore.com.tw' })).toEqual({ amount: 294, currency: 'TWD' });
    expect(p('99元', { domain: 'item.taobao.com' })?.currency).toBe('CNY');
    expect(p('120 元', { domain: 'shop.hk' })?.currency).toBe('HKD');
    expect(p('新台幣 1,200')).toEqual({ amount: 1200, currency: 'TWD' });
  });
  it('takes hints.currency as raw text and resolves it', () => {
    expect(p('4 500', { currency: 'руб.' })).toEqual({ amount: 4500, currency: 'RUB' });
    expect(p('12,99', { currency: '€' })).toEqual({ amount: 12.99, currency: 'EUR' });
    expect(p('12.99', { currency: 'eur' })?.currency).toBe('EUR');
    expect(p('12.99', { currency: 'Prices in GBP' })?.currency).toBe('GBP');
    expect(p('12.99', { currency: '$', domain: 'walmart.ca' })?.currency).toBe('CAD');
    // A hint settles an ambiguous printed symbol within its family only.
    expect(p('$12.99', { currency: 'CAD' })?.currency).toBe('CAD');
    expect(p('$12.99', { currency: 'EUR' })?.currency).toBe('USD');
    // An unambiguous printed symbol beats the hint.
    expect(p('€12.99', { currency: 'USD' })?.currency).toBe('EUR');
    expect(p('12.99', { currency: 'not a currency' })?.currency).toBeNull();
  });
  it('gives currency null for a bare number; parsePriceWithDefault fills the domain default', () => {
    expect(p('12,99', { domain: 'amazon.de' })).toEqual({ amount: 12.99, currency: null });
    expect(parsePriceWithDefault('12,99', { domain: 'amazon.de' })).toEqual({ amount: 12.99, currency: 'EUR' });
    expect(parsePriceWithDefault('12,99', { domain: 'example.com' })).toEqual({ amount: 12.99, currency: null });
  });
});

describe('parsePrice: garbage', () => {
  it.each(['', '   ', 'abc', 'Free shipping', '$', '€ ,', '20%', '--', '.', ','])('%j → null', (text) => {
    expect(p(text)).toBeNull();
  });
  it('refuses non-strings and absurd amounts without throwing', () => {
    expect(parsePrice(undefined as unknown as string)).toBeNull();
    expect(parsePrice(null as unknown as string)).toBeNull();
    expect(parsePrice({} as unknown as string)).toBeNull();
    expect(parsePrice(Number.NaN as unknown as string)).toBeNull();
    expect(parsePrice('$99999999999999999')).toBeNull();
    expect(parsePrice('1'.repeat(100_000))).toBeNull();
  });
  it('decodes entities that leak into text', () => {
    expect(p('1&nbsp;490,00 руб.')).toEqual({ amount: 1490, currency: 'RUB' });
    expect(p('&euro;12,50')).toEqual({ amount: 12.5, currency: 'EUR' });
    expect(p('&#36;5.00')).toEqual({ amount: 5, currency: 'USD' });
  });
});

describe('readAmount', () => {
  it('refuses malformed digit strings', () => {
    expect(readAmount('abc', null)).toBeNull();
    expect(readAmount('1.2.3,4,5', null)).toBe(12345); // groups only when the last separator repeats
  });
});

const priceCorpus = corpusFolder('parse-price-js');
describe.skipIf(!priceCorpus.exists)('corpus parse-price-js', () => {
  interface Case { input: string | number; amount: string; name: string }
  const cases: Case[] = priceCorpus.exists
    ? (JSON.parse(readFileSync(path.join(priceCorpus.dir, 'parse_price_examples.json'), 'utf8')) as Case[])
    : [];
  it('has the 27 cases the README promises', () => expect(cases.length).toBe(27));
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = parsePrice(typeof c.input === 'number' ? String(c.input) : c.input);
    expect(got).not.toBeNull();
    expect(got!.amount).toBeCloseTo(Number(c.amount), 9);
  });
});
