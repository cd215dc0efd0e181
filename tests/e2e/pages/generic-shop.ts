import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fixturePage } from '../pages';
import { ROOT } from '../paths';

/**
 * Shops Copycat Guard has no content script for, authored for the end-to-end tests of "Check this page" (the popup
 * runs the generic schema.org/OpenGraph reader once on the active tab). Structured data is what such shops publish;
 * the visible markup is minimal. Hosts are invented (example-*), except the brand's own domain case.
 */

interface Offer {
  name: string;
  brand?: string;
  price: string;
  currency: string;
  seller?: string;
  url: string;
}

function productLd(o: Offer): Record<string, unknown> {
  return {
    '@type': 'Product',
    name: o.name,
    url: o.url,
    ...(o.brand ? { brand: { '@type': 'Brand', name: o.brand } } : {}),
    offers: {
      '@type': 'Offer',
      price: o.price,
      priceCurrency: o.currency,
      ...(o.seller ? { seller: { '@type': 'Organization', name: o.seller } } : {}),
    },
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function productPage(o: Offer): { url: string; html: string } {
  const ld = { '@context': 'https://schema.org', ...productLd(o) };
  return {
    url: o.url,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(o.name)}</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><main><h1>${esc(o.name)}</h1><p class="price">${esc(o.currency)} ${esc(o.price)}</p>
<button id="add-to-cart" type="button">Add to cart</button></main></body></html>`,
  };
}

/** A watch shop selling a "Rolex Submariner" at $79: far under any floor for a genuine one. */
export const GENERIC_PRODUCT_FAKE = productPage({
  name: 'Rolex Submariner Date 41mm Black Dial Automatic Mens Watch',
  brand: 'Rolex',
  price: '79.00',
  currency: 'USD',
  seller: 'Example Watch Outlet',
  url: 'https://www.example-watch-outlet.com/products/rolex-submariner-date-41',
});

/** The brand's own shop (an official domain in assets/brands): reassuring, never a warning. */
export const GENERIC_PRODUCT_OFFICIAL = productPage({
  name: 'Ray-Ban RB2140 Original Wayfarer Classic Sunglasses',
  brand: 'Ray-Ban',
  price: '171.00',
  currency: 'USD',
  seller: 'Ray-Ban',
  url: 'https://www.ray-ban.com/usa/sunglasses/RB2140%20UNISEX%20original%20wayfarer%20classic-black/8056597177456',
});

/** A search page publishing its results as a schema.org ItemList: a cheap "Rolex", an honest homage, a no-brand watch. */
export const GENERIC_SEARCH: { url: string; html: string } = (() => {
  const base = 'https://www.example-watch-outlet.com';
  const items: Offer[] = [
    { name: 'Rolex Submariner Date 41mm Oystersteel Watch', brand: 'Rolex', price: '89.00', currency: 'USD', url: `${base}/products/submariner-41` },
    { name: 'Submariner Homage Automatic Dive Watch 40mm (Rolex Inspired, Not Genuine)', price: '59.00', currency: 'USD', url: `${base}/products/homage-diver-40` },
    { name: 'Stainless Steel Dive Watch 40mm, 200 m Water Resistant', price: '45.00', currency: 'USD', url: `${base}/products/steel-diver-40` },
  ];
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items.map((o, i) => ({ '@type': 'ListItem', position: i + 1, item: productLd(o) })),
  };
  const cards = items
    .map((o) => `<li class="result"><h3><a href="${o.url.slice(base.length)}">${esc(o.name)}</a></h3><span class="price">$${o.price}</span></li>`)
    .join('\n');
  return {
    url: `${base}/search?q=submariner`,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Search: submariner – Example Watch Outlet</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><h1>Results for "submariner"</h1><ul class="results">
${cards}
</ul></body></html>`,
  };
})();

/** Every generic fixture page, then the authored pages above: [name, page] for it.each. */
export function genericShopCases(): [string, { url: string; html: string }][] {
  const fixtures = readdirSync(path.join(ROOT, 'tests/fixtures/generic'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''));
  return [
    ...fixtures.map((name): [string, { url: string; html: string }] => [`fixture ${name}`, fixturePage('generic', name)]),
    ['authored: cheap "Rolex" on a watch shop', GENERIC_PRODUCT_FAKE],
    ["authored: the brand's own shop", GENERIC_PRODUCT_OFFICIAL],
    ['authored: ItemList search page (fake, homage, no brand)', GENERIC_SEARCH],
  ];
}
