/**
 * Temu (temu.com and its country paths such as /uk/, /de/). Product pages (/<slug>-g-<goodsId>.html), search
 * (/search_result.html?search_key=), category/channel pages (/<slug>-o3-<id>.html, /channel/…) and store pages
 * (/<slug>-m-<mallId>.html). Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup
 * is not recognised.
 *
 * Honesty note — almost all of this is UNVERIFIED (the live site could not be loaded, and Temu renders client-side
 * behind bot checks):
 * - Reasonably sure: the URL shapes above; product pages embed state in `window.rawData = {...}`.
 * - Best guesses: inside rawData, goods objects carry `goodsId` + `goodsName`/`title` and a printed price string
 *   (`priceStr` / `salePriceStr` / `priceInfo.priceStr`), the store (`mallName`, `mallId`, follower and sold
 *   counts); product pages may also carry a JSON-LD Product (read with the light reader the other adapters share).
 *   Only *printed* price strings are used: Temu's numeric prices are often in cents and we cannot tell which.
 * - Search cards are found in the DOM by their -g-<goodsId>.html link (the one stable thing), with title / price
 *   read from aria-labels, headings and price-looking text; store names are rarely on Temu cards.
 * - Followers and sold counts have no Listing field yet; they are not reported.
 */
import { hostIsOn } from '../sites';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Money } from '../schema/listing';
import type { Adapter, CardListing } from './types';
import {
  absoluteUrl,
  allMatches,
  attr,
  firstMatch,
  imageUrl,
  listingBase,
  moneyAt,
  moneyFromText,
  ratingFrom,
  str,
  textAt,
  textOf,
} from './common';
import {
  cardOf,
  deepFind,
  findWithKeys,
  firstStr,
  fromJsonLd,
  jsonLdProduct,
  linkOwners,
  scriptState,
  sellerOf,
  type Json,
} from './alibaba-common';

const PRODUCT_PATH = /-g-(\d{8,})\.html$/i;
const STORE_PATH = /-m-(\d{8,})\.html$/i;
const SEARCH_PATH = /(?:^|\/)(?:search_result\.html|channel\/|[^/]*-o3-\d+\.html|[^/]*-o\d-\d+\.html|goods\.html)/i;

function matchesUrl(url: URL): boolean {
  return hostIsOn(url.hostname, 'temu.com');
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (PRODUCT_PATH.test(url.pathname)) return 'product';
  if (SEARCH_PATH.test(url.pathname) || STORE_PATH.test(url.pathname)) return 'search';
  if (firstMatch(doc, ['[data-tooltip^="goodContainer"]', '#goodsList a[href*="-g-"]'])) return 'search';
  return 'other';
}

const STATE_MARKERS = ['window.rawData =', 'window.rawData=', 'rawData ='];

function rawData(root: ParentNode): unknown {
  const doc = (root as Node).ownerDocument ?? root;
  return scriptState(doc, STATE_MARKERS);
}

function goodsIdOf(href: string, base: URL): string {
  try {
    return PRODUCT_PATH.exec(new URL(href, base).pathname)?.[1] ?? '';
  } catch {
    return '';
  }
}

/** A printed price among the usual keys of a goods / sku object. */
function printedPrice(o: unknown, url: URL): Money | null {
  const s = firstStr(o, ['priceInfo.priceStr', 'priceStr', 'salePriceStr', 'priceInfo.salePriceStr', 'price_str', 'priceText']);
  return s ? moneyFromText(s, url) : null;
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const data = rawData(doc);
  const id = PRODUCT_PATH.exec(url.pathname)?.[1] ?? '';
  const goods =
    deepFind(data, (o) => str(o.goodsId) === id && (o.goodsName !== undefined || o.title !== undefined), 1)[0] ??
    findWithKeys(data, ['goodsId', 'goodsName']);
  const ld = fromJsonLd(jsonLdProduct(doc), url);
  const listing: Listing = listingBase('temu', url);
  listing.title =
    clip(goods?.goodsName ?? goods?.title, LIMITS.title) ||
    (ld.title ?? '') ||
    textAt(doc, ['h1', '[class*="goodsName"]'], LIMITS.title);
  listing.brand = clip(goods?.brandName ?? goods?.brand) || ld.brand || null;
  const sku = findWithKeys(data, ['priceStr']) ?? findWithKeys(data, ['salePriceStr']);
  listing.price =
    printedPrice(goods, url) ??
    printedPrice(sku, url) ??
    ld.price ??
    moneyAt(doc, ['[data-type="price"]', '[aria-label^="Price"]', '[class*="salePrice"]'], url);
  const was = moneyFromText(firstStr(goods, ['marketPriceStr', 'linePriceStr', 'priceInfo.marketPriceStr']) || firstStr(sku, ['marketPriceStr', 'linePriceStr']), url);
  if (was && listing.price && was.amount > listing.price.amount) listing.listPrice = was;

  const mall = findWithKeys(data, ['mallName']);
  const mallLink = firstMatch(doc, ['a[href*="-m-"]']);
  const mallName = firstStr(mall, ['mallName']) || textOf(mallLink) || ld.seller?.name;
  if (mallName) {
    const mallId = firstStr(mall, ['mallId']) || (/-m-(\d+)\.html/.exec(attr(mallLink, 'href'))?.[1] ?? '');
    const href = attr(mallLink, 'href') || firstStr(mall, ['mallUrl', 'linkUrl']);
    const score = Number(firstStr(mall, ['mallStar', 'mallScore', 'goodsScore', 'storeRating']));
    const storeText = textOf(mallLink?.closest('section, [class*="mall"], [class*="store"]') ?? null, 1000);
    const rating = score > 0 && score <= 5 ? score / 5 : ratingFrom(/(\d(?:\.\d)?)\s*(?:out of|\/)\s*5/i.exec(storeText)?.[0]);
    listing.seller = sellerOf({
      name: mallName,
      id: mallId || undefined,
      url: href ? absoluteUrl(href, url) : undefined,
      rating,
      // Why: Temu marks brand-run stores with a "Brand Official Store" / "Official" label (unverified wording).
      official: /\bofficial store\b/i.test(
        `${firstStr(mall, ['mallTag', 'mallLabel', 'storeTag'])} ${mallLink?.parentElement ? textAt(mallLink.parentElement, ['[class*="officialTag"]', '[aria-label*="fficial"]']) : ''}`,
      )
        ? true
        : undefined,
    });
  }
  const img = absoluteUrl(firstStr(goods, ['hdThumbUrl', 'thumbUrl', 'imageUrl'], LIMITS.url), url) ??
    ld.image ??
    imageUrl(firstMatch(doc, ['meta[property="og:image"]']), url);
  if (img) listing.image = img;
  if (ld.condition) listing.condition = ld.condition;
  if (!listing.title) return null;
  const element = firstMatch(doc, ['#main_scale', '#__next', 'main', 'body']) ?? doc.documentElement;
  return { listing, element };
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const data = rawData(root);
  const byId = new Map<string, Json>();
  for (const g of deepFind(data, (o) => o.goodsId !== undefined && (o.title !== undefined || o.goodsName !== undefined), 1000)) {
    byId.set(str(g.goodsId), g);
  }
  const idOf = (href: string) => goodsIdOf(href, url);
  const out: CardListing[] = [];
  const seen = new Set<string>();
  const owners = linkOwners(root, idOf);
  for (const link of allMatches(root, 'a[href*="-g-"]')) {
    const id = idOf(attr(link, 'href'));
    if (!id || seen.has(id)) continue;
    if (link.closest('header, nav, footer')) continue;
    seen.add(id);
    const card = cardOf(link, id, idOf, root, owners);
    const g = byId.get(id);
    const listing = listingBase('temu', absoluteUrl(attr(link, 'href'), url)?.replace(/\?.*$/, '') ?? url);
    listing.title =
      clip(g?.title ?? g?.goodsName, LIMITS.title) ||
      textAt(card, ['h2', 'h3', '[data-type="title"]', '[class*="title"]'], LIMITS.title) ||
      clip(attr(link, 'title') || attr(link, 'aria-label') || attr(firstMatch(card, ['img[alt]']), 'alt'), LIMITS.title);
    listing.price =
      printedPrice(g, url) ??
      moneyAt(card, ['[data-type="price"]', '[aria-label*="$"]', '[class*="price"]:not([class*="market"]):not([class*="line"])'], url);
    const mallName = firstStr(g, ['mallName']) || textAt(card, ['a[href*="-m-"]', '[class*="mallName"]']);
    if (mallName) listing.seller = sellerOf({ name: mallName, id: firstStr(g, ['mallId']) || undefined });
    const img = absoluteUrl(firstStr(g, ['thumbUrl', 'hdThumbUrl', 'imageUrl'], LIMITS.url), url) ?? imageUrl(firstMatch(card, ['img']), url);
    if (img) listing.image = img;
    if (listing.title) out.push({ listing, element: card });
  }
  return out;
}

export const adapter: Adapter = { id: 'temu', matchesUrl, pageKind, extractProduct, extractCards };
