import { describe, expect, it } from 'vitest';
import { nearGenuinePrice } from '../../../lib/scoring/near-genuine-price';
import { factsFor, listing } from './helpers';

describe('near-genuine-price (the bargain hunter’s nightmare)', () => {
  it('says what is at stake and where to buy safely', () => {
    const s = nearGenuinePrice(
      factsFor(listing({ site: 'dhgate', url: 'https://www.dhgate.com/p/1', title: 'Gucci bag', price: { amount: 640, currency: 'USD' } })),
    );
    expect(s?.weight).toBe(10);
    expect(s?.message.en).toContain('You would pay $640');
    expect(s?.message.en).toContain('money at stake');
    expect(s?.message.en).toContain('gucci.com');
    expect(s?.message.zh).toContain('品牌官网 gucci.com');
    expect(s?.evidence).toMatchObject({ ratio: 0.8, safeDomain: 'gucci.com' });
  });
  it('names the official store on this marketplace when there is one', () => {
    const s = nearGenuinePrice(
      factsFor(listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=2', title: 'Nike sneakers', price: { amount: 400, currency: 'CNY' }, seller: { name: '运动小铺' } })),
    );
    expect(s?.message.en).toContain('"Nike官方旗舰店" on Tmall or nike.com');
  });
  it('is silent for too-cheap prices (the price signal speaks), full prices, used items and official sellers', () => {
    const g = (amount: number, over = {}) =>
      nearGenuinePrice(factsFor(listing({ title: 'Gucci bag', price: { amount, currency: 'USD' }, ...over })));
    expect(g(100)).toBeNull();
    expect(g(2000)).toBeNull();
    expect(g(640, { condition: 'used' })).toBeNull();
    expect(g(640, { seller: null })).toBeNull();
    expect(
      nearGenuinePrice(factsFor(listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=3', title: 'Gucci bag', price: { amount: 640, currency: 'USD' }, seller: { name: 'Gucci官方旗舰店' } }))),
    ).toBeNull();
  });
});
