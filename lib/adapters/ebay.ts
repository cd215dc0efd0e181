/**
 * eBay (every storefront in lib/sites.ts). Item pages (/itm/) in the current "x-" layout (2022+), the "ux-" seller
 * section (2022–2023) and the old "vi-" layout (to 2021, the corpus product-pages ebay.*); search pages (/sch/,
 * /b/ category browse) with `li.s-item` cards (to 2024) and `li.s-card` / `.su-card-container` cards (2024+).
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
  countFrom,
  firstMatch,
  imageUrl,
  listingBase,
  moneyFromElement,
  ratingFrom,
  textAt,
  textOf,
} from './common';

const ITEM_PATH = /^\/itm\//;
const SEARCH_PATH = /^\/(?:sch|b|e)\//;

// Why these: current layout `.x-price-primary` inside the BIN block; 2019–2021 pages (corpus ebay.com/.it/.ca/.ie)
// `#prcIsum` (fixed price, `content` attribute holds the dot-decimal amount), `#mm-saleDscPrc` (discounted),
// `#prcIsum_bidPrice` (auctions).
const PRICE_SELECTORS = [
  '.x-bin-price .x-price-primary',
  '.x-price-primary',
  '[data-testid="x-price-primary"]',
  '#mm-saleDscPrc',
  '#prcIsum',
  '#prcIsum_bidPrice',
  '.vi-price [itemprop="price"]',
];
const LIST_PRICE_SELECTORS = [
  '.x-additional-info .ux-textspans--STRIKETHROUGH',
  '.x-price-transparency .ux-textspans--STRIKETHROUGH',
  '#orgPrc',
  '.vi-originalPrice',
];

// "99.2% positive feedback", "99,1% Feedback positivo", "100% Positive Feedback", "99,8 % positive Bewertungen".
const FEEDBACK_PCT = /(\d{1,3}(?:[.,]\d+)?)\s*%/;

// Authenticity Guarantee in the storefront languages (eBay's own label for independently authenticated items).
const AUTHENTICITY =
  /authenticity guarantee|echtheitsprüfung|echtheitsgarantie|garantie d['’]authenticité|garanzia di autenticità|authenticité garantie/i;

function isEbayUrl(url: URL): boolean {
  return marketplaceForUrl(url.href)?.id === 'ebay';
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (ITEM_PATH.test(url.pathname) || doc.querySelector('h1.x-item-title__mainTitle, #itemTitle')) {
    if (doc.querySelector('h1.x-item-title__mainTitle, .x-item-title, #itemTitle, h1[itemprop="name"], #mainContent'))
      return 'product';
  }
  if (doc.querySelector('.srp-results, ul.srp-list, li.s-item, li.s-card, .su-card-container')) return 'search';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  return 'other';
}

/** The value cell next to an item-specifics label (new `ux-labels-values`, old `td.attrLabels`). */
function itemSpecific(doc: Document, label: RegExp): string {
  for (const row of allMatches(doc, '.ux-labels-values, .ux-layout-section-evo__col, dl.ux-labels-values')) {
    const key = textAt(row, ['.ux-labels-values__labels', 'dt']).replace(/:$/, '').trim();
    if (label.test(key)) return textAt(row, ['.ux-labels-values__values', 'dd']);
  }
  for (const cell of allMatches(doc, 'td.attrLabels')) {
    if (label.test(textOf(cell).replace(/:$/, '').trim())) return textOf(cell.nextElementSibling);
  }
  return '';
}

// "Make" is the brand field of eBay Motors vehicle listings.
const BRAND_LABEL = /^(?:brand|marke|marque|marca|merk|make)$/i;

function readSeller(doc: Document, url: URL): Seller | null {
  // Current layout: seller card above the fold; 2022–2023 "ux-seller-section"; old "mbg" block with #si-fb.
  const card = firstMatch(doc, [
    '.x-sellercard-atf__info',
    '[data-testid="x-sellercard-atf"]',
    '.x-sellercard-atf',
    '.ux-seller-section',
    '#RightSummaryPanel .si-content',
    '.si-content',
  ]);
  const nameEl = firstMatch(card ?? doc, [
    '.x-sellercard-atf__info__about-seller a',
    '.x-sellercard-atf__info__about-seller',
    '.ux-seller-section__item--seller a',
    '.mbg-nw',
  ]);
  const name = textOf(nameEl);
  if (!name) return null;
  const seller: Seller = { name };
  const link = nameEl?.closest('a') ?? nameEl?.querySelector('a') ?? null;
  const href = absoluteUrl(attr(link, 'href'), url);
  if (href) seller.url = href;
  // eBay user ids are the store/user name in /str/NAME or /usr/NAME links.
  const idMatch = href ? /\/(?:usr|str)\/([^/?#]+)/.exec(href) : null;
  if (idMatch?.[1]) seller.id = decodeURIComponent(idMatch[1]).slice(0, LIMITS.text);
  const scope = card ?? doc;
  const feedbackText =
    textAt(scope, ['.x-sellercard-atf__data-item', '.ux-seller-section__item--seller ~ .ux-seller-section__item', '#si-fb']) ||
    textAt(doc, ['#si-fb']);
  const allText = textOf(scope as Element, 2000);
  const pct = FEEDBACK_PCT.exec(feedbackText) ?? FEEDBACK_PCT.exec(allText);
  if (pct) {
    const r = ratingFrom(pct[0]);
    if (r !== undefined) seller.rating = r;
  }
  // Feedback score: "(12,345)" after the name, or the old `.mbg-l a` link.
  const scoreText = textAt(scope, ['.mbg-l a', '.x-sellercard-atf__about-seller-item', '.ux-seller-section__item--seller']) || allText;
  const paren = /\((\d[\d.,\s\u00a0]*(?:[kK])?)\)/.exec(scoreText) ?? /\((\d[\d.,\s\u00a0]*(?:[kK])?)\)/.exec(allText);
  const count = countFrom(paren?.[1] ?? textAt(scope, ['.mbg-l a']));
  if (count !== undefined) seller.ratingCount = count;
  return seller;
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const titleEl = firstMatch(doc, ['h1.x-item-title__mainTitle', '.x-item-title__mainTitle', '#itemTitle', 'h1[itemprop="name"]']);
  // Old layout prefixes the title with a hidden "Details about" span; drop it.
  let title = '';
  if (titleEl) {
    const copy = titleEl.cloneNode(true) as Element;
    copy.querySelectorAll('.g-hdn, .it-sttl, .it-icon-pd').forEach((n) => n.remove());
    title = textOf(copy, LIMITS.title);
  }
  title ||= attr(doc.querySelector('meta[property="og:title"]'), 'content');
  if (!title) return null;
  const itemId = /\/itm\/(?:[^/]+\/)?(\d{9,15})/.exec(url.pathname)?.[1];
  const listing: Listing = listingBase('ebay', itemId ? new URL(`/itm/${itemId}`, url).href : url);
  listing.title = title.slice(0, LIMITS.title);
  listing.brand =
    itemSpecific(doc, BRAND_LABEL) ||
    // Vehicle and old-layout listings name the maker instead (corpus product-pages ebay.ie: "Manufacturer: BMW").
    itemSpecific(doc, /^(?:manufacturer|hersteller|fabricant|produttore|fabricante)$/i) ||
    textAt(doc, ['[itemprop="brand"] [itemprop="name"]', '[itemprop="brand"]']) ||
    null;
  // The item's own currency (`itemprop=priceCurrency`) beats the storefront default: eBay.ie lists GBP items
  // (corpus product-pages ebay.ie).
  const currencyHint = attr(doc.querySelector('[itemprop="priceCurrency"]'), 'content') || undefined;
  for (const sel of PRICE_SELECTORS) {
    const el = doc.querySelector(sel);
    const m = el ? moneyFromElement(el, url, currencyHint) : null;
    if (m) {
      listing.price = m;
      break;
    }
  }
  for (const sel of LIST_PRICE_SELECTORS) {
    const m = moneyFromElement(doc.querySelector(sel), url, currencyHint);
    if (m && listing.price && m.currency === listing.price.currency && m.amount > listing.price.amount) {
      listing.listPrice = m;
      break;
    }
  }
  listing.seller = readSeller(doc, url);
  const cond = conditionFrom(
    textAt(doc, ['.x-item-condition-text .ux-textspans', '.x-item-condition-text', '#vi-itm-cond', '[itemprop="itemCondition"]']),
  );
  if (cond) listing.condition = cond;
  const location = itemSpecific(doc, /^(?:item location|located in|artikelstandort|standort|localisation|posizione dell'oggetto|ubicación)$/i)
    || textAt(doc, ['.ux-labels-values--itemLocation .ux-labels-values__values', '#itemLocation .iti-eu-bld-gry', '[itemprop="availableAtOrFrom"]']);
  if (location) listing.shipsFrom = location.replace(/^(?:located in|located in:)\s*/i, '');
  const main = doc.querySelector('#mainContent, #LeftSummaryPanel, .x-item-title') ?? doc.body;
  if (main && AUTHENTICITY.test(textOf(main, 20000))) listing.authenticated = true;
  const image = imageUrl(firstMatch(doc, ['.ux-image-carousel-item.active img', '.ux-image-carousel-item img', '#icImg', 'meta[property="og:image"]']), url);
  if (image) listing.image = image;
  return { listing, element: titleEl ?? doc.documentElement };
}

/** "seller-name (12,345) 99.5%" / "seller 99.1% positive (1.2K)" in a card → Seller. */
function cardSeller(text: string): Seller | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const name = /^([^\s()]+)/.exec(t)?.[1];
  if (!name) return null;
  const seller: Seller = { name };
  const pct = FEEDBACK_PCT.exec(t);
  const r = pct ? ratingFrom(pct[0]) : undefined;
  if (r !== undefined) seller.rating = r;
  const count = countFrom(/\(([^)]*)\)/.exec(t)?.[1]);
  if (count !== undefined) seller.ratingCount = count;
  return seller;
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const out: CardListing[] = [];
  for (const card of allMatches(root, 'li.s-item, li.s-card, div.s-card')) {
    const link = firstMatch(card, ['a.s-item__link[href]', 'a.su-link[href*="/itm/"]', 'a[href*="/itm/"]']);
    const href = attr(link, 'href');
    const titleEl = firstMatch(card, ['.s-item__title', '.s-card__title .su-styled-text', '.s-card__title']);
    const titleCopy = titleEl?.cloneNode(true) as Element | undefined;
    // "New listing" / "Neues Angebot" badge and the screen-reader "Opens in a new window" sit inside the title.
    titleCopy?.querySelectorAll('.LIGHT_HIGHLIGHT, .clipped, .s-item__title--tagblock, .s-card__new-listing').forEach((n) => n.remove());
    const title = textOf(titleCopy ?? null, LIMITS.title).replace(/^(?:new listing|neues angebot|nouvelle annonce|nuova inserzione)\s*/i, '');
    // Why: the first `li.s-item` on every search page is a template "Shop on eBay" card linking to /itm/123456
    // (parsy ebay_de); it is not a listing.
    if (!title || /^shop on ebay$/i.test(title) || /\/itm\/123456(?:[?/]|$)/.test(href)) continue;
    // Item links carry long tracking parameters; the item id is the listing's identity.
    const id = /\/itm\/(?:[^/?#]+\/)?(\d{9,15})/.exec(href)?.[1];
    const itemUrl = id ? new URL(`/itm/${id}`, url).href : absoluteUrl(href, url);
    if (!itemUrl) continue;
    const listing = listingBase('ebay', itemUrl);
    listing.title = title.slice(0, LIMITS.title);
    const priceEl = firstMatch(card, ['.s-item__price', '.s-card__price']);
    listing.price = moneyFromElement(priceEl, url);
    const list = moneyFromElement(firstMatch(card, ['.s-item__trending-price .STRIKETHROUGH', '.s-item__discount .STRIKETHROUGH', '.s-card__price--original', '.STRIKETHROUGH']), url);
    if (list && listing.price && list.currency === listing.price.currency && list.amount > listing.price.amount) {
      listing.listPrice = list;
    }
    const sellerText = textAt(card, ['.s-item__seller-info-text', '.s-item__seller-info', '.s-card__seller-info', '.su-card-container__attributes__secondary .s-card__attribute-row:last-child']);
    listing.seller = cardSeller(sellerText);
    const cond = conditionFrom(textAt(card, ['.s-item__subtitle .SECONDARY_INFO', '.s-item__subtitle', '.s-card__subtitle']));
    if (cond) listing.condition = cond;
    const from = textAt(card, ['.s-item__location', '.s-item__itemLocation']);
    if (from) listing.shipsFrom = from.replace(/^(?:from|aus|de|da|desde)\s+/i, '');
    if (AUTHENTICITY.test(textOf(card, 2000))) listing.authenticated = true;
    const image = imageUrl(card.querySelector('img.s-item__image-img, img'), url);
    if (image) listing.image = image;
    // The badge joins the price's line (see CardListing.anchor).
    out.push(priceEl ? { listing, element: card, anchor: priceEl } : { listing, element: card });
  }
  return out;
}

export const adapter: Adapter = {
  id: 'ebay',
  matchesUrl: isEbayUrl,
  pageKind,
  extractProduct,
  extractCards,
};
