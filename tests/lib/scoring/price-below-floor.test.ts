import { describe, expect, it } from 'vitest';
import { priceBelowFloor, priceWeight } from '../../../lib/scoring/price-below-floor';
import { factsFor, listing } from './helpers';

describe('price-below-floor', () => {
  it('fires far below the floor, with the numbers in both languages', () => {
    const s = priceBelowFloor(factsFor(listing({ title: 'Gucci belt', price: { amount: 24, currency: 'USD' } })));
    expect(s?.weight).toBe(45);
    expect(s?.message.en).toBe(
      'Price is $24, 92% below the lowest price a new genuine Gucci belt sells for ($300, test data, 2025).',
    );
    expect(s?.message.zh).toContain('古驰腰带');
    expect(s?.message.zh).toContain('92%');
    expect(s?.evidence).toMatchObject({ priceUsd: 24, floorUsd: 300, ratio: 0.08 });
  });
  it('converts currencies first (€ → $)', () => {
    const s = priceBelowFloor(factsFor(listing({ price: { amount: 27, currency: 'EUR' } })));
    expect(s?.evidence.priceUsd).toBe(30);
    expect(s?.message.en).toContain('€27 (about $30)');
  });
  it('is silent for a genuine sale price (40% off list is ~0.8 of the floor)', () => {
    expect(priceBelowFloor(factsFor(listing({ price: { amount: 250, currency: 'USD' } })))).toBeNull();
  });
  it('softens for used items and price ranges', () => {
    const newW = priceBelowFloor(factsFor(listing({ price: { amount: 60, currency: 'USD' } })))?.weight ?? 0;
    expect(priceBelowFloor(factsFor(listing({ price: { amount: 120, currency: 'USD' }, condition: 'used' })))).toBeNull();
    const used = priceBelowFloor(factsFor(listing({ price: { amount: 60, currency: 'USD' }, condition: 'used' })));
    expect(used?.weight).toBeLessThan(newW);
    expect(used?.message.en).toContain('used item');
    const range = priceBelowFloor(factsFor(listing({ price: { amount: 60, currency: 'USD', range: true } })));
    expect(range?.weight).toBeLessThan(newW);
  });
  it('skips packaging, parts and unknown currencies, and types without a floor', () => {
    expect(priceBelowFloor(factsFor(listing({ title: 'Gucci belt dust bag', price: { amount: 5, currency: 'USD' } })))).toBeNull();
    expect(priceBelowFloor(factsFor(listing({ price: { amount: 5, currency: 'XAF' } })))).toBeNull();
    expect(priceBelowFloor(factsFor(listing({ title: 'Gucci wallet', price: { amount: 5, currency: 'USD' } })))).toBeNull();
    expect(priceBelowFloor(factsFor(listing({ price: null })))).toBeNull();
  });
  it('weight grows as the price falls', () => {
    expect(priceWeight(0.59)).toBeGreaterThan(19);
    expect(priceWeight(0.3)).toBeGreaterThan(priceWeight(0.5));
    expect(priceWeight(0.01)).toBe(50);
    expect(priceWeight(0.6)).toBe(0);
  });
});
