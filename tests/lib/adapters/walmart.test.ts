// Walmart adapter: authored fixtures (new __NEXT_DATA__ layout, older DOM layout) and the seller line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../lib/adapters/walmart';
import { loadPage } from '../../../lib/cli/load-page';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite, hostileInputSuite } from './adapter-suite';
import { fixtureFiles } from './fixtures';

fixtureSuite(adapter);

describe('walmart adapter', () => {
  matchesOnlyOwnSite(adapter);

  it('matches walmart.ca too', () => {
    expect(adapter.matchesUrl(new URL('https://www.walmart.ca/en/ip/belt/6000201234567'))).toBe(true);
  });

  it('first-party product: Walmart.com seller, sale price, crossed-out price, brand from state', async () => {
    const { listings } = await runFile(adapter, 'walmart', 'product');
    expect(listings[0]).toMatchObject({
      title: 'Apple AirPods Pro (2nd Generation) with MagSafe Case (USB-C)',
      brand: 'Apple',
      price: { amount: 189, currency: 'USD' },
      listPrice: { amount: 249, currency: 'USD' },
      seller: { name: 'Walmart.com' },
      condition: 'new',
    });
  });

  it('third-party product (old DOM, no state): "Sold by X" seller with its /seller/<id>', async () => {
    const { listings } = await runFile(adapter, 'walmart', 'product-third-party');
    expect(listings[0]!.seller).toEqual({
      name: 'Shenzhen Haoyun Trading Co Ltd',
      id: '101187366',
      url: 'https://www.walmart.com/seller/101187366',
    });
    expect(listings[0]!.price).toEqual({ amount: 12.88, currency: 'USD' });
  });

  it('search: 4 cards in order, state enriches DOM cards, a range is its low end, DOM-only card still read', async () => {
    const { listings, pageKind } = await runFile(adapter, 'walmart', 'search');
    expect(pageKind).toBe('search');
    expect(listings.map((l) => l.url.split('/').pop())).toEqual(['1122334455', '2876543210', '3344556677', '4455667788']);
    expect(listings[1]!.seller?.name).toBe('Shenzhen Haoyun Trading Co Ltd');
    expect(listings[2]!.price).toEqual({ amount: 9.97, currency: 'USD', range: true });
    expect(listings[3]!.price).toEqual({ amount: 18.99, currency: 'USD' });
  });

  it('old search layout: cards and the marketplace "Sold by" line', async () => {
    const { listings } = await runFile(adapter, 'walmart', 'search-old');
    expect(listings).toHaveLength(2);
    expect(listings[1]!.seller?.name).toBe('Quanzhou Xinde Shoes');
  });

  it('pageKind is "other" on a help page even though it links to a product', async () => {
    const { pageKind, listings } = await runFile(adapter, 'walmart', 'other');
    expect(pageKind).toBe('other');
    expect(listings).toEqual([]);
  });

  it('reads cards from a subtree added later (infinite scroll)', async () => {
    const html = readFileSync(fixtureFiles('walmart').find((f) => f.endsWith('/search.html'))!, 'utf8');
    const page = loadPage(html, 'https://www.walmart.com/search?q=gucci+belt');
    try {
      const card = page.document.querySelector('[data-item-id="3344556677"]')!;
      const cards = adapter.extractCards(card, new URL('https://www.walmart.com/search?q=gucci+belt'));
      expect(cards.map((c) => c.listing.title)).toEqual(['Genuine Leather Reversible Belt for Men, Variety of Sizes']);
      expect(cards[0]!.element).toBe(card);
    } finally {
      await page.close();
    }
  });

  it('broken state JSON and an empty page give no listings, no exception', async () => {
    const broken = await runOn(adapter, '<script id="__NEXT_DATA__" type="application/json">{"props":{</script>', 'https://www.walmart.com/ip/x/1');
    expect(broken).toMatchObject({ pageKind: 'product', listings: [] });
    const empty = await runOn(adapter, '', 'https://www.walmart.com/search?q=x');
    expect(empty).toMatchObject({ pageKind: 'search', listings: [] });
  });
});

hostileInputSuite(adapter, ['https://www.walmart.com/ip/x/123456', 'https://www.walmart.com/search?q=x']);
