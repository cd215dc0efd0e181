import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { microItemToNode, readMicrodata } from '../../../lib/extract/microdata';
import { readOpenGraph } from '../../../lib/extract/opengraph';
import { readRdfa } from '../../../lib/extract/rdfa';
import { normalizeProductNode, readProductData, readProductItems } from '../../../lib/extract/structured';
import { corpusFolder } from './corpus-path';

const URL_ = 'https://shop.example.co.uk/p/anvil';
function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}
const ld = (obj: unknown) => `<script type="application/ld+json">${typeof obj === 'string' ? obj : JSON.stringify(obj)}</script>`;

describe('JSON-LD products', () => {
  it('reads a plain Product with a single Offer', () => {
    const d = page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Anvil &amp; Hammer',
        brand: { '@type': 'Brand', name: 'ACME' },
        image: ['/img/a.jpg', '/img/b.jpg'],
        sku: 'AN-1',
        gtin13: '4006381333931',
        mpn: '925872',
        offers: {
          '@type': 'Offer',
          price: '119.99',
          priceCurrency: 'GBP',
          availability: 'https://schema.org/InStock',
          itemCondition: 'https://schema.org/NewCondition',
          seller: { '@type': 'Organization', name: 'Anvil World' },
        },
        aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.4', reviewCount: '89' },
      }),
    );
    expect(readProductData(d, URL_)).toEqual({
      name: 'Anvil & Hammer',
      brand: 'ACME',
      image: 'https://shop.example.co.uk/img/a.jpg',
      sku: 'AN-1',
      gtin: '4006381333931',
      mpn: '925872',
      price: { amount: 119.99, currency: 'GBP' },
      currencyCode: 'GBP',
      availability: 'InStock',
      condition: 'new',
      seller: 'Anvil World',
      rating: 4.4,
      ratingCount: 89,
    });
  });

  it.each([
    ['brand as a string', 'ACME', 'ACME'],
    ['brand as an array', [{ '@type': 'Brand', name: '' }, { '@type': 'Brand', name: 'ACME' }], 'ACME'],
    ['brand as Organization', { '@type': 'Organization', name: 'ACME Corp' }, 'ACME Corp'],
    ['brand as array of strings', ['ACME', 'Other'], 'ACME'],
  ])('%s', (_n, brand, expected) => {
    expect(normalizeProductNode({ '@type': 'Product', brand }).brand).toBe(expected);
  });

  it('accepts @type arrays and full IRIs', () => {
    const d = page(ld({ '@type': ['Product', 'Thing'], name: 'A' }) + ld({ '@type': 'http://schema.org/Product', name: 'B' }));
    expect(readProductData(d)?.name).toBe('A');
    expect(readProductItems(d).map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('reads AggregateOffer lowPrice as a range', () => {
    const p = normalizeProductNode({
      '@type': 'Product',
      offers: { '@type': 'AggregateOffer', lowPrice: 5.29, highPrice: '9.56', priceCurrency: 'GBP', offerCount: 2 },
    });
    expect(p.price).toEqual({ amount: 5.29, currency: 'GBP', range: true });
  });

  it('takes the lowest of several offers and marks the range', () => {
    const p = normalizeProductNode({
      '@type': 'Product',
      offers: [
        { '@type': 'Offer', price: 19.5, priceCurrency: 'EUR', seller: { name: 'B' } },
        { '@type': 'Offer', price: '12.00', priceCurrency: 'EUR', seller: { name: 'A' } },
      ],
    });
    expect(p.price).toEqual({ amount: 12, currency: 'EUR', range: true });
    expect(p.seller).toBe('A');
  });

  it('reads priceSpecification, with ListPrice as listPrice', () => {
    const p = normalizeProductNode({
      '@type': 'Product',
      offers: {
        '@type': 'Offer',
        priceSpecification: [
          { '@type': 'UnitPriceSpecification', price: 29.99, priceCurrency: 'USD', priceType: 'https://schema.org/ListPrice' },
          { '@type': 'UnitPriceSpecification', price: 19.99, priceCurrency: 'USD' },
        ],
      },
    });
    expect(p.price).toEqual({ amount: 19.99, currency: 'USD' });
    expect(p.listPrice).toEqual({ amount: 29.99, currency: 'USD' });
    expect(p.currencyCode).toBe('USD');
  });

  it('reads printed prices inside JSON-LD and ignores 0 prices', () => {
    expect(normalizeProductNode({ '@type': 'Product', offers: { price: '1.299,00', priceCurrency: 'EUR' } }).price)
      .toEqual({ amount: 1299, currency: 'EUR' });
    expect(normalizeProductNode({ '@type': 'Product', offers: { price: '$1,299.00' } }).price)
      .toEqual({ amount: 1299, currency: 'USD' });
    expect(normalizeProductNode({ '@type': 'Product', offers: { price: 0, priceCurrency: 'USD' } }).price).toBeUndefined();
  });

  it('resolves "$" by the page domain when priceCurrency is missing', () => {
    const d = page(ld({ '@type': 'Product', name: 'X', offers: { price: '$25.00' } }));
    expect(readProductData(d, 'https://www.walmart.ca/ip/1')?.price).toEqual({ amount: 25, currency: 'CAD' });
  });

  it('follows @id references inside @graph', () => {
    const d = page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': 'https://s.example/p#page', mainEntity: { '@id': 'https://s.example/p#product' } },
          { '@type': 'Product', '@id': 'https://s.example/p#product', name: 'Thing', offers: { '@id': '#o' }, brand: { '@id': '#b' } },
          { '@type': 'Offer', '@id': '#o', price: 10, priceCurrency: 'USD' },
          { '@type': 'Brand', '@id': '#b', name: 'Maker' },
        ],
      }),
    );
    expect(readProductData(d, 'https://s.example/p')).toMatchObject({ name: 'Thing', brand: 'Maker', price: { amount: 10, currency: 'USD' } });
  });

  it('uses a ProductGroup variant offers when the group has none', () => {
    const p = normalizeProductNode({
      '@type': 'ProductGroup',
      name: 'Tee',
      brand: { name: 'Brandy' },
      hasVariant: [
        { '@type': 'Product', name: 'Tee S', offers: { price: 20, priceCurrency: 'USD' } },
        { '@type': 'Product', name: 'Tee M', offers: { price: 22, priceCurrency: 'USD' } },
      ],
    });
    expect(p).toMatchObject({ name: 'Tee', brand: 'Brandy', price: { amount: 20, currency: 'USD', range: true } });
  });

  it('picks the product about this URL over related ones', () => {
    const d = page(
      ld({ '@type': 'Product', name: 'Other', url: 'https://s.example/other', offers: { price: 1, priceCurrency: 'USD' } }) +
        ld({ '@type': 'Product', name: 'This', url: 'https://s.example/this/', isRelatedTo: { '@type': 'Product', name: 'Rel' } }),
    );
    expect(readProductData(d, 'https://s.example/this?ref=x')?.name).toBe('This');
  });

  it('reads broken JSON-LD', () => {
    const d = page(ld(`{
      "@type": "Product", // the product
      "name": "Multi
line",
      "offers": {"price": "9.99", "priceCurrency": "USD",},
    }`));
    expect(readProductData(d)).toMatchObject({ name: 'Multi line', price: { amount: 9.99, currency: 'USD' } });
  });

  it('maps conditions and rating scales', () => {
    expect(normalizeProductNode({ '@type': 'Product', offers: { itemCondition: 'UsedCondition' } }).condition).toBe('used');
    expect(normalizeProductNode({ '@type': 'Product', itemCondition: 'https://schema.org/RefurbishedCondition' }).condition).toBe('refurbished');
    expect(normalizeProductNode({ '@type': 'Product', aggregateRating: { ratingValue: 9, bestRating: 10, ratingCount: 12 } }))
      .toMatchObject({ rating: 4.5, ratingCount: 12 });
  });

  it('never throws on hostile nodes', () => {
    const cyclic: Record<string, unknown> = { '@type': 'Product', name: 'C' };
    cyclic['offers'] = cyclic;
    cyclic['brand'] = [cyclic];
    expect(() => normalizeProductNode(cyclic)).not.toThrow();
    for (const junk of [null, 1, 'x', [], { offers: { price: {} } }, { '@type': 7 }]) {
      expect(() => normalizeProductNode(junk)).not.toThrow();
    }
  });
});

describe('readProductItems (listing pages)', () => {
  it('reads an ItemList of ListItems in position order', () => {
    const d = page(
      ld({
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 2, item: { '@type': 'Product', name: 'Second', offers: { price: 2, priceCurrency: 'USD' } } },
          { '@type': 'ListItem', position: 1, item: { '@type': 'Product', name: 'First', offers: { price: 1, priceCurrency: 'USD' } } },
          { '@type': 'ListItem', position: 3, url: '/p/3', name: 'Third' },
        ],
      }),
    );
    const items = readProductItems(d, 'https://s.example/search?q=x');
    expect(items.map((i) => i.name)).toEqual(['First', 'Second', 'Third']);
    expect(items[2]!.url).toBe('https://s.example/p/3');
    expect(items[0]!.price).toEqual({ amount: 1, currency: 'USD' });
  });
  it('falls back to microdata products', () => {
    const body = ['A', 'B', 'C']
      .map((n) => `<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">${n}</span>
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="3.50"><meta itemprop="priceCurrency" content="EUR"></div></div>`)
      .join('');
    const items = readProductItems(page('', body));
    expect(items.map((i) => i.name)).toEqual(['A', 'B', 'C']);
    expect(items[1]!.price).toEqual({ amount: 3.5, currency: 'EUR' });
  });
  it('returns [] for a page without structured data', () => {
    expect(readProductItems(page('<title>x</title>', '<p>hello</p>'))).toEqual([]);
  });
});

describe('microdata', () => {
  it('reads values per the spec element rules', () => {
    const d = page(
      '',
      `<div itemscope itemtype="http://schema.org/Product" itemid="urn:x">
        <meta itemprop="sku" content=" 42 ">
        <a itemprop="url" href="/p/1">link</a>
        <img itemprop="image" src="/i.jpg">
        <time itemprop="releaseDate" datetime="2020-01-02">Jan 2</time>
        <data itemprop="gtin13" value="4006381333931">EAN</data>
        <span itemprop="name alternateName">Two   names</span>
        <div itemprop="brand" itemscope itemtype="http://schema.org/Brand"><span itemprop="name">ACME</span></div>
      </div>`,
    );
    const [item] = readMicrodata(d, 'https://s.example/q');
    expect(item!.type).toEqual(['http://schema.org/Product']);
    expect(item!.properties['sku']).toEqual(['42']);
    expect(item!.properties['url']).toEqual(['https://s.example/p/1']);
    expect(item!.properties['image']).toEqual(['https://s.example/i.jpg']);
    expect(item!.properties['releaseDate']).toEqual(['2020-01-02']);
    expect(item!.properties['gtin13']).toEqual(['4006381333931']);
    expect(item!.properties['name']).toEqual(['Two names']);
    expect(item!.properties['alternateName']).toEqual(['Two names']);
    expect(microItemToNode(item!)['brand']).toEqual({ '@type': ['Brand'], name: 'ACME' });
    expect(normalizeProductNode(microItemToNode(item!))).toMatchObject({ name: 'Two names', brand: 'ACME', gtin: '4006381333931', sku: '42' });
  });
  it('takes a content attribute on any element (shops put it on divs)', () => {
    const d = page('', '<div itemscope itemtype="http://schema.org/Product"><div itemprop="brand" content="Tommy Jeans"><img alt="logo"><span itemprop="name">OFLEKI</span></div></div>');
    expect(readProductData(d)).toMatchObject({ brand: 'Tommy Jeans', name: 'OFLEKI' });
  });
  it('cleans brand labels in structured values', () => {
    const d = page('', '<div itemscope itemtype="http://schema.org/Product"><h5 itemprop="brand"><span>Ver mais artigos da Marca: </span><a href="/x">Panasonic</a></h5></div>');
    expect(readProductData(d)?.brand).toBe('Panasonic');
  });
  it('survives an itemref cycle', () => {
    const d = page('', '<div id="a" itemscope itemref="b"><span itemprop="n">1</span></div><div id="b" itemprop="self" itemscope itemref="a"></div>');
    expect(() => readMicrodata(d)).not.toThrow();
    expect(readMicrodata(d)).toHaveLength(1);
  });
});

describe('RDFa Lite', () => {
  it('reads vocab/typeof/property with nested resources', () => {
    const d = page(
      '',
      `<div vocab="https://schema.org/" typeof="Product">
        <span property="name">Kettle</span>
        <span property="brand" typeof="Brand"><span property="name">Boil Co</span></span>
        <img property="image" src="/k.jpg">
        <div property="offers" typeof="Offer">
          <span property="priceCurrency" content="EUR">€</span><span property="price" content="39.90">39,90</span>
          <link property="availability" href="https://schema.org/OutOfStock">
        </div>
      </div>`,
    );
    const items = readRdfa(d, 'https://s.example/');
    expect(items).toHaveLength(1);
    expect(items[0]!.type).toEqual(['Product']);
    expect(readProductData(d, 'https://s.example/k')).toEqual({
      name: 'Kettle',
      brand: 'Boil Co',
      image: 'https://s.example/k.jpg',
      price: { amount: 39.9, currency: 'EUR' },
      currencyCode: 'EUR',
      availability: 'OutOfStock',
    });
  });
  it('reduces prefixed names to local names', () => {
    const d = page('', '<div prefix="s: http://schema.org/" typeof="s:Product"><span property="s:name">N</span></div>');
    expect(readRdfa(d)[0]).toMatchObject({ type: ['Product'], properties: { name: ['N'] } });
  });
});

describe('OpenGraph', () => {
  const og = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `<meta property="${k}" content="${v}">`).join('');
  it('reads product tags in document order, repeated ones kept', () => {
    const d = page(og([['og:image', 'a.jpg'], ['og:image', 'b.jpg'], ['twitter:card', 'x'], ['product:price:amount', '5']]));
    expect(readOpenGraph(d)).toEqual([['og:image', 'a.jpg'], ['og:image', 'b.jpg'], ['product:price:amount', '5']]);
  });
  it('maps product tags to ProductData; sale price wins over the regular price', () => {
    const d = page(
      og([
        ['og:type', 'product'], ['og:title', 'Boots'], ['og:url', '/boots'], ['og:image', '/b.jpg'],
        ['product:brand', 'Stomp'], ['product:price:amount', '120.00'], ['product:price:currency', 'USD'],
        ['product:sale_price:amount', '90.00'], ['product:sale_price:currency', 'USD'], ['product:condition', 'refurbished'],
        ['product:availability', 'in stock'], ['product:retailer_item_id', 'B-1'], ['product:gtin', '0012345678905'],
      ]),
    );
    expect(readProductData(d, 'https://s.example/x')).toEqual({
      name: 'Boots', brand: 'Stomp', price: { amount: 90, currency: 'USD' }, listPrice: { amount: 120, currency: 'USD' },
      currencyCode: 'USD', image: 'https://s.example/b.jpg', url: 'https://s.example/boots', sku: 'B-1',
      gtin: '0012345678905', condition: 'refurbished', availability: 'InStock',
    });
  });
  it('reads og:price:amount and ignores non-product pages', () => {
    expect(readProductData(page(og([['og:price:amount', '7.5'], ['og:price:currency', 'EUR']])))?.price).toEqual({ amount: 7.5, currency: 'EUR' });
    expect(readProductData(page(og([['og:type', 'website'], ['og:title', 'Home']])))).toBeNull();
  });
});

describe('readProductData merging', () => {
  it('JSON-LD > microdata > RDFa > OpenGraph, per field', () => {
    const d = page(
      ld({ '@type': 'Product', name: 'From JSON-LD' }) + '<meta property="og:type" content="product"><meta property="og:title" content="From OG"><meta property="product:brand" content="OG Brand"><meta property="og:image" content="https://s.example/og.jpg">',
      `<div itemscope itemtype="http://schema.org/Product"><span itemprop="name">From microdata</span><span itemprop="brand">MD Brand</span>
        <span itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price">12.00</span></span></div>
       <div vocab="https://schema.org/" typeof="Product"><span property="name">From RDFa</span><meta property="priceCurrency" content="GBP"><span property="mpn">RD-1</span></div>`,
    );
    const p = readProductData(d, 'https://s.example/')!;
    expect(p.name).toBe('From JSON-LD');
    expect(p.brand).toBe('MD Brand');
    expect(p.mpn).toBe('RD-1');
    expect(p.image).toBe('https://s.example/og.jpg');
    expect(p.price).toEqual({ amount: 12, currency: null });
  });
  it('fills a missing price currency from the merged currencyCode', () => {
    const d = page(ld({ '@type': 'Product', offers: { price: 3 } }) + '<meta property="og:type" content="product"><meta property="product:price:currency" content="EUR"><meta property="product:price:amount" content="3">');
    expect(readProductData(d)?.price).toEqual({ amount: 3, currency: 'EUR' });
  });
  it('takes a sale price from a later source that names the first price as its list price', () => {
    const d = page(
      ld({ '@type': 'Product', name: 'Sconce', offers: { price: '150.00', priceCurrency: 'USD' } }) +
        '<meta property="og:type" content="product"><meta property="og:price:standard_amount" content="150.00">' +
        '<meta property="product:price:amount" content="120.00"><meta property="product:price:currency" content="USD">',
    );
    expect(readProductData(d)).toMatchObject({ price: { amount: 120, currency: 'USD' }, listPrice: { amount: 150, currency: 'USD' } });
    // Without that evidence, the JSON-LD price stands.
    const plain = page(
      ld({ '@type': 'Product', offers: { price: '150.00', priceCurrency: 'USD' } }) +
        '<meta property="og:type" content="product"><meta property="product:price:amount" content="120.00">',
    );
    expect(readProductData(plain)?.price).toEqual({ amount: 150, currency: 'USD' });
  });
  it('returns null when nothing describes a product', () => {
    expect(readProductData(page('<title>Home</title>', '<h1>Hi</h1>'))).toBeNull();
    expect(readProductData(null as unknown as Document)).toBeNull();
  });
});

const extruct = corpusFolder('extruct');
describe.skipIf(!extruct.exists)('corpus extruct: product samples through readProductData', () => {
  const read = (rel: string) =>
    new DOMParser().parseFromString(readFileSync(path.join(extruct.dir, 'samples', rel), 'utf8'), 'text/html');
  it('misc/product_microdata.html (microdata product with offer and seller)', () => {
    expect(readProductData(read('misc/product_microdata.html'), 'https://anvils.example/exec')).toEqual({
      name: 'Executive Anvil', brand: 'ACME', image: 'https://anvils.example/anvil_executive.jpg', mpn: '925872',
      price: { amount: 119.99, currency: 'USD' }, currencyCode: 'USD', seller: 'Executive Objects', condition: 'used',
      availability: 'InStock', rating: 4.4, ratingCount: 89,
    });
  });
  it('websites/microdata-with-description.html (AggregateOffer + two offers)', () => {
    expect(readProductData(read('websites/microdata-with-description.html'))).toMatchObject({
      name: 'Johnsons 4 Fleas Cats & Kittens Tablets', brand: 'Johnsons', price: { amount: 5.29, currency: 'GBP', range: true },
      currencyCode: 'GBP', availability: 'InStock', condition: 'new',
    });
  });
  it('misc/opengraph_ns_product_test.html (microdata name wins over og:title; OG fills the rest)', () => {
    expect(readProductData(read('misc/opengraph_ns_product_test.html'))).toMatchObject({
      name: 'Better Off Dead [Exclusive Blu-ray Steelbook]', price: { amount: 17.99, currency: 'USD' },
      sku: 'fye.000000032429335302', gtin: '32429335302', condition: 'new', availability: 'InStock',
    });
  });
});
