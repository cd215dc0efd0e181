// Amazon, eBay and generic adapters against their authored fixtures, each run directly (no generic fallback).
import { describe, expect, it } from 'vitest';
import { Listing } from '../../../lib/schema/listing';
import { readFileSync } from 'node:fs';
import { adapter as amazon } from '../../../lib/adapters/amazon';
import { adapter as ebay } from '../../../lib/adapters/ebay';
import { fixturesOf, runFixture } from './fixtures';

for (const id of ['amazon', 'ebay', 'generic']) {
  describe(`${id} adapter fixtures`, () => {
    const fixtures = fixturesOf(id);
    it('has fixtures', () => expect(fixtures.length).toBeGreaterThan(0));
    for (const f of fixtures) {
      it(`${f.name} matches ${f.name}.expected.json`, async () => {
        const got = await runFixture(id, f.file);
        expect(got).toEqual(f.expected);
        for (const l of got.listings) expect(Listing.safeParse(l).success).toBe(true);
        // A product/search fixture must yield listings: an empty expected file would make this test vacuous.
        if (got.pageKind !== 'other') expect(got.listings.length).toBeGreaterThan(0);
      });
    }
  });
}

describe('fields that matter for scoring (spot checks beyond the snapshots)', () => {
  const one = async (id: string, name: string) => {
    const f = fixturesOf(id).find((x) => x.name === name)!;
    return (await runFixture(id, f.file)).listings as Listing[];
  };
  it('eBay: "99.2% positive feedback" → 0.992, "(12,345)" → 12345, Authenticity Guarantee', async () => {
    const [l] = await one('ebay', 'product');
    expect(l!.seller).toMatchObject({ name: 'kickvault_store', rating: 0.992, ratingCount: 12345 });
    expect(l!.authenticated).toBe(true);
    expect(l!.condition).toBe('used');
  });
  it('eBay: old layout reads #prcIsum, #si-fb and the mbg feedback score', async () => {
    const [l] = await one('ebay', 'product-old-layout');
    expect(l!.price).toEqual({ amount: 12.99, currency: 'GBP' });
    expect(l!.seller).toMatchObject({ rating: 0.991, ratingCount: 4592 });
  });
  it('eBay search skips the "Shop on eBay" placeholder and the carousel repeat; "2.1K" → 2100', async () => {
    const s = await one('ebay', 'search');
    expect(s.map((l) => l.title)).not.toContain('Shop on eBay');
    expect(s).toHaveLength(2);
    const cards = await one('ebay', 'search-card-layout');
    expect(cards[0]!.seller).toMatchObject({ name: 'watchvault_nyc', rating: 1, ratingCount: 2100 });
  });
  it('Amazon: Sold by → seller name, seller= param → id, price is the sale price not the list price', async () => {
    const [l] = await one('amazon', 'product');
    expect(l!.seller).toMatchObject({ name: 'Acme Direct US', id: 'A1B2C3D4E5F6G7' });
    expect(l!.price).toEqual({ amount: 59.99, currency: 'USD' });
    expect(l!.listPrice).toEqual({ amount: 79.99, currency: 'USD' });
    const [old] = await one('amazon', 'product-old-layout');
    expect(old!.seller?.name).toBe('Gewürzhaus Nord');
    expect(old!.price).toEqual({ amount: 8.33, currency: 'EUR' });
  });
  it('Amazon search: each priced card names its price (or the price\'s link) as the badge anchor', () => {
    const f = fixturesOf('amazon').find((x) => x.name === 'search')!;
    const doc = new DOMParser().parseFromString(readFileSync(f.file, 'utf8'), 'text/html');
    const cards = amazon.extractCards(doc, new URL(f.url));
    const priced = cards.filter((c) => c.listing.price);
    expect(priced.length).toBeGreaterThan(1);
    for (const c of priced) {
      expect(c.anchor, c.listing.title).toBeDefined();
      expect(c.element.contains(c.anchor!)).toBe(true);
      const a = c.anchor!;
      expect(a.localName === 'a' ? a.querySelector('.a-price') !== null : a.matches('.a-price')).toBe(true);
    }
    expect(priced.some((c) => c.anchor!.localName === 'a')).toBe(true);
    expect(priced.some((c) => c.anchor!.localName !== 'a')).toBe(true);
    for (const c of cards.filter((x) => !x.listing.price)) expect(c.anchor).toBeUndefined();
  });
  it('eBay search: each priced card names its price element as the badge anchor', () => {
    for (const name of ['search', 'search-card-layout']) {
      const f = fixturesOf('ebay').find((x) => x.name === name)!;
      const doc = new DOMParser().parseFromString(readFileSync(f.file, 'utf8'), 'text/html');
      const cards = ebay.extractCards(doc, new URL(f.url));
      expect(cards.length, name).toBeGreaterThan(0);
      for (const c of cards) {
        expect(c.listing.price, `${name}: ${c.listing.title}`).not.toBeNull();
        expect(c.element.contains(c.anchor!)).toBe(true);
        expect(c.anchor!.matches('.s-item__price, .s-card__price')).toBe(true);
      }
    }
  });
  it('generic: the sale price beside the H1, not the struck old price', async () => {
    const [l] = await one('generic', 'dom-price-only');
    expect(l!.price).toEqual({ amount: 40, currency: 'EUR' });
  });
});
