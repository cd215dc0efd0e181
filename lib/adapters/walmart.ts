/**
 * Walmart (walmart.com, walmart.ca). Product pages (/ip/<slug>/<id>) and search / browse pages (/search?q=,
 * /browse/…, /cp/…, /shop/…). Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup
 * is not recognised.
 *
 * What is known and what is a best guess (we could not load the live site while writing this):
 * - Fairly confident: walmart.com is a Next.js app and ships `<script id="__NEXT_DATA__">` with the product at
 *   props.pageProps.initialData.data.product (name, brand, priceInfo.currentPrice / wasPrice / priceRange,
 *   sellerName / sellerDisplayName / sellerId, imageInfo.thumbnailUrl) and search results at
 *   props.pageProps.initialData.searchResult.itemStacks[].items[] (usItemId, name, canonicalUrl, price,
 *   priceInfo.linePrice, sellerName); product pages also carry a JSON-LD Product; search cards are
 *   `[data-item-id]` with `[data-automation-id="product-title"]` / `[data-automation-id="product-price"]`.
 * - Unverified: the exact seller-rating keys (sellerAverageRating / sellerReviewCount), the "Pro Seller" flag
 *   (read from text only; the Listing schema has no field for it, so it is not reported), the 2019–2021 layout
 *   (`__WML_REDUX_INITIAL_STATE__`, `.search-result-gridview-item`, `.prod-ProductTitle`) kept as a fallback.
 */
import { hostIsOn } from '../sites';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Seller } from '../schema/listing';
import type { Adapter, CardListing } from './types';
import {
  absoluteUrl,
  allMatches,
  attr,
  conditionFrom,
  firstMatch,
  getPath,
  imageUrl,
  listingBase,
  moneyAt,
  parseJsonScript,
  str,
  textAt,
  textOf,
} from './common';
import {
  deepFind,
  firstStr,
  fromJsonLd,
  isObj,
  jsonLdProduct,
  moneyFromValue,
  scriptState,
  sellerOf,
  type Json,
} from './alibaba-common';

const DOMAINS = ['walmart.com', 'walmart.ca'];
const PRODUCT_PATH = /^\/(?:[a-z]{2}\/)?ip\/(?:[^/]+\/)?(?:\d+|[A-Z0-9]{8,})(?:[/?]|$)/i;
const SEARCH_PATH = /^\/(?:[a-z]{2}\/)?(?:search|browse|cp|shop|brand|store\/[^/]+\/search|global\/seller)(?:\/|$)/i;

function matchesUrl(url: URL): boolean {
  return DOMAINS.some((d) => hostIsOn(url.hostname, d));
}

function nextData(doc: ParentNode): unknown {
  return parseJsonScript(doc, 'script#__NEXT_DATA__');
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (PRODUCT_PATH.test(url.pathname)) return 'product';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  // Unknown URL shape (a campaign landing page with a grid): cards decide.
  if (firstMatch(doc, ['[data-item-id] [data-automation-id="product-title"]', '.search-result-gridview-item'])) {
    return 'search';
  }
  return 'other';
}

/** "Sold and shipped by Walmart.com" / "Sold by Acme Co" / "Sold & shipped by X" → the seller's name. */
function sellerNameFromText(text: string): string {
  const m = /sold (?:and|&) shipped by\s+(.+?)(?:\s*(?:pro seller|\d(?:\.\d)? out of|\(|$))/i.exec(text) ??
    /sold by\s+(.+?)(?:\s*(?:pro seller|fulfilled by|shipped by|\d(?:\.\d)? out of|\(|$))/i.exec(text);
  return m ? clip(m[1]) : '';
}

function sellerFromState(p: Json, url: URL): Seller | null {
  const name = firstStr(p, ['sellerDisplayName', 'sellerName', 'seller.name', 'sellerInfo.sellerDisplayName']);
  if (!name) return null;
  const id = firstStr(p, ['sellerId', 'catalogSellerId', 'seller.id']);
  // Why: third-party seller pages live at /seller/<id>; Walmart itself has no seller page.
  const sellerUrl = id && !/^walmart(\.com)?$/i.test(name) ? absoluteUrl(`/seller/${id}`, url) : undefined;
  const avg = Number(getPath(p, 'sellerAverageRating') ?? getPath(p, 'sellerInfo.averageRating'));
  const count = Number(getPath(p, 'sellerReviewCount') ?? getPath(p, 'sellerInfo.reviewCount'));
  return sellerOf({
    name,
    id: id || undefined,
    url: sellerUrl,
    rating: Number.isFinite(avg) && avg > 0 ? avg / 5 : undefined,
    ratingCount: Number.isFinite(count) && count > 0 ? count : undefined,
  });
}

function sellerFromDom(doc: ParentNode, url: URL): Seller | null {
  const link = firstMatch(doc, [
    '[data-testid="seller-name-link"]',
    'a[href*="/seller/"]',
    '[data-automation-id="seller-name"]',
    'a.seller-name',
  ]);
  const block = firstMatch(doc, [
    '[data-testid="product-seller-info"]',
    '[data-testid="sold-and-shipped-by"]',
    '.prod-SoldShipByMsg',
  ]);
  const blockText = textOf(block);
  let name = textOf(link) || sellerNameFromText(blockText);
  if (!name) {
    // Why the text scan: the seller line has no stable attribute in every layout; its wording is stable.
    const all = textOf(doc.querySelector('body') ?? null, 20_000);
    name = sellerNameFromText(/(?:sold (?:and|&) shipped by|sold by)[^.]{0,80}/i.exec(all)?.[0] ?? '');
  }
  if (!name) return null;
  const href = attr(link, 'href');
  const id = /\/seller\/(\d+)/.exec(href)?.[1];
  return sellerOf({ name, id, url: href ? absoluteUrl(href, url) : undefined });
}

function productState(doc: Document): Json | undefined {
  const next = nextData(doc);
  const p = getPath(next, 'props.pageProps.initialData.data.product');
  if (isObj(p)) return p;
  // 2019–2021 layout: the redux state holds products keyed by id; take the primary one.
  const redux = scriptState(doc, ['window.__WML_REDUX_INITIAL_STATE__ =', '__WML_REDUX_INITIAL_STATE__=']);
  const primary = str(getPath(redux, 'productBasicInfo.selectedProductId')) || str(getPath(redux, 'product.primaryProduct'));
  const products = getPath(redux, 'product.products');
  if (primary && isObj(products) && isObj(products[primary])) {
    const prod = products[primary] as Json;
    return { name: getPath(prod, 'productAttributes.productName'), brand: getPath(prod, 'productAttributes.brand') };
  }
  return undefined;
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const state = productState(doc);
  const ld = fromJsonLd(jsonLdProduct(doc), url);
  const listing: Listing = listingBase('walmart', url);
  listing.title =
    clip(state?.name, LIMITS.title) ||
    ld.title ||
    textAt(doc, ['h1#main-title', 'h1[itemprop="name"]', 'h1.prod-ProductTitle', 'h1'], LIMITS.title);
  listing.brand = clip(state?.brand) || ld.brand || textAt(doc, ['[data-testid="brand-link"]', 'a.prod-brandName']) || null;

  const currency = firstStr(state, ['priceInfo.currentPrice.currencyUnit']) || null;
  const rangeLow = getPath(state, 'priceInfo.priceRange.minPrice');
  const rangeHigh = Number(getPath(state, 'priceInfo.priceRange.maxPrice'));
  const current = moneyFromValue(getPath(state, 'priceInfo.currentPrice.price'), url, currency);
  const low = moneyFromValue(rangeLow, url, currency);
  listing.price =
    low && Number.isFinite(rangeHigh) && rangeHigh > low.amount
      ? { ...low, range: true }
      : current ??
        ld.price ??
        moneyAt(doc, ['[itemprop="price"]', '[data-seo-id="hero-price"]', '[data-testid="price-wrap"]', '.prod-PriceHero .price-group'], url);
  const was =
    moneyFromValue(getPath(state, 'priceInfo.wasPrice.price'), url, currency) ??
    moneyAt(doc, ['[data-seo-id="strike-through-price"]', '.strike-through .price-characteristic'], url);
  if (was && listing.price && was.amount > listing.price.amount) listing.listPrice = was;

  listing.seller = (state && sellerFromState(state, url)) ?? sellerFromDom(doc, url) ?? ld.seller ?? null;
  const img =
    absoluteUrl(firstStr(state, ['imageInfo.thumbnailUrl', 'imageInfo.allImages.0.url']), url) ??
    ld.image ??
    imageUrl(firstMatch(doc, ['[data-testid="hero-image"] img', 'img[data-testid="hero-image"]', 'meta[property="og:image"]']), url);
  if (img) listing.image = img;
  const cond = conditionFrom(firstStr(state, ['conditionType', 'condition']));
  if (cond) listing.condition = cond;
  const desc = clip(str(state?.shortDescription, 5000).replace(/<[^>]*>/g, ' '), LIMITS.description) || ld.description;
  if (desc) listing.description = desc;
  if (!listing.title) return null;
  const element = firstMatch(doc, ['[data-testid="product-page"]', 'main', 'body']) ?? doc.documentElement;
  return { listing, element };
}

/** Search results in the page state, keyed by item id (usItemId). */
function searchState(root: ParentNode): Map<string, Json> {
  const byId = new Map<string, Json>();
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const next = nextData(doc);
  const stacks = getPath(next, 'props.pageProps.initialData.searchResult.itemStacks');
  for (const item of deepFind(stacks, (o) => typeof o.usItemId === 'string' && typeof o.name === 'string')) {
    byId.set(str(item.usItemId), item);
  }
  const redux = scriptState(doc, ['window.__WML_REDUX_INITIAL_STATE__ =', '__WML_REDUX_INITIAL_STATE__=']);
  for (const item of deepFind(getPath(redux, 'preso.items'), (o) => o.productId !== undefined && o.title !== undefined)) {
    byId.set(str(item.usItemId) || str(item.productId), { ...item, name: item.title });
  }
  return byId;
}

const CARD_SELECTORS = '[data-item-id], .search-result-gridview-item, .search-result-listview-item';

function idOfCard(card: Element): string {
  return attr(card, 'data-item-id') || attr(card, 'data-us-item-id') || attr(card, 'data-tl-id').replace(/\D/g, '');
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const state = searchState(root);
  const cards = allMatches(root, CARD_SELECTORS).filter((c) => !c.parentElement?.closest(CARD_SELECTORS));
  const out: CardListing[] = [];
  for (const card of cards) {
    const id = idOfCard(card);
    const item = id ? state.get(id) : undefined;
    const link = firstMatch(card, ['a[link-identifier]', 'a[href*="/ip/"]', 'a.product-title-link', 'a[href]']);
    const listing = listingBase('walmart', absoluteUrl(attr(link, 'href'), url) ?? url);
    const canonical = absoluteUrl(firstStr(item, ['canonicalUrl']), url);
    if (canonical) listing.url = canonical;
    listing.title =
      clip(item?.name, LIMITS.title) ||
      textAt(card, ['[data-automation-id="product-title"]', 'a.product-title-link span', 'a.product-title-link'], LIMITS.title) ||
      clip(attr(link, 'aria-label') || attr(link, 'title'), LIMITS.title);
    listing.brand = clip(item?.brand) || null;
    const currency = firstStr(item, ['priceInfo.currencyUnit']) || null;
    const stateLow = moneyFromValue(getPath(item, 'priceInfo.minPrice'), url, currency);
    const statePrice =
      moneyFromValue(getPath(item, 'priceInfo.linePrice'), url, currency) ??
      moneyFromValue(getPath(item, 'price'), url, currency) ??
      moneyFromValue(getPath(item, 'primaryOffer.offerPrice'), url, currency) ??
      moneyFromValue(getPath(item, 'primaryOffer.minPrice'), url, currency);
    const rangeText = firstStr(item, ['priceInfo.priceRangeString']);
    listing.price =
      (rangeText ? moneyFromValue(rangeText, url, currency) : null) ??
      (stateLow && statePrice && stateLow.amount < statePrice.amount ? { ...stateLow, range: true } : statePrice) ??
      moneyAt(card, ['[data-automation-id="product-price"] .w_iUH7', '[data-automation-id="product-price"]', '.price-main .visuallyhidden', '.price-main'], url);
    const was = moneyFromValue(getPath(item, 'priceInfo.wasPrice'), url, currency);
    if (was && listing.price && was.amount > listing.price.amount) listing.listPrice = was;
    listing.seller = (item && sellerFromState(item, url)) ?? sellerFromCard(card);
    const img =
      absoluteUrl(firstStr(item, ['imageInfo.thumbnailUrl', 'image', 'imageUrl']), url) ??
      imageUrl(firstMatch(card, ['img[data-testid="productTileImage"]', 'img']), url);
    if (img) listing.image = img;
    if (listing.title) out.push({ listing, element: card });
  }
  return out;
}

function sellerFromCard(card: Element): Seller | null {
  const name = sellerNameFromText(textOf(card, 2000));
  return name ? sellerOf({ name }) : null;
}

export const adapter: Adapter = { id: 'walmart', matchesUrl, pageKind, extractProduct, extractCards };
