// Temu adapter: rawData + JSON-LD product, DOM search cards (structure largely unverified; see lib/adapters/temu.ts).
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../lib/adapters/temu';
import { loadPage } from '../../../lib/cli/load-page';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite, hostileInputSuite } from './adapter-suite';

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

hostileInputSuite(adapter, ['https://www.temu.com/x-g-601099512345678.html', 'https://www.temu.com/search_result.html?search_key=x']);
