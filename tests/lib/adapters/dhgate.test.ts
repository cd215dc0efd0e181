// DHgate adapter: JSON-LD + DOM product with store box, search cards (structure largely unverified).
import { describe, expect, it, vi } from 'vitest';
import { adapter } from '../../../lib/adapters/dhgate';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite, hostileInputSuite } from './adapter-suite';

fixtureSuite(adapter);

describe('dhgate adapter', () => {
  matchesOnlyOwnSite(adapter);

  it('product: store with id, positive feedback %, open-since date; quantity-tier range as its low end', async () => {
    const { listings } = await runFile(adapter, 'dhgate', 'product');
    expect(listings[0]).toMatchObject({
      price: { amount: 45.6, currency: 'USD', range: true },
      seller: { name: 'luxurybags2023', id: '21598765', rating: 0.976, since: '2021-06-15' },
      shipsFrom: 'China',
    });
  });

  it('search: 3 cards, header link skipped, each store with its positive feedback', async () => {
    const { listings } = await runFile(adapter, 'dhgate', 'search');
    expect(listings).toHaveLength(3);
    expect(listings.map((l) => l.seller?.rating)).toEqual([0.968, 0.921, undefined]);
    expect(listings[0]!.url).toBe('https://www.dhgate.com/product/men-designer-belt-g-buckle-genuine-leather/812345671.html');
  });

  it('"Opened 3 years" gives the opening year relative to today', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    try {
      const html = '<h1 class="hinfo-title">Belt</h1><span class="js-price">US $3.00</span><div class="store-info"><div class="store-name"><a href="/store/21500001">beltshop</a></div><p>Opened 3 years</p></div>';
      const { listings } = await runOn(adapter, html, 'https://www.dhgate.com/product/belt/812345000.html');
      expect(listings[0]!.seller).toMatchObject({ name: 'beltshop', id: '21500001', since: '2023' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('pageKind is "other" on a help page', async () => {
    expect((await runFile(adapter, 'dhgate', 'other')).pageKind).toBe('other');
  });
});

hostileInputSuite(adapter, ['https://www.dhgate.com/product/x/123456789.html', 'https://www.dhgate.com/wholesale/search.do?searchkey=x']);
