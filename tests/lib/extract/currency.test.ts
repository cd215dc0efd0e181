import { describe, expect, it } from 'vitest';
import {
  CURRENCY_TOKENS,
  currencyForDomain,
  currencyFromText,
  isKnownCurrency,
  KNOWN_CURRENCIES,
  resolveAmbiguous,
  THREE_DECIMAL,
  ZERO_DECIMAL,
} from '../../../lib/extract/currency';
import { MARKETPLACES } from '../../../lib/sites';

describe('currencyForDomain', () => {
  it.each([
    ['amazon.com', 'USD'], ['www.amazon.com', 'USD'], ['amazon.co.uk', 'GBP'], ['amazon.de', 'EUR'],
    ['amazon.fr', 'EUR'], ['amazon.it', 'EUR'], ['amazon.es', 'EUR'], ['amazon.ca', 'CAD'],
    ['amazon.com.au', 'AUD'], ['amazon.co.jp', 'JPY'], ['amazon.in', 'INR'],
    ['ebay.com', 'USD'], ['www.ebay.co.uk', 'GBP'], ['ebay.de', 'EUR'], ['ebay.ie', 'EUR'], ['ebay.ca', 'CAD'],
    ['ebay.com.au', 'AUD'], ['aliexpress.com', 'USD'], ['de.aliexpress.com', 'USD'], ['aliexpress.ru', 'RUB'],
    ['temu.com', 'USD'], ['walmart.com', 'USD'], ['walmart.ca', 'CAD'], ['dhgate.com', 'USD'],
    ['etsy.com', 'USD'], ['item.taobao.com', 'CNY'], ['detail.tmall.com', 'CNY'],
    ['shop.se', 'SEK'], ['shop.dk', 'DKK'], ['shop.no', 'NOK'], ['shop.ch', 'CHF'], ['shop.pl', 'PLN'],
    ['shop.co.uk', 'GBP'], ['shop.com.br', 'BRL'], ['shop.hr', 'EUR'],
    ['https://www.amazon.co.uk/dp/B000?x=1', 'GBP'], ['AMAZON.DE.', 'EUR'], ['shop.de:8443', 'EUR'],
  ])('%s → %s', (host, code) => {
    expect(currencyForDomain(host)).toBe(code);
  });
  it.each(['example.com', 'shop.net', 'store.org', '', 'not a host', 'localhost'])('%j → null', (host) => {
    expect(currencyForDomain(host)).toBeNull();
  });
  it('does not match look-alike hosts', () => {
    expect(currencyForDomain('notamazon.co.jp.evil.com')).toBeNull();
    expect(currencyForDomain('amazon.com.evil.io')).toBeNull();
  });
  it('covers every marketplace domain the extension runs on', () => {
    for (const m of MARKETPLACES) for (const d of m.domains) expect(currencyForDomain(d), d).not.toBeNull();
  });
  it('never throws on junk', () => {
    for (const junk of [undefined, null, 42, {}, 'http://[::1', '%%%'] as unknown[]) expect(() => currencyForDomain(junk)).not.toThrow();
  });
});

describe('currency tables', () => {
  it('KNOWN_CURRENCIES is unique ISO-shaped codes, and every table value is in it', () => {
    expect(new Set(KNOWN_CURRENCIES).size).toBe(KNOWN_CURRENCIES.length);
    for (const c of KNOWN_CURRENCIES) expect(c).toMatch(/^[A-Z]{3}$/);
    for (const [token, v] of Object.entries(CURRENCY_TOKENS)) {
      expect(token, 'tokens are lower case').toBe(token.toLowerCase());
      if (!['$', 'kr', '¥', 'Rs', 'руб', '元'].includes(v)) expect(isKnownCurrency(v), token).toBe(true);
    }
    for (const c of [...ZERO_DECIMAL, ...THREE_DECIMAL]) expect(isKnownCurrency(c)).toBe(true);
  });
  it('ZERO_DECIMAL agrees with Intl for the codes it lists', () => {
    for (const c of ZERO_DECIMAL) {
      const digits = new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits;
      expect(digits, c).toBe(0);
    }
  });
  it('resolves ambiguous markers', () => {
    expect(resolveAmbiguous('$', 'amazon.com.au')).toBe('AUD');
    expect(resolveAmbiguous('$', 'amazon.de')).toBe('USD');
    expect(resolveAmbiguous('$')).toBe('USD');
    expect(resolveAmbiguous('¥', 'amazon.co.jp')).toBe('JPY');
    expect(resolveAmbiguous('¥', 'shop.cn')).toBe('CNY');
    expect(resolveAmbiguous('¥')).toBe('JPY');
    expect(resolveAmbiguous('kr', 'shop.is')).toBe('ISK');
    expect(resolveAmbiguous('kr', 'amazon.de')).toBeNull();
    expect(resolveAmbiguous('Rs', 'shop.pk')).toBe('PKR');
    expect(resolveAmbiguous('Rs')).toBe('INR');
    expect(resolveAmbiguous('руб', 'kids.1k.by')).toBe('BYN');
    expect(resolveAmbiguous('руб', 'shop.ru')).toBe('RUB');
    expect(resolveAmbiguous('руб')).toBe('RUB');
    expect(resolveAmbiguous('元', 'www.pcstore.com.tw')).toBe('TWD');
    expect(resolveAmbiguous('元', 'shop.hk')).toBe('HKD');
    expect(resolveAmbiguous('元', 'item.taobao.com')).toBe('CNY');
    expect(resolveAmbiguous('元')).toBe('CNY');
  });
  it('knows the Belarusian rouble (corpus product-pages kids.1k.by: priceCurrency BYN, printed "б.р.")', () => {
    expect(isKnownCurrency('BYN')).toBe(true);
    expect(currencyFromText('BYN')).toBe('BYN');
    expect(currencyFromText('б.р.')).toBe('BYN');
    expect(currencyFromText('бел. руб.')).toBe('BYN');
    expect(currencyFromText('руб.', 'kids.1k.by')).toBe('BYN');
    expect(currencyFromText('р.', 'www.shop.by')).toBe('BYN');
    expect(currencyFromText('руб.', 'shop.kz')).toBe('RUB');
    expect(currencyFromText('₽', 'kids.1k.by')).toBe('RUB'); // the sign is Russian only
    expect(currencyForDomain('kids.1k.by')).toBe('BYN');
  });
  it('reads the pre-1998 rouble code RUR as RUB (Yandex.Market priceCurrency)', () => {
    expect(currencyFromText('RUR')).toBe('RUB');
  });
  it('currencyFromText maps symbols, codes and words', () => {
    expect(currencyFromText('€')).toBe('EUR');
    expect(currencyFromText(' eur ')).toBe('EUR');
    expect(currencyFromText('US $')).toBe('USD');
    expect(currencyFromText('US\u00a0$')).toBe('USD');
    expect(currencyFromText('руб.')).toBe('RUB');
    expect(currencyFromText('zł')).toBe('PLN');
    expect(currencyFromText('Kč')).toBe('CZK');
    expect(currencyFromText('kr', 'shop.se')).toBe('SEK');
    expect(currencyFromText('XYZ')).toBeNull();
    expect(currencyFromText('')).toBeNull();
    expect(currencyFromText(12 as unknown)).toBeNull();
  });
});
