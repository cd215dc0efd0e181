// Temu adapter: rawData + JSON-LD product, DOM search cards (structure largely unverified; see lib/adapters/temu.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../lib/adapters/temu';
import { loadPage } from '../../../lib/cli/load-page';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite } from './adapter-suite';

fixtureSuite(adapter);

describe('temu adapter', () => {
  matchesOnlyOwnSite(adapter);

  it('product: title, printed price and list price from rawData; store (mall) with id, link and star rating', async () => {
    const { listings } = await runFile(adapter, 'temu', 'product');
    expect(listings[0]).toMatchObject({
      price: { amount: 7.48, currency: 'USD' },
      listPrice: { amount: 29.99, currency: 'USD' },
      seller: { name: 'Belt King Fashion', id: '634418212345678', url: 'https://www.temu.com/belt-king-m-634418212345678.html', rating: 0.92 },
    });
  });

  it('product without rawData falls back to JSON-LD', async () => {
    const html = `<script type="application/ld+json">{"@type":"Product","name":"Wireless Earbuds","brand":{"@type":"Brand","name":"Soundpeats"},"offers":{"@type":"Offer","price":"19.99","priceCurrency":"GBP"}}</script>`;
    const { listings } = await runOn(adapter, html, 'https://www.temu.com/uk/wireless-earbuds-g-601099500000123.html');
    expect(listings[0]).toMatchObject({ title: 'Wireless Earbuds', brand: 'Soundpeats', price: { amount: 19.99, currency: 'GBP' } });
  });

  it('search: 3 cards from -g- links (header link skipped), titles from heading or image alt', async () => {
    const { listings } = await runFile(adapter, 'temu', 'search');
    expect(listings).toHaveLength(3);
    expect(listings.map((l) => l.price?.amount)).toEqual([14.99, 9.87, 6.12]);
    expect(listings[2]!.title).toBe('Kids Light Up Shoes USB Charging');
  });

  it('store (-m-) and category (-o3-) pages are search pages; the verification page is other', async () => {
    const doc = loadPage('', 'https://www.temu.com/x');
    try {
      expect(adapter.pageKind(doc.document, new URL('https://www.temu.com/belt-king-m-634418212345678.html'))).toBe('search');
      expect(adapter.pageKind(doc.document, new URL('https://www.temu.com/mens-belts-o3-1234.html'))).toBe('search');
    } finally {
      await doc.close();
    }
    expect((await runFile(adapter, 'temu', 'other')).pageKind).toBe('other');
  });
});

describe('temu adapter on hostile input', () => {
  // State markers and item links of every site we read, followed by arbitrary text: truncated literals, unbalanced
  // braces and junk must give fewer listings, never an exception out of the adapter itself.
  const MARKERS = ['window.runParams = ', 'window._dida_config_._init_data_ = ', 'window.rawData = ', 'g_page_config = ',
    'TShop.Setup(', 'window.__ICE_APP_CONTEXT__ = ', 'window.__INITIAL_STATE__ = ', ''];
  it('pageKind / extractProduct / extractCards never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(...MARKERS), fc.constantFrom('https://www.temu.com/x-g-601099512345678.html', 'https://www.temu.com/search_result.html?search_key=x'), async (junk, marker, url) => {
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
