/** Tests of the seller signals: not-official, unrelated, few ratings, low rating, new. */
import { describe, expect, it } from 'vitest';
import { sellerFewRatings } from '../../../lib/scoring/seller-few-ratings';
import { sellerLowRating } from '../../../lib/scoring/seller-low-rating';
import { monthsSince, sellerNew } from '../../../lib/scoring/seller-new';
import { sellerNotOfficial } from '../../../lib/scoring/seller-not-official';
import { sellerUnrelated } from '../../../lib/scoring/seller-unrelated';
import { factsFor, listing } from './helpers';

const tmall = (name: string, official?: boolean) =>
  listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=1', title: 'Nike sneakers', seller: { name, official } });

describe('seller-not-official', () => {
  it('fires when the brand has a store here and this is not it', () => {
    const s = sellerNotOfficial(factsFor(tmall('潮鞋小店')));
    expect(s?.weight).toBe(10);
    expect(s?.message.en).toContain('"Nike官方旗舰店"');
    expect(s?.message.zh).toContain('天猫');
  });
  it('is silent for the official store (by name, spacing ignored, or by the platform flag)', () => {
    expect(sellerNotOfficial(factsFor(tmall('Nike 官方旗舰店')))).toBeNull();
    expect(sellerNotOfficial(factsFor(tmall('耐克运动旗舰店', true)))).toBeNull();
  });
  it('is silent when the brand has no store on this marketplace', () => {
    expect(sellerNotOfficial(factsFor(listing({ title: 'Nike sneakers' })))).toBeNull();
  });
});

describe('seller-unrelated', () => {
  it('fires on a high-risk marketplace for a store unrelated to the brand', () => {
    const s = sellerUnrelated(factsFor(listing({ title: 'Gucci bag', seller: { name: 'Shop5571234 Store' } })));
    expect(s?.weight).toBe(8);
    expect(s?.message.en).toContain('AliExpress');
  });
  it('is silent when the store names the brand, on other marketplaces, and for used items', () => {
    expect(sellerUnrelated(factsFor(listing({ title: 'Gucci bag', seller: { name: 'Gucci Outlet World' } })))).toBeNull();
    expect(sellerUnrelated(factsFor(listing({ site: 'ebay', url: 'https://www.ebay.com/itm/1', title: 'Gucci bag' })))).toBeNull();
    expect(sellerUnrelated(factsFor(listing({ title: 'Gucci bag', condition: 'used' })))).toBeNull();
  });
});

describe('seller-few-ratings / seller-low-rating / seller-new', () => {
  const withSeller = (seller: object) => factsFor(listing({ seller: { name: 'x', ...seller } }));
  it('few ratings: 10 below 10, 5 below 50, silent above', () => {
    expect(sellerFewRatings(withSeller({ ratingCount: 3 }))?.weight).toBe(10);
    expect(sellerFewRatings(withSeller({ ratingCount: 3 }))?.message.en).toContain('only 3 ratings');
    expect(sellerFewRatings(withSeller({ ratingCount: 20 }))?.weight).toBe(5);
    expect(sellerFewRatings(withSeller({ ratingCount: 5000 }))).toBeNull();
    expect(sellerFewRatings(withSeller({}))).toBeNull();
  });
  it('low rating: 14 below 80%, 8 below 90%, silent for good sellers and tiny samples', () => {
    expect(sellerLowRating(withSeller({ rating: 0.75, ratingCount: 100 }))?.weight).toBe(14);
    expect(sellerLowRating(withSeller({ rating: 0.86, ratingCount: 100 }))?.message.en).toContain('Only 86%');
    expect(sellerLowRating(withSeller({ rating: 0.86, ratingCount: 100 }))?.weight).toBe(8);
    expect(sellerLowRating(withSeller({ rating: 0.99, ratingCount: 100 }))).toBeNull();
    expect(sellerLowRating(withSeller({ rating: 0.5, ratingCount: 2 }))).toBeNull();
  });
  it('new seller: months counted from the date or year', () => {
    const now = new Date('2026-11-01T00:00:00Z');
    expect(monthsSince('2026-09-15', now)).toBe(1);
    expect(monthsSince('2025', now)).toBe(22);
    expect(monthsSince('bad', now)).toBeNull();
    expect(sellerNew(withSeller({ since: '2026-09-15' }))?.weight).toBe(10);
    expect(sellerNew(withSeller({ since: '2026-02' }))?.weight).toBe(5);
    expect(sellerNew(withSeller({ since: '2016' }))).toBeNull();
    expect(sellerNew(withSeller({ since: '2026-09-15' }))?.message.zh).toContain('个月前');
  });
  it('none of them speak about official stores', () => {
    const f = factsFor(tmall('Nike官方旗舰店'));
    f.seller = { name: 'Nike官方旗舰店', ratingCount: 1, rating: 0.5, since: '2026-10' };
    expect([sellerFewRatings(f), sellerLowRating(f), sellerNew(f)]).toEqual([null, null, null]);
  });
});
