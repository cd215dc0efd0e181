/** Who sells (official / authorised / own domain / third party) and which prices are not comparable. */
import { describe, expect, it } from 'vitest';
import { findNotComparable } from '../../../lib/scoring/not-comparable';
import { sellerNamesBrand, sellerStatus } from '../../../lib/scoring/seller';
import { APPLE, GUCCI, NIKE, listing } from './helpers';

describe('sellerStatus', () => {
  it('tells official, authorised, own-domain, third-party and unknown apart', () => {
    expect(sellerStatus(listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=1', seller: { name: 'Gucci 官方旗舰店' } }), GUCCI)).toBe('official');
    expect(sellerStatus(listing({ site: 'amazon', url: 'https://www.amazon.com/dp/B1', seller: { name: 'amazon.com' } }), APPLE)).toBe('authorised');
    expect(sellerStatus(listing({ site: 'generic', url: 'https://shop.gucci.com/x', seller: null }), GUCCI)).toBe('own-domain');
    expect(sellerStatus(listing({ site: 'generic', url: 'https://gucci.com.example.shop/x', seller: null }), GUCCI)).toBe('unknown');
    expect(sellerStatus(listing({ seller: { name: 'Shop 1' } }), NIKE)).toBe('third-party');
    expect(sellerStatus(listing({ seller: null }), NIKE)).toBe('unknown');
  });
  it('a store name mentions the brand by name or Chinese name, not by a two-letter alias inside a word', () => {
    expect(sellerNamesBrand('NIKE运动专营店', NIKE)).toBe(true);
    expect(sellerNamesBrand('耐克官方旗舰店', NIKE)).toBe(true);
    expect(sellerNamesBrand('Best Shoes', NIKE)).toBe(false);
  });
});

describe('not-comparable prices', () => {
  it.each([
    ['rolex watch box empty', 'watch box'],
    ['gucci dust bag only', 'dust bag'],
    ['chanel no 5 sample vial 2ml', 'sample'],
    ['apple watch replacement band', 'replacement band'],
    ['表带 适用于 劳力士', '表带'],
  ])('%s → %s', (title, word) => {
    expect(findNotComparable(title)).toBe(word);
  });
  it.each(['Louis Vuitton Speedy 30 with dust bag', 'Gucci mini bag', 'Pandora charm bracelet', 'Ray-Ban polarized lens'])(
    'keeps the price of %s comparable',
    (title) => {
      expect(findNotComparable(title)).toBeNull();
    },
  );
});
