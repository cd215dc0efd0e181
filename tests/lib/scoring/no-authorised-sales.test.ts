import { describe, expect, it } from 'vitest';
import { noAuthorisedSales } from '../../../lib/scoring/no-authorised-sales';
import { factsFor, listing } from './helpers';

describe('no-authorised-sales', () => {
  it('fires for a new luxury item on a marketplace the brand does not sell on', () => {
    const s = noAuthorisedSales(factsFor(listing({ site: 'dhgate', url: 'https://www.dhgate.com/product/1.html' })));
    expect(s?.weight).toBe(30);
    expect(s?.message.en).toContain('has no authorised sellers of new goods on DHgate (brand data, 2025)');
    expect(s?.message.zh).toContain('敦煌网');
  });
  it('is silent for used items, for marketplaces where the brand sells, and for brands without the list', () => {
    expect(noAuthorisedSales(factsFor(listing({ site: 'amazon', url: 'https://www.amazon.com/dp/B1', condition: 'used' })))).toBeNull();
    expect(noAuthorisedSales(factsFor(listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=1' })))).toBeNull();
    expect(noAuthorisedSales(factsFor(listing({ title: 'Nike sneakers' })))).toBeNull();
  });
});
