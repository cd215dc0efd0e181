import { describe, expect, it } from 'vitest';
import { CURRENCY_TOKEN_GROUPS, CURRENCY_TOKENS, currencyForDomain, KNOWN_CURRENCIES } from '../../../lib/extract/currency';

// The token table is written grouped by code and inverted at start-up: a token listed twice would silently keep
// only its last code, so the data is checked like code.
describe('currency token groups', () => {
  const tokens = Object.values(CURRENCY_TOKEN_GROUPS).flatMap((g) => g!.split('|'));

  it('list no token twice', () => {
    const dupes = tokens.filter((t, i) => tokens.indexOf(t) !== i);
    expect(dupes).toEqual([]);
  });

  it('hold lower-case tokens with single spaces, none empty', () => {
    for (const t of tokens) {
      expect(t, t).toBe(t.toLowerCase());
      expect(t, t).toBe(t.replace(/\s+/g, ' ').trim());
      expect(t.length, t).toBeGreaterThan(0);
    }
  });

  it('invert to one entry per token', () => {
    expect(Object.keys(CURRENCY_TOKENS).length).toBe(tokens.length);
    expect(CURRENCY_TOKENS['us $']).toBe('USD');
    expect(CURRENCY_TOKENS['бел. руб.']).toBe('BYN');
    expect(CURRENCY_TOKENS['kroner']).toBe('kr');
  });
});

describe('country-code TLD currencies', () => {
  it('give every known currency for the country code its ISO code begins with (except HRK: Croatia uses EUR)', () => {
    for (const code of KNOWN_CURRENCIES) {
      const tld = code.slice(0, 2).toLowerCase();
      expect(currencyForDomain(`shop.example.${tld}`), code).toBe(code === 'HRK' ? 'EUR' : code);
    }
  });

  it('cover the exceptions: the euro area, uk and li', () => {
    for (const tld of 'de fr it es nl be at ie pt fi gr sk si ee lv lt lu mt cy hr eu'.split(' ')) {
      expect(currencyForDomain(`shop.${tld}`), tld).toBe('EUR');
    }
    expect(currencyForDomain('shop.uk')).toBe('GBP');
    expect(currencyForDomain('shop.li')).toBe('CHF');
  });

  it('let a marketplace host beat its generic TLD and keep country storefronts on their TLD', () => {
    expect(currencyForDomain('world.taobao.com')).toBe('CNY');
    expect(currencyForDomain('m.1688.com')).toBe('CNY');
    expect(currencyForDomain('www.amazon.com.mx')).toBe('MXN');
    expect(currencyForDomain('www.ebay.ch')).toBe('CHF');
    expect(currencyForDomain('shop.example.com')).toBeNull();
  });
});
