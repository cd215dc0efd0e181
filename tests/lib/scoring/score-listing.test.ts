/** The engine end to end with the test index: levels, caps, sensitivity, dupes, none, never throws. */
import { describe, expect, it } from 'vitest';
import { Verdict } from '../../../lib/schema/verdict';
import { combine, levelFor } from '../../../lib/scoring/combine';
import { scoreListing, scoreListings } from '../../../lib/scoring/score-listing';
import { LEVELS } from '../../../lib/scoring/thresholds';
import { ctx, factsFor, listing } from './helpers';

const dh = (over = {}) => listing({ site: 'dhgate', url: 'https://www.dhgate.com/p/1', ...over });

describe('scoreListing', () => {
  it('gives none (no guess) when no known brand is named', () => {
    const v = scoreListing(listing({ title: 'Leather belt for men, black' }), ctx());
    expect(v).toMatchObject({ level: 'none', score: 0, kind: null, signals: [] });
    expect(v.brand).toBeUndefined();
    expect(v.summary.zh).toContain('未');
  });
  it('a cheap Gucci belt from DHgate is high, with every reason and a summary', () => {
    const v = scoreListing(dh({ title: 'Gucci belt men luxury', price: { amount: 24, currency: 'USD' } }), ctx());
    expect(v.level).toBe('high');
    expect(v.kind).toBe('counterfeit');
    expect(v.brand).toMatchObject({ id: 'gucci', how: 'exact' });
    expect(v.productType).toBe('belt');
    expect(v.signals.map((s) => s.id)).toEqual(['price-below-floor', 'no-authorised-sales', 'seller-unrelated']);
    expect(v.score).toBe(83);
    expect(v.summary.en).toBe(
      'High risk that this Gucci belt is counterfeit: a price far below genuine, the brand does not sell here and a seller unrelated to the brand.',
    );
    expect(v.summary.zh).toBe('这款古驰腰带很可能是假货：价格远低于正品、该品牌不在此平台授权销售、店铺与品牌无关。');
    expect(Verdict.safeParse(v).success).toBe(true);
  });
  it('one strong signal alone is caution', () => {
    const v = scoreListing(listing({ site: 'ebay', url: 'https://www.ebay.com/itm/1', title: 'Gucci belt replica' , price: null}), ctx());
    expect(v.level).toBe('caution');
  });
  it('official stores and authorised retailers never get high, whatever else is wrong', () => {
    const tm = listing({
      site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=1', title: 'Gucci belt AAA 1:1 mirror quality',
      price: { amount: 10, currency: 'CNY' }, seller: { name: 'Gucci官方旗舰店', ratingCount: 1, since: '2026-10' },
    });
    const v = scoreListing(tm, ctx({ sensitivity: 'strict' }));
    expect(v.level).not.toBe('high');
    const amazon = listing({ site: 'amazon', url: 'https://www.amazon.com/dp/B1', title: 'Apple AirPods replica AAA', price: { amount: 9, currency: 'USD' }, seller: { name: 'Amazon.com' } });
    expect(scoreListing(amazon, ctx({ sensitivity: 'strict' })).level).not.toBe('high');
    const own = listing({ site: 'generic', url: 'https://www.gucci.com/belt', title: 'Gucci belt', price: { amount: 5, currency: 'USD' }, seller: null });
    expect(scoreListing(own, ctx()).level).toBe('low');
  });
  it('a genuine official-store listing is low and says why', () => {
    const v = scoreListing(listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=1', title: 'Gucci 腰带', price: { amount: 3900, currency: 'CNY' }, seller: { name: 'Gucci官方旗舰店', official: true } }), ctx());
    expect(v.level).toBe('low');
    expect(v.summary.en).toContain("Sold by Gucci's official store on Tmall");
  });
  it('authenticated pre-owned items never get high', () => {
    const l = listing({ site: 'ebay', url: 'https://www.ebay.com/itm/2', title: 'Rolex watch replica', price: { amount: 50, currency: 'USD' }, condition: 'used', authenticated: true, seller: { name: 'x', ratingCount: 1 } });
    expect(scoreListing(l, ctx({ sensitivity: 'strict' })).level).not.toBe('high');
  });
  it('honest lookalikes are dupes (low), but a lying "dupe" is a counterfeit risk', () => {
    const dupe = scoreListing(dh({ title: 'Gucci inspired belt', price: { amount: 9, currency: 'USD' } }), ctx());
    expect(dupe).toMatchObject({ kind: 'dupe', level: 'low' });
    expect(dupe.signals.map((s) => s.id)).toEqual(['sold-as-lookalike']);
    expect(dupe.summary.en).toContain('lookalike of Gucci');
    const viaFor = scoreListing(dh({ title: 'Dupe for Gucci belt', price: { amount: 9, currency: 'USD' } }), ctx());
    expect(viaFor.kind).toBe('dupe');
    const liar = scoreListing(dh({ title: 'G-ucci inspired belt', price: { amount: 9, currency: 'USD' } }), ctx());
    expect(liar).toMatchObject({ kind: 'counterfeit', level: 'high' });
  });
  it('sensitivity moves the thresholds', () => {
    expect(LEVELS.strict.high).toBeLessThan(LEVELS.balanced.high);
    expect(LEVELS.relaxed.high).toBeGreaterThan(LEVELS.balanced.high);
    const l = listing({ site: 'ebay', url: 'https://www.ebay.com/itm/1', title: 'Gucci belt replica', price: null });
    expect(scoreListing(l, ctx({ sensitivity: 'strict' })).level).toBe('high');
    expect(scoreListing(l, ctx({ sensitivity: 'balanced' })).level).toBe('caution');
    expect(levelFor(45, 'relaxed')).toBe('caution');
    expect(levelFor(35, 'relaxed')).toBe('low');
  });
  it('clamps the score to 0–100', () => {
    const f = factsFor(listing());
    const big = combine(f, [{ id: 'a', weight: 90, message: { en: '', zh: '' }, evidence: {} }, { id: 'b', weight: 90, message: { en: '', zh: '' }, evidence: {} }], 'balanced', false);
    expect(big.score).toBe(100);
    const neg = combine(f, [{ id: 'a', weight: -90, message: { en: '', zh: '' }, evidence: {} }], 'balanced', false);
    expect(neg).toMatchObject({ score: 0, level: 'low', kind: null });
  });
  it('never throws: a broken index gives none', () => {
    const broken = { match: () => { throw new Error('boom'); }, productType: () => null };
    expect(scoreListing(listing(), { index: broken }).level).toBe('none');
  });
  it('scoreListings keeps the order', () => {
    const vs = scoreListings([listing({ title: 'plain belt' }), listing({ title: 'Nike sneakers' })], ctx());
    expect(vs.map((v) => v.brand?.id ?? null)).toEqual([null, 'nike']);
  });
});
