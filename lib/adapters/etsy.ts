/**
 * Etsy (etsy.com, every language path such as /es/, /de/). Listing pages (/listing/<id>/<slug>) and search /
 * category / shop pages (/search?q=, /c/…, /market/…, /shop/<name>). Contract: pure functions of (doc/root, url);
 * never throw; fewer fields when the markup is not recognised.
 *
 * What is known and what is a best guess:
 * - Checked against a real 2022 listing page (corpus metascraper-shopping/etsy, read in place): a JSON-LD Product
 *   whose `brand` is the *shop name* (so it is used as the seller, not the brand — Etsy has no brand field) and whose
 *   offers are an AggregateOffer (lowPrice/highPrice/priceCurrency); `h1[data-buy-box-listing-title]`;
 *   `[data-buy-box-region="price"]` holding the price the buyer pays; the shop link `a[href*="/shop/<name>"]` in
 *   `#listing-page-cart` followed by "N sales" and a hidden `input[name="rating"]` (0–5); listing cards carrying
 *   `data-listing-id` on the card root and on `a.listing-link`, `h3.v2-listing-card__title`,
 *   `.currency-value` + `.currency-symbol`, and the shop name in a screen-reader span.
 * - Unverified: the "Star Seller" badge (matched by its text and a data attribute guess) and the 2023+ search cards
 *   (assumed to keep `data-listing-id` and `.currency-value`). Sales counts and Star Seller have no Listing field yet.
 */
import { hostIsOn } from '../sites';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Seller } from '../schema/listing';
import type { Adapter, CardListing } from './types';
import {
  absoluteUrl,
  allMatches,
  attr,
  countFrom,
  firstMatch,
  imageUrl,
  listingBase,
  moneyAt,
  moneyFromElement,
  moneyFromText,
  textAt,
  textOf,
} from './common';
import { fromJsonLd, isObj, jsonLdProduct, sellerOf } from './alibaba-common';

const LISTING_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/\d+/i;
const SEARCH_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:search|c|market|shop|featured|r\/curated)(?:\/|$)/i;

function matchesUrl(url: URL): boolean {
  return hostIsOn(url.hostname, 'etsy.com');
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  if (LISTING_PATH.test(url.pathname)) return 'product';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  if (firstMatch(doc, ['[data-search-results] [data-listing-id]', '[data-listing-card-v2]'])) return 'search';
  return 'other';
}

/** The shop name from a /shop/<name> link. */
function shopFromHref(href: string, base: URL): string {
  try {
    return decodeURIComponent(/\/shop\/([^/?#]+)/.exec(new URL(href, base).pathname)?.[1] ?? '');
  } catch {
    return '';
  }
}

function productSeller(doc: Document, url: URL, ldShop: string, ld: Record<string, unknown> | undefined): Seller | null {
  const link = firstMatch(doc, [
    '#listing-page-cart a[href*="/shop/"]',
    '[data-buy-box] a[href*="/shop/"]',
    '[data-appears-component-name="shop_owners"] a[href*="/shop/"]',
    'a[href*="/shop/"][aria-label]',
  ]);
  const name = shopFromHref(attr(link, 'href'), url) || textOf(link) || ldShop;
  if (!name) return null;
  // Why the hidden input: Etsy renders the shop's star rating as `<input type=hidden name=rating value=4.83>` next
  // to the sales count (corpus metascraper-shopping/etsy, 2022).
  const area = link?.closest('#listing-page-cart, [data-buy-box]') ?? link?.parentElement?.parentElement ?? null;
  const ratingInput = firstMatch(area ?? doc, ['input[name="rating"]', 'input[name="initial-rating"]']);
  let stars = Number(attr(ratingInput, 'value'));
  const agg = isObj(ld?.aggregateRating) ? (ld.aggregateRating as Record<string, unknown>) : undefined;
  if (!(stars > 0) && agg) stars = Number(agg.ratingValue);
  const count = agg ? Number(agg.reviewCount ?? agg.ratingCount) : NaN;
  const sellerUrl = link ? absoluteUrl(attr(link, 'href'), url) : undefined;
  return sellerOf({
    name,
    url: sellerUrl ? sellerUrl.replace(/\?.*$/, '') : undefined,
    rating: stars > 0 && stars <= 5 ? stars / 5 : undefined,
    ratingCount: Number.isFinite(count) ? count : undefined,
  });
}

/** "7,384 sales" / "7.384 ventas" / "7.384 Verkäufe" next to the shop name; undefined when not shown. */
export function salesCount(doc: ParentNode): number | undefined {
  const text = textAt(doc, ['#listing-page-cart', '[data-buy-box]'], 3000);
  const m = /(\d[\d.,\s]*)\s*(?:sales|ventas|verkäufe|ventes|vendite|vendas|verkopen)\b/i.exec(text);
  return m ? countFrom(m[1]) : undefined;
}

/** Does the page show the "Star Seller" badge for this shop? (Text match; the badge markup is unverified.) */
export function isStarSeller(root: ParentNode): boolean {
  if (firstMatch(root, ['[data-star-seller-badge]', '[data-appears-component-name*="star_seller"]'])) return true;
  return /\bstar seller\b/i.test(textAt(root, ['#listing-page-cart', '[data-buy-box]', '.v2-listing-card__info'], 3000));
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const ldNode = jsonLdProduct(doc);
  const ld = fromJsonLd(ldNode, url);
  const listing: Listing = listingBase('etsy', url);
  listing.title =
    textAt(doc, ['h1[data-buy-box-listing-title]', '[data-buy-box] h1', 'h1'], LIMITS.title) || ld.title || '';
  // Etsy has no brand field; the JSON-LD "brand" is the shop (see header), so brand stays null.
  listing.brand = null;
  // The buy box shows the price for the buyer's currency and current sale; JSON-LD keeps the shop's base price.
  const priceBox = firstMatch(doc, ['[data-buy-box-region="price"]', '[data-selector="price-only"]']);
  const salePrice = priceBox
    ? moneyAt(priceBox, ['p[class*="title"]:not(.wt-text-strikethrough)', '.wt-text-title-larger', '.wt-text-title-03', 'p'], url)
    : null;
  // Why the "+": Etsy prints "$30.40+" when variations cost more (the AggregateOffer's highPrice): a range.
  const plus = /\+\s*$/.test(textOf(firstMatch(priceBox, ['p']) ?? null));
  listing.price = salePrice ? (plus || ld.price?.range ? { ...salePrice, range: true } : salePrice) : ld.price ?? null;
  const was = priceBox ? moneyFromElement(firstMatch(priceBox, ['.wt-text-strikethrough', 's', 'del']), url) : null;
  if (was && listing.price && was.amount > listing.price.amount) listing.listPrice = was;
  const ldShop = isObj(ldNode?.brand) ? clip((ldNode.brand as Record<string, unknown>).name) : clip(ldNode?.brand);
  listing.seller = productSeller(doc, url, ldShop, ldNode);
  const img = ld.image ?? imageUrl(firstMatch(doc, ['[data-component="listing-page-image-carousel"] img', 'meta[property="og:image"]']), url);
  if (img) listing.image = img;
  if (ld.description) listing.description = ld.description;
  if (!listing.title) return null;
  const element = firstMatch(doc, ['[data-selector="listing-page-content"]', '#listing-page-cart', 'main', 'body']) ?? doc.documentElement;
  return { listing, element };
}

function cardShop(card: Element, url: URL): string {
  const shopLink = firstMatch(card, ['a[href*="/shop/"]']);
  if (shopLink) return shopFromHref(attr(shopLink, 'href'), url);
  // Why the screen-reader span: cards print "Ad by X" / "From shop X" with the bare name in a sibling span; the
  // reader text ("From shop X", "De la tienda X", "Anuncio de la tienda X") is the one that names the shop
  // unambiguously (corpus metascraper-shopping/etsy, recommendation cards, 2022).
  for (const span of allMatches(card, '.wt-screen-reader-only, p.wt-text-gray span, [data-shop-name]')) {
    const dataName = attr(span, 'data-shop-name');
    if (dataName) return dataName;
    const t = textOf(span);
    const m = /(?:from shop|ad from shop|ad by etsy seller|de la tienda|von shop|du shop|dal negozio|da loja)\s+(\S+)$/i.exec(t);
    if (m) return m[1]!;
  }
  return '';
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const cards = allMatches(root, '[data-listing-id]').filter(
    (el) => !el.parentElement?.closest('[data-listing-id]') && el.tagName !== 'BUTTON' && el.tagName !== 'INPUT',
  );
  const out: CardListing[] = [];
  const seen = new Set<string>();
  // On a shop page (/shop/<name>) the cards are that shop's listings and do not repeat its name.
  const pageShop = shopFromHref(url.pathname, url);
  for (const card of cards) {
    const id = attr(card, 'data-listing-id');
    if (!id || seen.has(id)) continue;
    const link = card.matches('a[href]') ? card : firstMatch(card, ['a.listing-link', 'a[href*="/listing/"]']);
    if (!link) continue;
    seen.add(id);
    const href = absoluteUrl(attr(link, 'href'), url);
    const listing = listingBase('etsy', href ? href.replace(/\?.*$/, '') : url);
    listing.title =
      textAt(card, ['h3.v2-listing-card__title', 'h3', 'h2'], LIMITS.title) || clip(attr(link, 'title'), LIMITS.title);
    const priceEl = firstMatch(card, [
      '.n-listing-card__price p:not(.wt-text-strikethrough)',
      '.lc-price p:not(.wt-text-strikethrough)',
      '.n-listing-card__price',
      '.lc-price',
    ]);
    let price = priceEl ? moneyFromElement(priceEl, url) : null;
    if (!price) {
      const value = textAt(card, ['.currency-value']);
      price = moneyFromText(`${textAt(card, ['.currency-symbol'])}${value}`, url);
    }
    listing.price = price;
    const was = moneyFromElement(firstMatch(card, ['.wt-text-strikethrough', '.search-collage-promotion-price']), url);
    if (was && price && was.amount > price.amount) listing.listPrice = was;
    const shop = cardShop(card, url) || pageShop;
    if (shop) {
      const stars = Number(attr(firstMatch(card, ['input[name="rating"]']), 'value'));
      listing.seller = sellerOf({ name: shop, rating: stars > 0 && stars <= 5 ? stars / 5 : undefined });
    }
    const img = imageUrl(firstMatch(card, ['img[data-listing-card-listing-image]', 'img']), url);
    if (img) listing.image = img;
    if (listing.title) out.push({ listing, element: card });
  }
  return out;
}

export const adapter: Adapter = { id: 'etsy', matchesUrl, pageKind, extractProduct, extractCards };
