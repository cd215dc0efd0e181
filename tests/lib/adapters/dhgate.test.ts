// DHgate adapter: JSON-LD + DOM product with store box, search cards (structure largely unverified).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { adapter } from '../../../lib/adapters/dhgate';
import { loadPage } from '../../../lib/cli/load-page';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite } from './adapter-suite';

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

describe('dhgate adapter on hostile input', () => {
  // State markers and item links of every site we read, followed by arbitrary text: truncated literals, unbalanced
  // braces and junk must give fewer listings, never an exception out of the adapter itself.
  const MARKERS = ['window.runParams = ', 'window._dida_config_._init_data_ = ', 'window.rawData = ', 'g_page_config = ',
    'TShop.Setup(', 'window.__ICE_APP_CONTEXT__ = ', 'window.__INITIAL_STATE__ = ', ''];
  it('pageKind / extractProduct / extractCards never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(...MARKERS), fc.constantFrom('https://www.dhgate.com/product/x/123456789.html', 'https://www.dhgate.com/wholesale/search.do?searchkey=x'), async (junk, marker, url) => {
        const html = `<script id="__NEXT_DATA__" type="application/json">${junk}</script><script>${marker}{"data":${junk}</script>` +
          `<div data-item-id="1" data-listing-id="2"><a href="/item/1005001234567890.html">${junk}</a><a href="//detail.tmall.com/item.htm?id=612345678901">${junk}</a><a href="/x-g-601099512345678.html">${junk}</a><a href="/product/x/123456789.html">${junk}</a></div>`;
        const page = loadPage(html, url);
        try {
          const u = new URL(url);
          expect(() => adapter.pageKind(page.document, u)).not.toThrow();
          expect(() => adapter.extractProduct(page.document, u)).not.toThrow();
          expect(() => adapter.extractCards(page.document, u)).not.toThrow();
        } finally {
          await page.close();
        }
      }),
      { numRuns: 25 },
    );
  });
});
