// extractListings: site adapter first, generic fallback only for product pages the site adapter cannot read.
import { describe, expect, it } from 'vitest';
import { extractListings } from '../../lib/extract-listings';
import { Listing } from '../../lib/schema/listing';

function doc(html: string): Document {
  const d = document.implementation.createHTMLDocument('t');
  d.documentElement.innerHTML = html;
  return d;
}

const JSONLD = `<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Widget","brand":"Acme","offers":{"@type":"Offer","price":"12.50","priceCurrency":"EUR"}}</script></head><body><h1>Widget</h1></body>`;

describe('extractListings', () => {
  it('uses the site adapter on its marketplace', () => {
    const r = extractListings(doc('<body><span id="productTitle">Acme Kettle</span><span id="priceblock_ourprice">£20.00</span></body>'), 'https://www.amazon.co.uk/dp/B000000001');
    expect(r).toMatchObject({ site: 'amazon', pageKind: 'product' });
    expect(r.listings[0]).toMatchObject({ title: 'Acme Kettle', price: { amount: 20, currency: 'GBP' } });
  });

  it('falls back to generic on a marketplace product page the site adapter cannot read, keeping the site id', () => {
    const r = extractListings(doc(JSONLD), 'https://www.ebay.de/itm/123456789012');
    expect(r.site).toBe('ebay');
    expect(r.pageKind).toBe('product');
    expect(r.listings[0]).toMatchObject({ site: 'ebay', title: 'Widget', brand: 'Acme', price: { amount: 12.5, currency: 'EUR' } });
  });

  it('uses generic directly on other shops, and returns nothing on a non-product page', () => {
    expect(extractListings(doc(JSONLD), 'https://shop.example.fr/p/1')).toMatchObject({ site: 'generic', pageKind: 'product' });
    const none = extractListings(doc('<body><h1>About us</h1><p>We sell things.</p></body>'), 'https://shop.example.fr/about');
    expect(none).toEqual({ site: 'generic', pageKind: 'other', listings: [] });
  });

  it('never throws on a bad URL or an empty document, and every listing is schema-valid', () => {
    expect(extractListings(doc(''), 'not a url')).toEqual({ site: 'generic', pageKind: 'other', listings: [] });
    const r = extractListings(doc(JSONLD), 'https://shop.example.fr/p/1');
    for (const l of r.listings) expect(Listing.safeParse(l).success).toBe(true);
  });
});
