import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readProductData, readProductItems, type ProductData } from '../../../lib/extract/structured';

const FRAGMENTS = [
  '<div itemscope itemtype="http://schema.org/Product">', '<div itemscope itemtype="http://schema.org/Offer" itemprop="offers">',
  '<span itemprop="name">', '<span itemprop="brand">', '<meta itemprop="price" content="12.50">', '<meta itemprop="price" content="-3">',
  '<meta itemprop="priceCurrency" content="EUR">', '<link itemprop="availability" href="https://schema.org/InStock">',
  '<div id="a" itemscope itemref="a b">', '<div id="b" itemprop="offers" itemscope itemref="a">', '</span>', '</div>',
  '<div vocab="https://schema.org/" typeof="Product">', '<span property="price" content="1e400">', '<span property="name">',
  '<meta property="og:type" content="product">', '<meta property="product:price:amount" content="NaN">',
  '<meta property="product:price:amount" content="99999999999999999999">', '<meta property="og:title" content="&amp;">',
  '<script type="application/ld+json">', '</script>', '{"@type":"Product","offers":', '{"@id":"x"}', '[', ']', '}', ',',
  '"price":"$1,2,3.4.5"', '"@graph":[', 'Acme', '€', '12,99', ' ', '<img itemprop="image" src="javascript:alert(1)">',
];
const htmlish = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((a) => a.join(''));
const jsonLdPage = fc.jsonValue({ maxDepth: 4 }).map(
  (v) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'Product', offers: v, brand: v, name: v, aggregateRating: v })}</script>`,
);

function validPrice(p: ProductData['price']): void {
  if (!p) return;
  expect(Number.isFinite(p.amount)).toBe(true);
  expect(p.amount).toBeGreaterThanOrEqual(0);
  expect(p.amount).toBeLessThanOrEqual(1e12);
}

describe('structured readers properties', () => {
  it('readProductData / readProductItems never throw on HTML-ish pages; prices stay valid', () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, jsonLdPage), (body) => {
        const doc = new DOMParser().parseFromString(`<html><head></head><body>${body}</body></html>`, 'text/html');
        const p = readProductData(doc, 'https://shop.example.de/p');
        validPrice(p?.price);
        validPrice(p?.listPrice);
        if (p?.rating !== undefined) expect(p.rating >= 0 && p.rating <= 5).toBe(true);
        for (const item of readProductItems(doc)) validPrice(item.price);
      }),
      { numRuns: 300 },
    );
  });
});
