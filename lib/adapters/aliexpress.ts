/**
 * AliExpress (aliexpress.com, .us, .ru and their language subdomains). Product pages (/item/<id>.html, mobile
 * /i/<id>.html) and search / category / store pages (/w/wholesale-<q>.html, /wholesale?SearchText=, /category/…,
 * /af/…, /store/<id>…). Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup is
 * not recognised.
 *
 * What is known and what is a best guess (the live site could not be loaded while writing this):
 * - Fairly confident (widely documented 2019–2022 layout): product state in `window.runParams = { data: {
 *   titleModule.subject, priceModule.{formatedActivityPrice, minActivityAmount, minAmount, maxAmount},
 *   storeModule.{storeName, storeNum, storeURL, positiveRate, followingNumber, openTime, topRatedSeller},
 *   specsModule.props[{attrName:"Brand Name"}], imageModule.imagePathList } }`; search results as objects with
 *   `productId` + `title.displayTitle` + `prices.salePrice` + `store.storeName` inside `mods.itemList.content`,
 *   held by `window.runParams` (2020–21) or `window._dida_config_._init_data_` / `_init_data_` (2022+).
 * - Unverified best guesses: the 2023+ component names (PRODUCT_TITLE, PRICE.targetSkuPriceInfo, SHOP_CARD_PC,
 *   priceComponent, sellerComponent, storeFeedbackComponent, storeHeaderComponent, PRODUCT_PROP_PC), the
 *   `data-pl` attributes of the new product DOM, the official-store flag keys (isOfficialStore, storeBadge…) and
 *   the exact badge wording. Because key names move between layouts, state objects are found by their keys
 *   anywhere in the state (deepFind), not by one fixed path. Search cards are found in the DOM by their /item/<id>
 *   link (stable across every layout we know) and enriched from the state by product id.
 */
import { hostIsOn } from '../sites';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Money, Seller } from '../schema/listing';
import type { Adapter, CardListing } from './types';
import {
  absoluteUrl,
  allMatches,
  attr,
  firstMatch,
  getPath,
  imageUrl,
  listingBase,
  moneyAt,
  moneyFromText,
  str,
  textAt,
  textOf,
} from './common';
import {
  cardOf,
  linkOwners,
  deepFind,
  findWithKeys,
  firstStr,
  fromJsonLd,
  idFromHtmlPath,
  isObj,
  jsonLdProduct,
  moneyFromValue,
  percentFrom,
  scriptState,
  sellerOf,
  sinceFrom,
  type Json,
} from './alibaba-common';

const DOMAINS = ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'];
const PRODUCT_PATH = /\/(?:item|i)\/(?:[^/]+\/)?\d{6,}\.html/i;
const SEARCH_PATH = /^\/(?:w\/|wholesale|category\/|af\/|premium\/|popular\/|store\/|gcp\/|ssr\/)/i;

// Where the state lives, newest first. Why several: the search page moved from runParams (2020–21) to
// `_init_data_` under `window._dida_config_` (2022+); product pages kept `window.runParams`.
const STATE_MARKERS = [
  'window._dida_config_._init_data_ =',
  '_init_data_ =',
  'window.runParams =',
  'runParams =',
  'window.__INIT_DATA__ =',
];

function matchesUrl(url: URL): boolean {
  return DOMAINS.some((d) => hostIsOn(url.hostname, d));
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (PRODUCT_PATH.test(url.pathname)) return 'product';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  if (firstMatch(doc, ['#card-list a[href*="/item/"]', '.list-items a[href*="/item/"]', 'a.search-card-item'])) return 'search';
  return 'other';
}

function state(root: ParentNode): unknown {
  const doc = (root as Node).ownerDocument ?? root;
  return scriptState(doc, STATE_MARKERS);
}

/** Money from an AliExpress amount object ({value, currency} / {minPrice, currencyCode} / formatted text). */
function amountMoney(v: unknown, url: URL): Money | null {
  if (!isObj(v)) return moneyFromValue(v, url);
  const currency = firstStr(v, ['currency', 'currencyCode']) || null;
  return (
    moneyFromValue(v.value ?? v.minPrice ?? v.minAmount, url, currency) ??
    moneyFromValue(firstStr(v, ['formatedAmount', 'formattedPrice', 'formatedPrice']), url, currency)
  );
}

/** The buyer's price from product state (old priceModule, new PRICE / priceComponent), low end of ranges. */
function statePrice(data: unknown, url: URL): { price: Money | null; listPrice: Money | null } {
  const pm = findWithKeys(data, ['formatedActivityPrice']) ?? findWithKeys(data, ['formatedPrice', 'minAmount']);
  if (pm) {
    const text = firstStr(pm, ['formatedActivityPrice', 'formatedPrice']);
    const printed = moneyFromText(text, url);
    const low = amountMoney(pm.minActivityAmount ?? pm.minAmount, url);
    const price = printed ?? low;
    const list = amountMoney(pm.minAmount, url);
    return {
      price: price && /\s[-–~]\s|\d\s*-\s*\d/.test(text) ? { ...price, range: true } : price,
      listPrice: pm.formatedActivityPrice && list && price && list.amount > price.amount ? list : null,
    };
  }
  const sku = findWithKeys(data, ['salePriceString']) ?? findWithKeys(data, ['salePrice', 'originalPrice']);
  if (sku) {
    const price = moneyFromText(firstStr(sku, ['salePriceString', 'salePrice.formatedAmount']), url) ?? amountMoney(sku.salePrice, url);
    const list = moneyFromText(firstStr(sku, ['originalPrice.formatedAmount', 'originalPriceString']), url) ?? amountMoney(sku.originalPrice, url);
    return { price, listPrice: list && price && list.amount > price.amount ? list : null };
  }
  const comp = findWithKeys(data, ['discountPrice']);
  if (comp) {
    return { price: amountMoney(getPath(comp, 'discountPrice.minActivityAmount') ?? comp.discountPrice, url), listPrice: amountMoney(getPath(comp, 'origPrice.minAmount'), url) };
  }
  return { price: null, listPrice: null };
}

// Badge wording on official stores. Why: AliExpress labels brand-run stores "Official Store" / "Brand Official
// Store" (Russian site: "Официальный магазин"; Chinese: 官方店). Unverified against the live DOM.
const OFFICIAL_BADGE = /\b(?:brand )?official store\b|официальный магазин|官方店|官方旗舰店/i;

function storeSeller(data: unknown, doc: ParentNode, url: URL): Seller | null {
  const store =
    findWithKeys(data, ['storeName', 'storeNum']) ??
    findWithKeys(data, ['storeName', 'storeURL']) ??
    findWithKeys(data, ['storeName', 'storeUrl']) ??
    findWithKeys(data, ['storeName']);
  const feedback = findWithKeys(data, ['sellerPositiveRate']);
  const storeLink = firstMatch(doc, [
    '[data-pl="store-name"]',
    'a[href*="/store/"][data-spm-anchor-id]',
    '.store-name a',
    'a.store-name',
    '[class*="store-header"] a[href*="/store/"]',
    '[class*="storeName"] a',
    'a[href*="/store/"]',
  ]);
  const name = firstStr(store, ['storeName']) || textOf(storeLink);
  if (!name) return null;
  const href = firstStr(store, ['storeURL', 'storeUrl']) || attr(storeLink, 'href');
  const id = firstStr(store, ['storeNum', 'storeId', 'storeNo', 'companyId']) || storeIdOf(href);
  const printedRate = /(\d{2,3}(?:\.\d+)?)\s*%\s*(?:positive|положительных|好评)/i.exec(
    textAt(doc, ['[class*="store-info"]', '[class*="shop-info"]', '.store-container'], 2000),
  )?.[1];
  const rating = percentFrom(
    store?.positiveRate ?? store?.sellerPositiveRate ?? feedback?.sellerPositiveRate ?? (printedRate ? `${printedRate}%` : undefined),
  );
  const since =
    sinceFrom(store?.openTime ?? store?.storeOpenTime) ??
    (typeof store?.openedYear === 'number' || typeof store?.openedYear === 'string'
      ? sinceFrom(`${str(store.openedYear)} years`)
      : undefined);
  const flag = deepFind(data, (o) => o.isOfficialStore === true || o.officialStore === true || o.brandOfficial === true, 1).length > 0;
  const badgeText = firstStr(store, ['storeBadge', 'storeTag', 'badgeText', 'storeTypeName']) ||
    allMatches(storeArea(storeLink) ?? doc, '[data-pl="store-badge"], [class*="store-badge"], [class*="official"], img[alt*="fficial"]')
      .map((el) => textOf(el) || attr(el, 'alt'))
      .join(' ');
  const official = flag || OFFICIAL_BADGE.test(badgeText);
  return sellerOf({
    name,
    id: id || undefined,
    url: href ? absoluteUrl(href, url) : undefined,
    rating,
    since,
    official: official ? true : undefined,
  });
}

/** The store number in a store link ("//www.aliexpress.com/store/1102345678"), or ''. */
function storeIdOf(href: string): string {
  return /\/store\/(?:[a-z-]+\/)?(\d+)/i.exec(href)?.[1] ?? '';
}

/**
 * The store block around the store link (up to 3 ancestors), so a badge is only read next to the store — an
 * "Official Store" banner elsewhere on the page (ads, recommendations) must not mark this seller.
 */
function storeArea(link: Element | null): ParentNode | null {
  let el: Element | null = link;
  for (let i = 0; i < 3 && el?.parentElement; i++) el = el.parentElement;
  return el && el !== link ? el : null;
}

/** The value of the "Brand Name" spec (old specsModule, new PRODUCT_PROP_PC, or the spec list in the DOM). */
function brandOf(data: unknown, doc: Document): string {
  for (const prop of deepFind(data, (o) => typeof o.attrName === 'string' && o.attrValue !== undefined, 200)) {
    if (/^(?:brand(?: name)?|бренд|品牌)$/i.test(str(prop.attrName))) return clip(prop.attrValue);
  }
  for (const row of allMatches(doc, '[data-pl="product-specs"] li, .specification--prop--Jh28bKu, ul.product-specs-list li, [class*="specification"] li, [class*="specification--prop"]')) {
    const t = textOf(row);
    const m = /^(?:brand(?: name)?|бренд|品牌)\s*[:：]?\s*(.+)$/i.exec(t);
    if (m) return clip(m[1]);
  }
  return '';
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const data = state(doc);
  const ld = fromJsonLd(jsonLdProduct(doc), url);
  const listing: Listing = listingBase('aliexpress', url);
  listing.title =
    clip(getPath(findWithKeys(data, ['subject']), 'subject'), LIMITS.title) ||
    clip(getPath(data, 'data.PRODUCT_TITLE.text'), LIMITS.title) ||
    textAt(doc, ['h1[data-pl="product-title"]', 'h1.product-title-text', '.product-title h1', 'h1'], LIMITS.title) ||
    ld.title ||
    '';
  listing.brand = brandOf(data, doc) || ld.brand || null;
  const { price, listPrice } = statePrice(data, url);
  listing.price =
    price ??
    moneyAt(doc, ['[data-pl="product-price"] [class*="price--current"]', '[class*="price--currentPriceText"]', '.product-price-current', '.uniform-banner-box-price', '[data-pl="product-price"]'], url) ??
    ld.price ??
    null;
  if (listPrice && listing.price && listPrice.amount > listing.price.amount) listing.listPrice = listPrice;
  listing.seller = storeSeller(data, doc, url);
  const images = getPath(findWithKeys(data, ['imagePathList']), 'imagePathList');
  const img =
    (Array.isArray(images) ? absoluteUrl(str(images[0], LIMITS.url), url) : undefined) ??
    ld.image ??
    imageUrl(firstMatch(doc, ['meta[property="og:image"]', '[class*="magnifier"] img', '.image-view-magnifier-wrap img']), url);
  if (img) listing.image = img;
  if (!listing.title) return null;
  const element = firstMatch(doc, ['#root', '.product-main', 'main', 'body']) ?? doc.documentElement;
  return { listing, element };
}

/** Search-result items in the state, by product id. */
function searchItems(root: ParentNode): Map<string, Json> {
  const byId = new Map<string, Json>();
  const data = state(root);
  const items = deepFind(
    data,
    (o) => (typeof o.productId === 'string' || typeof o.productId === 'number') && (o.title !== undefined || o.displayTitle !== undefined),
    1000,
  );
  for (const item of items) byId.set(str(item.productId), item);
  return byId;
}

function itemPrice(item: Json | undefined, url: URL): Money | null {
  if (!item) return null;
  const sale = getPath(item, 'prices.salePrice');
  if (isObj(sale)) {
    const currency = firstStr(sale, ['currencyCode']) || null;
    const text = firstStr(sale, ['formattedPrice']);
    return moneyFromText(text, url, currency ?? undefined) ?? moneyFromValue(sale.minPrice, url, currency);
  }
  return moneyFromValue(item.price ?? item.salePrice, url);
}

function idOfHref(url: URL): (href: string) => string {
  return (href) => {
    if (!/\/(?:item|i)\//.test(href)) return '';
    return idFromHtmlPath(href, url);
  };
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const items = searchItems(root);
  // On a store page (/store/<id>…) every card is the store's own: cards without a store line get the page's store.
  const doc = (root as Node).ownerDocument ?? root;
  const pageStore = /^\/store\//.test(url.pathname) ? storeSeller(state(doc), doc, url) : null;
  const idOf = idOfHref(url);
  const out: CardListing[] = [];
  const seen = new Set<string>();
  const owners = linkOwners(root, idOf);
  for (const link of allMatches(root, 'a[href*="/item/"], a[href*="/i/"]')) {
    const id = idOf(attr(link, 'href'));
    if (!id || seen.has(id)) continue;
    // Recommendation rails and the header can hold item links too; a result card sits in the result list.
    if (link.closest('header, nav, footer, [data-spm="recommend"], .recommend-list')) continue;
    seen.add(id);
    const card = cardOf(link, id, idOf, root, owners);
    const item = items.get(id);
    const listing = listingBase('aliexpress', absoluteUrl(attr(link, 'href'), url)?.replace(/\?.*$/, '') ?? url);
    listing.title =
      clip(getPath(item, 'title.displayTitle') ?? getPath(item, 'displayTitle') ?? (typeof item?.title === 'string' ? item.title : ''), LIMITS.title) ||
      textAt(card, ['h1', 'h3', '[class*="title"]', 'a.item-title'], LIMITS.title) ||
      clip(attr(link, 'title') || attr(link, 'aria-label'), LIMITS.title);
    listing.price =
      itemPrice(item, url) ??
      moneyAt(card, ['[class*="price-sale"]', '[class*="price--current"]', '.price-current', '[class*="price"]'], url);
    const orig = getPath(item, 'prices.originalPrice');
    const was = isObj(orig) ? moneyFromText(firstStr(orig, ['formattedPrice']), url) ?? moneyFromValue(orig.minPrice, url) : null;
    if (was && listing.price && was.amount > listing.price.amount) listing.listPrice = was;
    const storeName = firstStr(item, ['store.storeName', 'storeName']) || textAt(card, ['a[href*="/store/"]', '[class*="store-name"]', '[class*="storeName"]']);
    if (storeName) {
      const href = firstStr(item, ['store.storeUrl', 'storeUrl']) || attr(firstMatch(card, ['a[href*="/store/"]']), 'href');
      listing.seller = sellerOf({
        name: storeName,
        id: firstStr(item, ['store.storeId', 'storeId']) || storeIdOf(href) || undefined,
        url: href ? absoluteUrl(href, url) : undefined,
        // Only a badge apart from the name counts: a store can put "Official" in its own name.
        official: firstMatch(card, ['[class*="official"]', 'img[alt*="fficial"]', '[data-badge*="official"]']) ? true : undefined,
      });
    }
    if (!listing.seller && pageStore) listing.seller = pageStore;
    const img =
      absoluteUrl(firstStr(item, ['image.imgUrl', 'imageUrl', 'image'], LIMITS.url), url) ??
      imageUrl(firstMatch(card, ['img']), url);
    if (img) listing.image = img;
    if (listing.title) out.push({ listing, element: card });
  }
  return out;
}

export const adapter: Adapter = { id: 'aliexpress', matchesUrl, pageKind, extractProduct, extractCards };
