/**
 * DHgate (dhgate.com, www. and m.). Product pages (/product/<slug>/<itemcode>.html), search and category pages
 * (/wholesale/search.do?searchkey=…, /wholesale/<slug>.html, /w/<q>/…, /c/…), store pages (/store/<id>…).
 * Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup is not recognised.
 *
 * Honesty note — mostly UNVERIFIED (the live site could not be loaded while writing this):
 * - Reasonably sure: the URL shapes above; the store link `/store/<id>`; the store box printing
 *   "Positive Feedback 98.5%" and an age such as "Opened 3 years" / "3 Years"; prices printed "US $12.34 - 15.67"
 *   (quantity tiers).
 * - Best guesses: product data from the JSON-LD Product (the light reader the other adapters share), an embedded
 *   state object (`window.__INITIAL_STATE__` / `window.__NUXT__`) searched by key (itemName, storeName…), DOM
 *   selectors for the title / price / store (ordered, old layout `.hinfo-title`, `.store-name` first).
 * - Price: the low end of the printed range with `range: true` (as for every site). On DHgate the range is over
 *   quantity tiers, so the single-item price is usually the HIGH end; the flag marks it as a range either way.
 * - Followers have no Listing field yet.
 */
import { hostIsOn } from '../sites';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Seller } from '../schema/listing';
import type { Adapter, CardListing } from './types';
import {
  absoluteUrl,
  allMatches,
  attr,
  firstMatch,
  imageUrl,
  listingBase,
  moneyAt,
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
  jsonLdProduct,
  moneyFromValue,
  percentFrom,
  scriptState,
  sellerOf,
  sinceFrom,
  type Json,
} from './alibaba-common';

const PRODUCT_PATH = /^\/product\/[^/]+\/\d{5,}\.html/i;
const SEARCH_PATH = /^\/(?:wholesale\/|w\/|c\/|store\/|hot-sale\/|discount-)/i;
const STATE_MARKERS = ['window.__INITIAL_STATE__ =', 'window.__INITIAL_STATE__=', 'window.__NUXT__ =', 'window.pageConfig ='];

function matchesUrl(url: URL): boolean {
  return hostIsOn(url.hostname, 'dhgate.com');
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (PRODUCT_PATH.test(url.pathname)) return 'product';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  if (firstMatch(doc, ['.gallery-main a[href*="/product/"]', '#proList a[href*="/product/"]'])) return 'search';
  return 'other';
}

function state(root: ParentNode): unknown {
  const doc = (root as Node).ownerDocument ?? root;
  return scriptState(doc, STATE_MARKERS);
}

function idOfHref(base: URL): (href: string) => string {
  return (href) => (/\/product\//.test(href) ? idFromHtmlPath(href, base) : '');
}

/** "Positive Feedback: 98.5%" / "98.5% Positive feedback" in a block of text → 0..1. */
function feedbackFrom(text: string): number | undefined {
  const m =
    /positive\s+feedback\s*[:：]?\s*(\d{1,3}(?:\.\d+)?)\s*%/i.exec(text) ??
    /(\d{1,3}(?:\.\d+)?)\s*%\s*positive/i.exec(text);
  return m ? percentFrom(`${m[1]}%`) : undefined;
}

/** "Opened 3 years" / "3 Years" / "Since 2015" / "Open since: Mar 02, 2016" in store text → ISO year or date. */
function openedFrom(text: string): string | undefined {
  const m =
    /(?:open(?:ed)?(?:\s+since)?|since|joined)\s*[:：]?\s*([A-Za-z]{3,9}\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2}|\d{4}|\d+\s*\+?\s*(?:years?|yrs?))/i.exec(text) ??
    /\b(\d+)\s*\+?\s*(?:years?|yrs?)\b/i.exec(text);
  return m ? sinceFrom(/^\d+$/.test(m[1]!) ? `${m[1]} years` : m[1]) : undefined;
}

function storeSeller(data: unknown, doc: ParentNode, url: URL): Seller | null {
  const store = findWithKeys(data, ['storeName']) ?? findWithKeys(data, ['sellerName']);
  const link = firstMatch(doc, ['.store-name a', 'a.store-name', '.seller-name a', 'a[href*="/store/"]']);
  const name = firstStr(store, ['storeName', 'sellerName']) || textOf(link);
  if (!name) return null;
  // The nearest store box around the link (the link's own `.store-name` wrapper holds only the name).
  let box: Element | null = null;
  for (const sel of ['.store-info', '.seller-info', 'aside', 'section', '[class*="store-box"]']) {
    box = link?.closest(sel) ?? null;
    if (box) break;
  }
  const boxText = textOf(box ?? null, 2000);
  const href = attr(link, 'href') || firstStr(store, ['storeUrl', 'storeURL']);
  const id = firstStr(store, ['storeId', 'supplierId', 'sellerId']) || (/\/store\/(?:[a-z-]+\/)?(\d+)/.exec(href)?.[1] ?? '');
  return sellerOf({
    name,
    id: id || undefined,
    url: href ? absoluteUrl(href, url) : undefined,
    rating: percentFrom(firstStr(store, ['positiveFeedback', 'positiveRate', 'feedbackRate'])) ?? feedbackFrom(boxText),
    since: sinceFrom(firstStr(store, ['openTime', 'openDate', 'storeOpenTime'])) ?? openedFrom(boxText),
    // Why: DHgate has no brand-official store programme we know of; nothing is marked official.
  });
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const data = state(doc);
  const ld = fromJsonLd(jsonLdProduct(doc), url);
  const item = findWithKeys(data, ['itemName']) ?? findWithKeys(data, ['productName']);
  const listing: Listing = listingBase('dhgate', url);
  listing.title =
    clip(item?.itemName ?? item?.productName, LIMITS.title) ||
    textAt(doc, ['h1.hinfo-title', '.product-name h1', '[class*="productTitle"] h1', 'h1'], LIMITS.title) ||
    (ld.title ?? '');
  listing.brand = ld.brand || null;
  listing.price =
    moneyFromValue(firstStr(item, ['priceRange', 'price', 'minPrice']), url) ??
    moneyAt(doc, ['.js-price', '#wholesale-price', '.hinfo-price .price', '[class*="productPrice"] [class*="price"]', '[itemprop="price"]'], url) ??
    ld.price ??
    null;
  listing.seller = storeSeller(data, doc, url) ?? (ld.seller ? sellerOf(ld.seller) : null);
  const img = ld.image ??
    imageUrl(firstMatch(doc, ['.bimg-inner img', '[class*="masterMap"] img', 'meta[property="og:image"]']), url);
  if (img) listing.image = img;
  const ships = textAt(doc, ['.ships-from .country', '[class*="shipFrom"] [class*="country"]']);
  if (ships) listing.shipsFrom = ships;
  if (ld.condition) listing.condition = ld.condition;
  if (!listing.title) return null;
  const element = firstMatch(doc, ['#__nuxt', '#app', '.main-content', 'main', 'body']) ?? doc.documentElement;
  return { listing, element };
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const data = state(root);
  const byId = new Map<string, Json>();
  for (const it of deepFind(data, (o) => (o.itemCode !== undefined || o.itemcode !== undefined) && (o.productName !== undefined || o.itemName !== undefined || o.title !== undefined), 1000)) {
    byId.set(str(it.itemCode ?? it.itemcode), it);
  }
  const idOf = idOfHref(url);
  const storeSellerOnPage = /^\/store\//.test(url.pathname) ? storeSeller(data, (root as Node).ownerDocument ?? root, url) : null;
  const out: CardListing[] = [];
  const seen = new Set<string>();
  const owners = linkOwners(root, idOf);
  for (const link of allMatches(root, 'a[href*="/product/"]')) {
    const id = idOf(attr(link, 'href'));
    if (!id || seen.has(id)) continue;
    if (link.closest('header, nav, footer')) continue;
    seen.add(id);
    const card = cardOf(link, id, idOf, root, owners);
    const it = byId.get(id);
    const listing = listingBase('dhgate', absoluteUrl(attr(link, 'href'), url)?.replace(/[?#].*$/, '') ?? url);
    listing.title =
      clip(it?.productName ?? it?.itemName ?? it?.title, LIMITS.title) ||
      textAt(card, ['h3 a', 'h3', '.pro-title a', '.pro-title', '[class*="title"]'], LIMITS.title) ||
      clip(attr(link, 'title') || attr(firstMatch(card, ['img[alt]']), 'alt'), LIMITS.title);
    listing.price =
      moneyFromValue(firstStr(it, ['priceRange', 'price', 'minPrice']), url) ??
      moneyAt(card, ['.price', '[class*="price"]:not([class*="orig"]):not([class*="del"])'], url);
    const storeLink = firstMatch(card, ['a[href*="/store/"]', '.seller a', '.store-name']);
    const storeName = firstStr(it, ['storeName', 'sellerName']) || textOf(storeLink);
    if (storeName) {
      const href = attr(storeLink, 'href');
      const cardText = textOf(card, 1000);
      listing.seller = sellerOf({
        name: storeName,
        id: /\/store\/(?:[a-z-]+\/)?(\d+)/.exec(href)?.[1],
        url: href ? absoluteUrl(href, url) : undefined,
        rating: feedbackFrom(cardText),
      });
    } else if (storeSellerOnPage) listing.seller = storeSellerOnPage;
    const img = imageUrl(firstMatch(card, ['img']), url);
    if (img) listing.image = img;
    if (listing.title) out.push({ listing, element: card });
  }
  return out;
}

export const adapter: Adapter = { id: 'dhgate', matchesUrl, pageKind, extractProduct, extractCards };
