import { describe, expect, it } from 'vitest';
import { reportedSeller } from '../../../lib/scoring/reported-seller';
import { sellerKey } from '../../../lib/scoring/seller';
import { ctx, factsFor, listing } from './helpers';

describe('sellerKey', () => {
  it('prefers the id and folds case, width, spaces and punctuation', () => {
    expect(sellerKey('aliexpress', { name: 'Shop 1', id: '1102-345' })).toBe('aliexpress:id:1102345');
    expect(sellerKey('ebay', { name: 'Luxury  Deals.' })).toBe(sellerKey('ebay', { name: 'ＬＵＸＵＲＹ deals' }));
  });
});

describe('reported-seller', () => {
  const l = listing({ seller: { name: 'Luxury Deals', id: '778' } });
  it('remembers a seller reported by id or by name, with the date', () => {
    const byId = ctx({ reportedSellers: [{ site: 'aliexpress', sellerKey: 'aliexpress:id:778', reportedAt: '2026-03-04T10:00:00Z' }] });
    const s = reportedSeller(factsFor(l, byId));
    expect(s?.weight).toBe(35);
    expect(s?.message.en).toBe('You reported this seller ("Luxury Deals") on 2026-03-04.');
    expect(s?.message.zh).toContain('2026-03-04');
    const byName = ctx({ reportedSellers: [{ site: 'aliexpress', sellerKey: sellerKey('aliexpress', { name: 'luxury deals' }), reportedAt: '2026-01-01' }] });
    expect(reportedSeller(factsFor(l, byName))).not.toBeNull();
  });
  it('does not confuse sites or other sellers', () => {
    const other = ctx({ reportedSellers: [{ site: 'ebay', sellerKey: 'ebay:id:778', reportedAt: '2026-01-01' }] });
    expect(reportedSeller(factsFor(l, other))).toBeNull();
    expect(reportedSeller(factsFor(l))).toBeNull();
  });
});
