/**
 * Amazon (every storefront in lib/sites.ts). Product pages (/dp/, /gp/product/), search pages (/s?k=) and
 * best-seller lists (/zgbs/, /gp/bestsellers/). Amazon ships almost no structured data, so this reads the DOM with
 * ordered selector lists: the current layout first, then the older ones still served to some users/locales.
 * Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup is not recognised.
 */
import { marketplaceForUrl } from '../sites';
import type { Adapter, CardListing } from './types';
import type { Listing, Seller } from '../schema/listing';
import { LIMITS } from '../schema/limits';
import {
  absoluteUrl,
  allMatches,
  attr,
  conditionFrom,
  firstMatch,
  imageUrl,
  listingBase,
  moneyAt,
  moneyFromElement,
  queryParam,
  textAt,
  textOf,
} from './common';

const ASIN = /^[A-Z0-9]{10}$/;

// Product URL shapes: /dp/ASIN, /Title-Words/dp/ASIN, /gp/product/ASIN, /gp/aw/d/ASIN (mobile).
const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?]|$)/i;
const SEARCH_PATH = /^\/s(?:\/|$)/;
const BESTSELLER_PATH = /\/(?:zgbs|gp\/bestsellers|gp\/new-releases|gp\/movers-and-shakers|Best-Sellers-[^/]*)(?:\/|$)/i;

// Price of the buy box, current layout first. Why: 2023+ pages put the price in #corePriceDisplay_desktop_feature_div
// (a `.a-price` with `.a-offscreen` text; `.a-text-price` there is the struck list price) or #corePrice_desktop
// (a table whose `.apexPriceToPay` is the price); the 2019–2021 pages in the corpus (product-pages amazon.*,
// metascraper-shopping amazon*) use #priceblock_ourprice / _dealprice / _saleprice and #price_inside_buybox;
// digital and media items use #kindle-price and the selected format swatch in #tmmSwatches.
const PRICE_SELECTORS = [
  '#corePriceDisplay_desktop_feature_div .priceToPay',
  '#corePriceDisplay_desktop_feature_div .a-price:not(.a-text-price)',
  '#corePrice_desktop .apexPriceToPay',
  '#corePrice_feature_div .a-price:not(.a-text-price)',
  '#priceblock_dealprice',
  '#priceblock_saleprice',
  '#priceblock_ourprice',
  '#price_inside_buybox',
  '#newBuyBoxPrice',
  '#corePrice_desktop .a-price:not(.a-text-price)',
  '#kindle-price',
  '#buyNewSection .a-color-price',
  '#tmmSwatches .a-button-selected .a-color-price',
  '#tmmSwatches .a-button-selected .a-color-secondary',
  '#buybox .a-color-price',
  '#MediaMatrix .a-color-price',
  '#tmmSwatches .a-color-price',
];

const LIST_PRICE_SELECTORS = [
  '#corePriceDisplay_desktop_feature_div .a-text-price[data-a-strike]',
  '#corePriceDisplay_desktop_feature_div .basisPrice .a-text-price',
  '#corePrice_desktop .a-text-price[data-a-strike]',
  '#corePrice_desktop .a-text-price',
  '#price .priceBlockStrikePriceString',
  '#listPrice',
];

// "Visit the X Store" and "Brand: X" in each storefront language (byline above the title).
const BYLINE_PATTERNS: RegExp[] = [
  /^(?:brand|marke|marque|marca|merk|ブランド)\s*:\s*(.+)$/i,
  /^visit the (.+?) store$/i,
  /^besuche(?:n sie)? den (.+?)-store$/i,
  /^visite[rz]? la boutique (.+)$/i,
  /^visita lo store di (.+)$/i,
  /^visita la tienda de (.+)$/i,
  /^(.+?)のストアを表示$/,
];

// Row labels that name the brand in #productOverview_feature_div / detail tables; "Manufacturer" last because
// media pages (corpus amazon.com/dp/B081ZQK4BZ, a music album) only list the label there.
const BRAND_LABELS = /^(?:brand|marke|marque|marca|merk|brand name|ブランド)$/i;
const MAKER_LABELS = /^(?:manufacturer|hersteller|fabricant|produttore|fabricante|メーカー)$/i;

function isAmazonUrl(url: URL): boolean {
  return marketplaceForUrl(url.href)?.id === 'amazon';
}

/** Any of these ids on the page. getElementById is a hash lookup; a selector list of ids walks the whole document
 * when none is there (≈ 1 ms on a real 60-card search page, measured by tests/bench/trace-breakdown.ts). */
function anyId(doc: Document, ids: readonly string[]): boolean {
  return ids.some((id) => doc.getElementById(id) !== null);
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (PRODUCT_PATH.test(url.pathname) || anyId(doc, ['productTitle', 'dp-container', 'dp'])) {
    if (anyId(doc, ['productTitle', 'title', 'dp-container', 'dp', 'ppd'])) return 'product';
  }
  if (
    doc.querySelector(
      '[data-component-type="s-search-result"], #gridItemRoot, .zg-item-immersion, .p13n-sc-uncoverable-faceout, .s-result-item[data-asin]',
    )
  )
    return 'search';
  if (SEARCH_PATH.test(url.pathname) || BESTSELLER_PATH.test(url.pathname)) return 'search';
  return 'other';
}

function bylineBrand(doc: Document): string {
  const byline = textAt(doc, ['#bylineInfo', '#brand', 'a#brand']);
  for (const re of BYLINE_PATTERNS) {
    const m = re.exec(byline);
    if (m?.[1]) return m[1].trim();
  }
  return '';
}

/** Value of a labelled row (label cell → value cell) in Amazon's key/value tables and bullet lists. */
function labelledValue(doc: Document, label: RegExp): string {
  // Product overview table (2021+): <tr><td><span>Brand</span></td><td><span>X</span></td></tr>.
  for (const row of allMatches(doc, '#productOverview_feature_div tr, #productDetails_techSpec_section_1 tr, #productDetails_detailBullets_sections1 tr, #technicalSpecifications_section_1 tr')) {
    const cells = row.querySelectorAll('th, td');
    const key = textOf(cells[0] ?? null).replace(/[:\u200e\u200f]/g, '').trim();
    if (cells.length >= 2 && label.test(key)) return textOf(cells[1] ?? null);
  }
  // Detail bullets: <li><span class="a-text-bold">Manufacturer : </span><span>X</span></li>.
  for (const bold of allMatches(doc, '#detailBullets_feature_div .a-text-bold, #detailBulletsWrapper_feature_div .a-text-bold')) {
    const key = textOf(bold).replace(/[:\u200e\u200f]/g, '').trim();
    if (label.test(key)) return textOf(bold.nextElementSibling);
  }
  return '';
}

/** Text after a label like "Sold by" in the buy box (old 2021 tabular layout and the 2023 offer-display layout). */
function buyboxField(doc: Document, label: RegExp): { text: string; el: Element | null } {
  for (const lab of allMatches(
    doc,
    '#tabular-buybox .tabular-buybox-label, #tabular_feature_div .tabular-buybox-label, #offer-display-features .offer-display-feature-label, [offer-display-feature-name] .offer-display-feature-label',
  )) {
    if (!label.test(textOf(lab)) || lab.closest(USED_OFFER)) continue;
    const row =
      lab.closest('tr, .tabular-buybox-container > div, [offer-display-feature-name]') ?? lab.parentElement?.parentElement;
    const value = firstMatch(row, ['.tabular-buybox-text', '.offer-display-feature-text']);
    if (value) return { text: textOf(value), el: value };
    // 2021 layout: label and value are sibling grid cells sharing a row parent.
    const next = lab.closest('.tabular-buybox-column')?.nextElementSibling ?? null;
    if (next) return { text: textOf(next), el: next };
  }
  // Attribute-keyed cells (2021): <div class="tabular-buybox-text" tabular-attribute-name="Sold by">.
  for (const cell of allMatches(doc, '[tabular-attribute-name]')) {
    if (label.test(attr(cell, 'tabular-attribute-name'))) return { text: textOf(cell), el: cell };
  }
  return { text: '', el: null };
}

// "Sold by" / "Ships from" in the storefront languages (en, de, fr, it, es).
const SOLD_BY_LABEL = /^(?:sold by|verkäufer|verkauf durch|vendu par|venduto da|vendido por|vendeur|venditore)$/i;
const SHIPS_FROM_LABEL = /^(?:ships from|dispatches from|versand|versand durch|expédié par|spedito da|enviado por|expéditeur|spedizione)$/i;

// merchant-info sentences: "Ships from and sold by Amazon.com." / "Sold by X and Fulfilled by Amazon." /
// "Verkauf und Versand durch Amazon." / "Verkauf durch X und Versand durch Amazon." / "Expédié et vendu par Amazon." /
// "Vendu par X et expédié par Amazon." / "Venduto e spedito da Amazon." / "Vendido y enviado por Amazon."
const BOTH_BY = /(?:ships from and sold by|dispatched from and sold by|sold and shipped by|verkauf und versand durch|expédié et vendu par|vendu et expédié par|venduto e spedito da|vendido y enviado por)\s+(.+?)(?:\.\s|\.$|$)/i;
const SOLD_BY = /(?:sold by|verkauf durch|vendu par|venduto da|vendido por)\s+(.+?)(?:\s+(?:and|und|et|e|y)\s|\.\s|\.$|$)/i;
const SHIPPED_BY = /(?:fulfilled by|ships from|versand durch|expédié par|spedito da|enviado por)\s+(.+?)(?:\.\s|\.$|\s+(?:and|und|et|e|y)\s|$)/i;

// The buy box can hold a second, used offer (accordion row "Save with Used – Very Good": corpus product-pages
// amazon.co.uk/dp/B004SNMXRS sells new from Amazon and used from "Amazon Warehouse"); the seller is the new offer's.
const USED_OFFER = '#usedAccordionRow, #usedBuySection, #usedbuyBox, #usedOnlyBuybox';

/** First element matching a selector that is not inside the used-offer block. */
function primary(doc: Document, selector: string): Element | null {
  return allMatches(doc, selector).find((el) => !el.closest(USED_OFFER)) ?? null;
}

function readSeller(doc: Document, url: URL): { seller: Seller | null; shipsFrom: string | null } {
  const trigger = primary(doc, '#sellerProfileTriggerId');
  const soldBy = buyboxField(doc, SOLD_BY_LABEL);
  const shipsField = buyboxField(doc, SHIPS_FROM_LABEL);
  const merchant = textOf(primary(doc, '#merchant-info') ?? primary(doc, '#merchantInfoFeature_feature_div'));
  let name = textOf(trigger) || soldBy.text;
  let shipsFrom = shipsField.text;
  const both = BOTH_BY.exec(merchant);
  if (both?.[1]) {
    name ||= both[1];
    shipsFrom ||= both[1];
  } else {
    name ||= SOLD_BY.exec(merchant)?.[1] ?? '';
    shipsFrom ||= SHIPPED_BY.exec(merchant)?.[1] ?? '';
  }
  name = name.replace(/\.$/, '').trim();
  if (!name) return { seller: null, shipsFrom: shipsFrom || null };
  const seller: Seller = { name: name.slice(0, LIMITS.text) };
  const link = trigger ?? soldBy.el?.querySelector('a[href*="seller="]') ?? primary(doc, '#merchant-info a[href*="seller="]');
  const href = attr(link, 'href');
  const id = queryParam(href, 'seller', url) || attr(primary(doc, '#merchantID, input[name="merchantID"]'), 'value');
  if (id && /^[A-Z0-9]{6,20}$/.test(id)) seller.id = id;
  const sellerUrl = href ? absoluteUrl(href, url) : undefined;
  if (sellerUrl) seller.url = sellerUrl;
  return { seller, shipsFrom: shipsFrom || null };
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const titleEl = firstMatch(doc, ['#productTitle', '#title', '#btAsinTitle', '#ebooksProductTitle']);
  const title = textOf(titleEl, LIMITS.title) || attr(doc.querySelector('meta[name="title"]'), 'content');
  if (!title) return null;
  const canonical = absoluteUrl(attr(doc.querySelector('link[rel="canonical"]'), 'href'), url);
  const listing: Listing = listingBase('amazon', canonical ?? url);
  listing.title = title.slice(0, LIMITS.title);
  listing.brand = bylineBrand(doc) || labelledValue(doc, BRAND_LABELS) || labelledValue(doc, MAKER_LABELS) || null;
  listing.price = moneyAt(doc, PRICE_SELECTORS, url);
  const list = moneyAt(doc, LIST_PRICE_SELECTORS, url);
  if (list && listing.price && list.currency === listing.price.currency && list.amount > listing.price.amount) {
    listing.listPrice = list;
  }
  const { seller, shipsFrom } = readSeller(doc, url);
  listing.seller = seller;
  if (shipsFrom) listing.shipsFrom = shipsFrom;
  // Renewed/used offers say so in the buy box; a plain new offer shows no condition text.
  const cond = conditionFrom(textAt(doc, ['#renewedProgramDescriptionAtf', '#buyBoxAccordion .a-accordion-active .a-text-bold']));
  if (cond) listing.condition = cond;
  const image = imageUrl(firstMatch(doc, ['#landingImage', '#imgBlkFront', '#ebooksImgBlkFront', '#main-image']), url);
  if (image) listing.image = image;
  const bullets = textAt(doc, ['#feature-bullets ul', '#productDescription'], LIMITS.description);
  if (bullets) listing.description = bullets;
  return { listing, element: titleEl ?? doc.documentElement };
}

// Search results: current `s-search-result` cards (2019+) and the older `li.s-result-item` list. Sponsored cards are
// kept: they are listings the shopper sees.
function searchCards(root: ParentNode, url: URL): CardListing[] {
  let cards = allMatches(root, '[data-component-type="s-search-result"][data-asin]');
  if (!cards.length) cards = allMatches(root, 'li.s-result-item[data-asin], div.s-result-item[data-asin]');
  const out: CardListing[] = [];
  for (const card of cards) {
    const asin = attr(card, 'data-asin');
    if (!ASIN.test(asin)) continue;
    const title =
      textOf(firstMatch(card, ['h2 a span', 'h2 span', 'h2', '.s-access-title']), LIMITS.title) ||
      attr(card.querySelector('img.s-image'), 'alt');
    if (!title) continue;
    // The card link is often a sponsored-click redirect (/sspa/click?...); the ASIN is the listing's identity.
    const listing = listingBase('amazon', new URL(`/dp/${asin}`, url).href);
    listing.title = title.slice(0, LIMITS.title);
    // Brand row above the title on fashion/brand-heavy results ("h5" / "s-line-clamp-1" line).
    const brand = textOf(firstMatch(card, ['[data-cy="title-recipe"] h2.a-size-mini span', 'h5 .s-line-clamp-1 span', 'h5 span']));
    listing.brand = brand && brand !== title ? brand : null;
    const priceEl = firstMatch(card, ['.a-price:not(.a-text-price):not([data-a-strike])', '.s-price', '.a-color-price']);
    listing.price = moneyFromElement(priceEl, url);
    const list = moneyFromElement(firstMatch(card, ['.a-price.a-text-price', '.a-text-strike']), url);
    if (list && listing.price && list.currency === listing.price.currency && list.amount > listing.price.amount) {
      listing.listPrice = list;
    }
    const image = imageUrl(card.querySelector('img.s-image, img.s-access-image, img'), url);
    if (image) listing.image = image;
    // The badge goes after the price (or the price's own link, never a link around the whole card).
    const link = priceEl?.closest('a');
    const anchor = link && link !== card && card.contains(link) ? link : priceEl;
    out.push(anchor ? { listing, element: card, anchor } : { listing, element: card });
  }
  return out;
}

// Best-seller lists: `#gridItemRoot` cards (2022+, the parsy amazon_com / amazon_bestseller_de pages) holding a
// `[data-asin]` faceout, and the older `.zg-item-immersion` list items. Class names here are partly hashed, so the
// title is read from the product link's text or the image's alt text.
function bestsellerCards(root: ParentNode, url: URL): CardListing[] {
  let cards = allMatches(root, '#gridItemRoot, [id="gridItemRoot"]');
  if (!cards.length) cards = allMatches(root, '.zg-item-immersion');
  if (!cards.length) cards = allMatches(root, '.p13n-sc-uncoverable-faceout[data-asin], .p13n-sc-uncoverable-faceout');
  const seen = new Set<Element>();
  const out: CardListing[] = [];
  for (const card of cards) {
    if (seen.has(card)) continue;
    seen.add(card);
    const links = Array.from(card.querySelectorAll('a[href*="/dp/"], a[href*="/gp/product/"]'));
    const textLink = links.find((a) => textOf(a).length > 3 && !a.querySelector('img'));
    const img = card.querySelector('img');
    const title =
      textOf(firstMatch(card, ['.p13n-sc-truncate', '.p13n-sc-truncated', '[class*="p13n-sc-css-line-clamp"]']), LIMITS.title) ||
      textOf(textLink ?? null, LIMITS.title) ||
      attr(img, 'alt');
    if (!title) continue;
    const href = attr(textLink ?? links[0] ?? null, 'href');
    // The ASIN (on the faceout, or in the /dp/ link) is the listing's identity; links carry ranking refs.
    const asin = [attr(card, 'data-asin'), attr(card.querySelector('[data-asin]'), 'data-asin'), /\/dp\/([A-Z0-9]{10})/.exec(href)?.[1] ?? '']
      .find((a) => ASIN.test(a));
    const listing = listingBase('amazon', asin ? new URL(`/dp/${asin}`, url).href : absoluteUrl(href, url) ?? url);
    listing.title = title.slice(0, LIMITS.title);
    listing.price = moneyFromElement(firstMatch(card, ['.p13n-sc-price', '[class*="p13n-sc-price"]', '.a-color-price', '.a-price']), url);
    const image = imageUrl(img, url);
    if (image) listing.image = image;
    out.push({ listing, element: card });
  }
  return out;
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const search = searchCards(root, url);
  return search.length ? search : bestsellerCards(root, url);
}

export const adapter: Adapter = {
  id: 'amazon',
  matchesUrl: isAmazonUrl,
  pageKind,
  extractProduct,
  extractCards,
};
