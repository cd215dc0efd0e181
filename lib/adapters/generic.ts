/**
 * Generic adapter: any shop page anywhere. Structured data first (JSON-LD Product/Offer incl. @graph and arrays,
 * microdata, RDFa Lite, OpenGraph `product:` tags — merged by lib/extract/structured.ts), then a few careful DOM
 * heuristics for what structured data leaves out (itemprop=price outside a Product scope, price meta tags,
 * `data-price` attributes, a price-classed element near the H1, else a labelled price there such as "特價 294 元").
 * Search/list pages: ItemList or several Product nodes.
 * Registry puts it last; it matches every http(s) URL. Contract: pure, never throws, fewer fields when unsure.
 */
import { mergeProductData, normalizeProductNode, readJsonLd, readProductData, readProductItems, type ProductData } from '../extract/structured';
import { LIMITS } from '../schema/limits';
import type { Listing, Money, PageKind } from '../schema/listing';
import { priceFromElement } from '../extract/price-dom';
import type { Adapter, CardListing } from './types';
import {
  absoluteUrl,
  allMatches,
  attr,
  firstMatch,
  listingBase,
  moneyFromElement,
  moneyFromText,
  textOf,
  toMoney,
} from './common';

interface PageData {
  main: ProductData | null;
  items: ProductData[];
}

// Structured data is read once per document and URL (pageKind, then extractProduct/extractCards, read the same).
const cache = new WeakMap<Document, { href: string; data: PageData }>();

function pageData(doc: Document, url: URL): PageData {
  const hit = cache.get(doc);
  if (hit && hit.href === url.href) return hit.data;
  const main = readProductData(doc, url.href);
  const data: PageData = { main: mergeProductData(main, lowerCaseTypedProduct(doc, url)), items: readProductItems(doc, url.href) };
  cache.set(doc, { href: url.href, data });
  return data;
}

// JSON-LD with a lower-case type ("@type":"product": corpus product-pages johnlewis.com ×4) is not a schema.org
// type, but browsers' shops mean Product by it; the structured reader matches types exactly, so retry such nodes here.
function lowerCaseTypedProduct(doc: Document, url: URL): ProductData | null {
  try {
    for (const node of readJsonLd(doc)) {
      if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
      const type = (node as Record<string, unknown>)['@type'];
      if (typeof type === 'string' && type !== 'Product' && type.toLowerCase() === 'product') {
        return normalizeProductNode({ ...(node as Record<string, unknown>), '@type': 'Product' }, { url: url.href });
      }
    }
  } catch {
    // Structured data is optional.
  }
  return null;
}

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Does the page's H1 (or og:title) name this product? Separates a product page from a list with one hero item. */
function namesPage(doc: Document, p: ProductData | null): boolean {
  const name = norm(p?.name).slice(0, 40);
  if (!name) return false;
  const h1 = norm(textOf(titleH1(doc), 500));
  const og = norm(attr(doc.querySelector('meta[property="og:title"]'), 'content'));
  return (!!h1 && (h1.includes(name) || name.includes(h1.slice(0, 40)))) || (!!og && og.includes(name));
}

function domLooksLikeProduct(doc: Document): boolean {
  const ogType = attr(doc.querySelector('meta[property="og:type"]'), 'content').toLowerCase();
  if (ogType === 'product' || ogType === 'og:product' || ogType.startsWith('product.')) return true;
  if (doc.querySelector('meta[property="product:price:amount"], meta[property="og:price:amount"], meta[property="og:price"], [itemprop="price"]')) return true;
  // A titled page with an add-to-cart control is a product page even when its price cannot be read.
  return !!titleH1(doc) && !!doc.querySelector(ADD_TO_CART);
}

const ADD_TO_CART = [
  'button[name="add-to-cart"]', 'input[name="add-to-cart"]', '[id*="add-to-cart" i]', '[class*="add-to-cart" i]',
  '[id*="addtocart" i]', '[class*="addtocart" i]', '[id*="add_to_cart" i]', '[class*="add_to_cart" i]',
  '[data-action*="add-to-cart" i]', '[id*="button-cart" i]',
].join(',');

/** One page-level price marker (price meta tag, or exactly one itemprop=price): a product page, not a list. */
function singlePriceMarker(doc: Document): boolean {
  if (doc.querySelector('meta[property="product:price:amount"], meta[property="og:price:amount"], meta[property="og:price"]')) return true;
  return doc.querySelectorAll('[itemprop="price"]').length === 1;
}

function pageKind(doc: Document, url: URL): PageKind {
  const { main, items } = pageData(doc, url);
  // Why 3: product pages often carry one or two extra Product nodes (variants, "related"); list pages carry a page.
  // A single page-level price marker overrides: a product page whose "related products" carousel is marked up
  // (corpus product-pages argos.co.uk: 5 slider products in microdata, one itemprop=price for the page's product).
  if (items.length >= 3 && !namesPage(doc, main) && !singlePriceMarker(doc)) return 'search';
  if (main && (main.name || main.price)) return 'product';
  if (items.length >= 2) return 'search';
  // No structured data: a product marker in the DOM, or a price element beside the H1 (small shops without
  // markup: corpus product-pages i3fresh.tw, vsezaoci.si, agem.sk, mechta.kz).
  return domLooksLikeProduct(doc) || domPrice(doc, url) ? 'product' : 'other';
}

// Classes/ids that hold an old or per-unit price, not the price the buyer pays.
// "tax"/"vat"/"net": the price before VAT that EU shops print beside the real one (corpus vsezaoci.si "Brez DDV").
const NOT_SALE_PRICE =
  /old|was|strike|crossed|regular|list|compare|before|original|rrp|uvp|msrp|unit|per-|save|saving|discount|instal|monthly|shipping|delivery|tax|vat|netto|net-/i;

function priceLikeClass(el: Element): boolean {
  const key = `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'data-testid')}`;
  return /price|preis|prix|prezzo|precio|preco|cena|цена|hinta|pris/i.test(key) && !NOT_SALE_PRICE.test(key);
}

const PRICE_ELEMENTS = '[class*="price" i], [id*="price" i], [class*="Price"], [data-price]';

// The "earlier price" part of NOT_SALE_PRICE: names an old price, which is old only next to a current one.
const EARLIER_PRICE = /old|was|regular|list|compare|before|original|rrp|uvp|msrp/i;
// The rest of NOT_SALE_PRICE: a different kind of amount (per unit, saving, instalment, shipping, net of tax), or struck.
const OTHER_AMOUNT = /strike|crossed|unit|per-|save|saving|discount|instal|monthly|shipping|delivery|tax|vat|netto|net-/i;

const classKey = (el: Element) => `${attr(el, 'class')} ${attr(el, 'id')} ${attr(el, 'data-testid')}`;

function isStruck(el: Element): boolean {
  if (el.closest('s, del, strike')) return true;
  return /line-through/i.test(attr(el, 'style'));
}

/** Price-classed descendants of `el` that show digits and hold no such element themselves (the leaves). */
function pricedLeaves(el: Element): Element[] {
  const withDigits = (c: Element) => /\d/.test(c.textContent ?? '');
  return Array.from(el.querySelectorAll('[class*="price" i], [id*="price" i], [data-price]'))
    .slice(0, 40)
    .filter((c) => withDigits(c) && !Array.from(c.querySelectorAll('[class*="price" i], [data-price]')).some(withDigits));
}

/**
 * A visible price element near the H1: walk up from the title a few levels and take the first price-classed
 * element that parses with a currency sign (a bare number next to a title is too often a quantity or rating).
 * When that finds nothing, a second pass accepts a price container whose only price is classed as an earlier
 * one: an "old" price is old only beside a current price, and some themes keep the "old" class on the live price
 * when no discount runs (corpus product-pages vsezaoci.si, OpenCart: `<li class="price"><span
 * class="price-old-live">40.00€</span></li>`, the only price besides the net-of-VAT "price-tax-live").
 */
function priceNearTitle(doc: Document, url: URL): Money | null {
  const h1 = titleH1(doc);
  const scopes: Element[] = [];
  for (let scope = h1?.parentElement ?? null, depth = 0; scope && depth < 5; depth++, scope = scope.parentElement) scopes.push(scope);
  const showsPrice = (el: Element) => {
    const text = textOf(el, 120);
    if (!text || text.length > 60 || !/\d/.test(text)) return null;
    if (!/[^\d\s.,'’\-–]/.test(text) && !el.hasAttribute('data-price')) return null;
    const m = moneyFromElement(el, url);
    return m && m.amount > 0 ? m : null;
  };
  for (const scope of scopes) {
    const candidates = Array.from(scope.querySelectorAll(PRICE_ELEMENTS)).slice(0, 40);
    for (const el of candidates) {
      if (!priceLikeClass(el) && !el.hasAttribute('data-price')) continue;
      if (el.closest('s, del, strike')) continue;
      // A wrapper holding several prices ("was 49,00 € now 40,00 €") is skipped; its own price children are visited.
      // An empty price-classed child (agem.sk `<span class="actionOldPrice"></span>4386,00 €`) does not count.
      if (Array.from(el.querySelectorAll('[class*="price" i], [data-price]')).some((c) => /\d/.test(c.textContent ?? ''))) continue;
      const m = showsPrice(el);
      if (m) return m;
    }
  }
  for (const scope of scopes) {
    for (const wrapper of Array.from(scope.querySelectorAll(PRICE_ELEMENTS)).slice(0, 40)) {
      if (!priceLikeClass(wrapper) || isStruck(wrapper)) continue;
      const leaves = pricedLeaves(wrapper);
      const earlier = leaves.filter((c) => EARLIER_PRICE.test(classKey(c)) && !OTHER_AMOUNT.test(classKey(c)));
      const current = leaves.filter((c) => !EARLIER_PRICE.test(classKey(c)) && !OTHER_AMOUNT.test(classKey(c)));
      if (earlier.length !== 1 || current.length !== 0 || isStruck(earlier[0]!)) continue;
      const m = showsPrice(earlier[0]!);
      if (m) return m;
    }
  }
  return null;
}

/** The price by DOM heuristics, in order of trust. Each needs an explicit price marker; free text is never read. */
function domPrice(doc: Document, url: URL): Money | null {
  // 1. itemprop=price anywhere: the structured reader can miss the page's own offer (corpus product-pages
  //    argos.co.uk: the only Product items are slider recommendations; the page's price is a lone itemprop=price).
  const currencyHint =
    attr(doc.querySelector('[itemprop="priceCurrency"]'), 'content') ||
    textOf(doc.querySelector('[itemprop="priceCurrency"]')) ||
    attr(doc.querySelector('meta[property="product:price:currency"], meta[property="og:price:currency"]'), 'content') ||
    undefined;
  for (const el of allMatches(doc, '[itemprop="price"]').slice(0, 5)) {
    const content = attr(el, 'content');
    const m = content ? moneyFromText(content, url, currencyHint || textOf(el) || undefined) : moneyFromElement(el, url, currencyHint);
    if (m && m.amount > 0) return m;
  }
  // 2. Price meta tags (OpenGraph/Facebook product tags, Pinterest rich pins).
  // `og:price` carries the printed price with its sign ("30,000원~", corpus product-pages tmon.co.kr).
  const meta = firstMatch(doc, ['meta[property="product:price:amount"]', 'meta[property="og:price:amount"]', 'meta[property="og:price"]']);
  if (meta) {
    const m = moneyFromText(attr(meta, 'content'), url, currencyHint);
    if (m && m.amount > 0) return m;
  }
  // 3. A visible price element near the H1 (see priceNearTitle), then a labelled price there (see labelledPrice).
  return priceNearTitle(doc, url) ?? labelledPrice(doc, url);
}

// A line that starts by naming the price the buyer pays. CJK labels may carry a short qualifier before them
// ("一次付清特價", pay-in-full special price: corpus product-pages pcstore.com.tw, which has no price markup or
// price class at all: `<td><strong>一次付清特價</strong> 7 折 <span style="…">294</span> 元</td>`). Latin labels need
// their colon ("Price: 12,99 €"), so a sentence that merely mentions a price does not count.
const CJK_SALE_LABEL = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{0,4}?(?:特價|特价|售價|售价|價格|价格|直購價|直购价|優惠價|优惠价|促銷價|促销价|活動價|活动价|網路價|网购价|販売価格|価格|税込|가격|판매가|할인가)/u;
const LATIN_SALE_LABEL = /^(?:(?:sale|our|your|special|now|current|offer)\s+)?(?:price|preis|prix|prezzo|precio|preço|cena|цена|hinta|pris)\s*[:：]/i;
// Labels of a different amount: list / suggested / original / market price, instalments, shipping, unit price.
const OTHER_PRICE_LABEL = /原價|原价|建議|建议|市價|市价|定價|定价|參考|参考|希望小売|参考価格|分期|每期|運費|运费|單價|单价|list|was|regular|original|rrp|uvp|msrp|statt|avant|old|unit|per |shipping|delivery|instal|monthly/i;

/**
 * A price introduced by a label in the product block (shops with neither price markup nor price classes): walk up
 * from the H1 a few levels and take the first short element whose text starts with a sale-price label and that
 * prints a currency (sign, code or "元"). Nothing is read without an H1, and a bare number never counts.
 */
function labelledPrice(doc: Document, url: URL): Money | null {
  const h1 = titleH1(doc);
  const domain = url.hostname;
  const startsWithLabel = (t: string) => CJK_SALE_LABEL.test(t) || LATIN_SALE_LABEL.test(t);
  const tried = new Set<Node>();
  let scope: Element | null = h1?.parentElement ?? null;
  // Walk text nodes (cheap) and read an element's whole text only where a label starts: reading textContent of
  // every element of a large page is quadratic.
  for (let depth = 0; scope && depth < 5; depth++, scope = scope.parentElement) {
    const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
    let visited = 0;
    for (let t = walker.nextNode(); t && visited < 20000; t = walker.nextNode(), visited++) {
      if (tried.has(t)) continue;
      tried.add(t);
      const own = (t.nodeValue ?? '').trim();
      if (!own || own.length > 60 || !startsWithLabel(own)) continue;
      // The label's element, or the line holding it ("<td><strong>特價</strong> 294 元</td>"), up to two levels.
      let el: Element | null = t.parentElement;
      for (let up = 0; el && up < 3; up++, el = el.parentElement) {
        const text = textOf(el, 120);
        if (!text || text.length > 60) break;
        if (!/\d/.test(text)) continue;
        if (!startsWithLabel(text) || OTHER_PRICE_LABEL.test(text) || isStruck(el)) break;
        const p = priceFromElement(el, { domain });
        if (p && p.currency !== null && p.amount > 0) {
          const m = toMoney(p, url);
          if (m) return m;
        }
        break;
      }
    }
  }
  return null;
}

// Spec-table labels naming the brand, then the maker (used only when no brand label exists). Languages of the
// corpus shops (en, de, fr, it, es, pt, nl, sv, fi, sl, sk, cs, pl, ro, hu, ru, kk, he, zh, ja, ko).
const BRAND_LABEL =
  /^(?:brand|brand name|marke|marque|marca|merk|märke|merkki|značka|znamka|blagovna znamka|marka|brend|бренд|марка|торговая марка|מותג|品牌|ブランド|브랜드)$/i;
const MAKER_LABEL =
  /^(?:manufacturer|make|make\/manufacturer|hersteller|fabricant|fabricante|produttore|fabrikant|tillverkare|valmistaja|proizvajalec|výrobca|výrobce|producent|producător|gyártó|производитель|יצרן|制造商|メーカー|제조사)$/i;

/** The value next to a "Brand:" label in a spec table / definition list / key-value line, or ''. */
function labelledBrand(doc: Document, label: RegExp): string {
  const labels = allMatches(doc, 'th, td, dt, strong, b, label, span, p, li > div').slice(0, 6000);
  for (const el of labels) {
    if (el.childElementCount > 1) continue;
    // "<span>make/manufacturer: <b>Consteel LTD</b></span>" (craigslist): label text and value element in one node.
    const only = el.firstElementChild;
    if (only) {
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join(' ');
      const ownKey = own.replace(/\s+/g, ' ').replace(/[:：]\s*$/, '').trim();
      if (ownKey && label.test(ownKey)) {
        const v = textOf(only, 100);
        if (v && v.length <= 60) return v;
      }
    }
    const key = textOf(el, 60).replace(/[:：]\s*$/, '').trim();
    if (!key || key.length > 40 || !label.test(key)) continue;
    // Label alone in its cell: the value is the next cell (`<div><span>Бренд:</span></div><div>SAMSUNG</div>`, mechta.kz).
    let value = textOf(el.nextElementSibling, 100) || (textOf(el.parentElement, 60) === textOf(el, 60) ? textOf(el.parentElement?.nextElementSibling, 100) : '');
    if (!value) {
      // "make/manufacturer: <b>X</b>" or "<strong>Brand:</strong> X" inside one parent.
      const parent = textOf(el.parentElement, 200);
      value = parent.slice(parent.indexOf(textOf(el, 60)) + textOf(el, 60).length).replace(/^[\s:：]+/, '');
    }
    value = value.trim();
    if (value && value.length <= 60 && !label.test(value)) return value;
  }
  return '';
}

/** The page's title H1: the first H1 with words in it (a logo H1 holding only an image comes first on agem.sk). */
function titleH1(doc: Document): Element | null {
  return allMatches(doc, 'h1').find((h) => textOf(h).length >= 3) ?? null;
}

function domBrand(doc: Document): string {
  const el = firstMatch(doc, [
    '[itemprop="brand"] [itemprop="name"]',
    '[itemprop="brand"]',
    'meta[property="product:brand"]',
    'meta[property="og:brand"]',
    'meta[name="brand"]',
  ]);
  return attr(el, 'content') || textOf(el);
}

function toListing(p: ProductData, pageUrl: URL, fallbackTitle: string): Listing | null {
  const title = (p.name || fallbackTitle).slice(0, LIMITS.title);
  if (!title) return null;
  const listing = listingBase('generic', absoluteUrl(p.url, pageUrl) ?? pageUrl);
  listing.title = title;
  listing.brand = p.brand ? p.brand.slice(0, LIMITS.text) : null;
  const currency = p.price?.currency ?? p.currencyCode ?? null;
  listing.price = p.price ? toMoney({ ...p.price, currency }, pageUrl) : null;
  if (p.listPrice) {
    const list = toMoney({ ...p.listPrice, currency: p.listPrice.currency ?? currency }, pageUrl);
    if (list && listing.price && list.currency === listing.price.currency && list.amount > listing.price.amount) {
      listing.listPrice = list;
    }
  }
  if (p.seller) listing.seller = { name: p.seller.slice(0, LIMITS.text) };
  if (p.condition) listing.condition = p.condition;
  const image = absoluteUrl(p.image, pageUrl);
  if (image) listing.image = image;
  return listing;
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  const { main } = pageData(doc, url);
  const h1 = titleH1(doc);
  const fallbackTitle =
    textOf(h1, LIMITS.title) ||
    attr(doc.querySelector('meta[property="og:title"]'), 'content') ||
    textOf(doc.querySelector('title'), LIMITS.title);
  // A "name" that is a URL comes from a link-valued itemprop of a side product (argos.co.uk slider): not a title.
  const usable = main && main.name && /^https?:\/\//i.test(main.name) ? { ...main, name: undefined } : main;
  const listing = toListing(usable ?? {}, url, fallbackTitle);
  if (!listing) return null;
  // The product page is the listing: keep the page URL (structured `url` may point to a variant or the home page).
  listing.url = url.href.slice(0, LIMITS.url);
  listing.brand ||= (domBrand(doc) || labelledBrand(doc, BRAND_LABEL) || labelledBrand(doc, MAKER_LABEL)).slice(0, LIMITS.text) || null;
  listing.price ||= domPrice(doc, url);
  return { listing, element: h1 ?? doc.documentElement };
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const doc = (root as Node).nodeType === 9 ? (root as Document) : null;
  if (!doc) return []; // Structured data describes the whole page; a subtree added later has no list of its own.
  const out: CardListing[] = [];
  for (const item of pageData(doc, url).items) {
    const listing = toListing(item, url, '');
    if (!listing) continue;
    // Attach the card to the link that points at the item when there is one, else to the document.
    let element: Element = doc.documentElement;
    if (item.url) {
      const path = (() => {
        try {
          return new URL(item.url, url).pathname;
        } catch {
          return '';
        }
      })();
      const link = path.length > 1 ? allMatches(doc, 'a[href]').find((a) => attr(a, 'href').includes(path)) : undefined;
      if (link) element = link.closest('li, article, [itemscope], [class*="product" i]') ?? link;
    }
    out.push({ listing, element });
  }
  return out;
}

export const adapter: Adapter = {
  id: 'generic',
  matchesUrl: (url: URL) => url.protocol === 'https:' || url.protocol === 'http:',
  pageKind,
  extractProduct,
  extractCards,
};
