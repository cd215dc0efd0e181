// The light JSON-LD reader the site adapters share (AliExpress, Walmart, Etsy, Temu, DHgate): lib/adapters/alibaba-common.ts.
import { describe, expect, it } from 'vitest';
import { fromJsonLd, jsonLdProduct } from '../../../lib/adapters/alibaba-common';

const url = new URL('https://www.temu.com/x-g-601099512345678.html');

function docWith(json: string): Document {
  const doc = document.implementation.createHTMLDocument('t');
  const s = doc.createElement('script');
  s.type = 'application/ld+json';
  s.textContent = json;
  doc.head.append(s);
  return doc;
}

describe('fromJsonLd', () => {
  it('reads title, brand, price, seller, condition and image of a Product', () => {
    const doc = docWith(
      '{"@type":"Product","name":"Belt &amp; Buckle","brand":{"@type":"Brand","name":"Acme"},"image":["/a.jpg"],' +
        '"offers":{"@type":"Offer","price":"7.48","priceCurrency":"USD","itemCondition":"https://schema.org/NewCondition","seller":{"name":"Shop"}}}',
    );
    expect(fromJsonLd(jsonLdProduct(doc), url)).toEqual({
      title: 'Belt & Buckle',
      brand: 'Acme',
      image: 'https://www.temu.com/a.jpg',
      price: { amount: 7.48, currency: 'USD' },
      seller: { name: 'Shop' },
      condition: 'new',
    });
  });

  it('takes the low end of an AggregateOffer as a range', () => {
    const doc = docWith('{"@type":"Product","name":"Bag","offers":{"@type":"AggregateOffer","priceCurrency":"USD","lowPrice":"45.60","highPrice":"52.30"}}');
    expect(fromJsonLd(jsonLdProduct(doc), url).price).toEqual({ amount: 45.6, currency: 'USD', range: true });
  });

  it('treats a price of 0 as missing and moves on to the next offer', () => {
    const doc = docWith(
      '{"@type":"Product","name":"Bag","offers":[{"@type":"Offer","price":"0","priceCurrency":"USD"},{"@type":"Offer","price":"12.50","priceCurrency":"USD"}]}',
    );
    expect(fromJsonLd(jsonLdProduct(doc), url).price).toEqual({ amount: 12.5, currency: 'USD' });
    const onlyZero = docWith('{"@type":"Product","name":"Bag","offers":{"@type":"Offer","price":0,"priceCurrency":"USD"}}');
    expect(fromJsonLd(jsonLdProduct(onlyZero), url).price).toBeUndefined();
  });

  it('gives nothing for a page without a Product', () => {
    expect(fromJsonLd(jsonLdProduct(docWith('{"@type":"Organization","name":"X"}')), url)).toEqual({});
  });
});
