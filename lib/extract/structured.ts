/**
 * Structured product data from a page: JSON-LD, microdata, RDFa Lite and OpenGraph, normalised to one
 * `ProductData` shape.
 *
 * Contract:
 * - `readProductData(doc, url?)`: the page's main product, merged field by field with precedence
 *   JSON-LD > microdata > RDFa > OpenGraph (the first source with a non-empty value wins each field); null when no
 *   source describes a product.
 * - `readProductItems(doc, url?)`: every product a listing page describes (ItemList elements, several Product
 *   nodes), from the first source that has any (JSON-LD, then microdata, then RDFa), in document order.
 * - `normalizeProductNode(node, ctx)`: one JSON-LD-shaped Product node → ProductData (microdata/RDFa items are
 *   converted to that shape first, so one normaliser serves all three).
 * Pure: reads only `doc`/`url`; never throws.
 *
 * Normalisation choices:
 * - Offers: Offer, AggregateOffer (`lowPrice`, range when `highPrice` is higher), arrays of offers, offers nested
 *   in an AggregateOffer, `priceSpecification` (a ListPrice/StrikethroughPrice/MSRP one becomes `listPrice`).
 *   Several offers → the lowest price, `range: true` when they differ. ProductGroup without offers → its variants'.
 * - A price of 0 is treated as missing: shops emit 0 for "unavailable" or "see price in cart", and a 0 would read as
 *   a suspiciously cheap listing downstream.
 * - `rating` is rescaled to 0–5 when `bestRating` says another scale (e.g. 9 of 10 → 4.5).
 * - Merging: a later source whose list price equals the winning price and whose current price is lower (a sale the
 *   first source missed) supplies price and listPrice.
 * - `availability` is the schema.org local name ("InStock"); OpenGraph's "in stock" maps to the same names.
 */
import { currencyFromText, hostOf, type CurrencyCode } from './currency';
import { readJsonLd } from './jsonld';
import { microItemToNode, readMicrodata, localName } from './microdata';
import { openGraphMap, readOpenGraph } from './opengraph';
import { parsePrice, type ParsedPrice } from './price';
import { readRdfa } from './rdfa';
import { cleanBrand, decodeEntities, normalizeSpace } from './text';

export { readJsonLd } from './jsonld';
export { readMicrodata } from './microdata';
export { readOpenGraph } from './opengraph';
export { readRdfa } from './rdfa';

export interface ProductData {
  name?: string;
  brand?: string;
  price?: ParsedPrice;
  listPrice?: ParsedPrice;
  currencyCode?: string;
  image?: string;
  url?: string;
  sku?: string;
  gtin?: string;
  mpn?: string;
  seller?: string;
  condition?: 'new' | 'used' | 'refurbished';
  availability?: string;
  /** Product rating on a 0–5 scale. */
  rating?: number;
  ratingCount?: number;
}

export interface NormalizeContext {
  /** Page URL: base for relative URLs and domain for ambiguous currency symbols. */
  url?: string;
  /** `@id` → node, for resolving references inside a JSON-LD graph. */
  index?: Map<string, Record<string, unknown>>;
}

type JsonNode = Record<string, unknown>;

const PRODUCT_TYPES = new Set([
  'Product', 'ProductGroup', 'IndividualProduct', 'ProductModel', 'SomeProducts', 'Vehicle', 'Car', 'Book',
]);
// Properties that lead to *other* products, not the page's main one.
const SIDE_PRODUCT_KEYS = new Set([
  'isRelatedTo', 'isSimilarTo', 'isAccessoryOrSparePartFor', 'isConsumableFor', 'hasVariant', 'isVariantOf',
  'itemListElement', 'related_products', 'relatedProducts', 'referenced_product', 'model',
]);
const LIST_PRICE_TYPES = /listprice|strikethroughprice|msrp|srp|regularprice|wasprice/i;
const MAX_DEPTH = 8;
const MAX_LEN = 2000;

function isObject(v: unknown): v is JsonNode {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Local type names of a node ("http://schema.org/Product" and "schema:Product" → "Product"). */
export function typesOf(node: unknown): string[] {
  if (!isObject(node)) return [];
  return asArray(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map(localName);
}

function isProductNode(node: unknown): node is JsonNode {
  return typesOf(node).some((t) => PRODUCT_TYPES.has(t));
}

function deref(v: unknown, ctx: NormalizeContext): unknown {
  if (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1) {
    return ctx.index?.get(v['@id']) ?? v;
  }
  return v;
}

/** A plain text value: strings (entities decoded, white space collapsed), numbers, `@value` objects, first of arrays. */
function textOf(v: unknown, depth = 0): string | undefined {
  if (typeof v === 'string') {
    const s = normalizeSpace(decodeEntities(v));
    return s ? s.slice(0, MAX_LEN) : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (depth > 3) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = textOf(x, depth + 1);
      if (s) return s;
    }
    return undefined;
  }
  if (isObject(v) && '@value' in v) return textOf(v['@value'], depth + 1);
  return undefined;
}

/** A name: text, or the `name` of an object (Brand, Organization, Person), first of arrays. */
function nameOf(v: unknown, ctx: NormalizeContext, depth = 0): string | undefined {
  const direct = textOf(v);
  if (direct !== undefined && !Array.isArray(v)) return direct;
  if (depth > 3) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = nameOf(x, ctx, depth + 1);
      if (s) return s;
    }
    return undefined;
  }
  const node = deref(v, ctx);
  if (isObject(node)) return textOf(node['name']) ?? textOf(node['legalName']) ?? textOf(node['alternateName']);
  return undefined;
}

function urlOf(v: unknown, base: string | undefined, ctx: NormalizeContext, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = urlOf(x, base, ctx, depth + 1);
      if (s) return s;
    }
    return undefined;
  }
  const node = deref(v, ctx);
  if (isObject(node)) return urlOf(node['url'] ?? node['contentUrl'] ?? node['@id'], base, ctx, depth + 1);
  const s = textOf(node);
  if (!s) return undefined;
  if (base) {
    try {
      return new URL(s, base).href;
    } catch {
      return s;
    }
  }
  return s;
}

function baseOf(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}

/** A structured-data amount: numbers, "12.99", "12,99", or printed text ("$1,299.00"). 0 and garbage → null. */
function amountOf(v: unknown, currencyText: string | undefined, domain: string): ParsedPrice | null {
  let p: ParsedPrice | null = null;
  if (typeof v === 'number') p = Number.isFinite(v) && v >= 0 && v <= 1e12 ? { amount: v, currency: null } : null;
  else {
    const s = textOf(v);
    if (!s) return null;
    if (/^\d+(?:\.\d+)?$/.test(s)) p = { amount: Number(s), currency: null };
    else p = parsePrice(s, { currency: currencyText, domain });
  }
  if (!p || !(p.amount > 0) || !Number.isFinite(p.amount) || p.amount > 1e12) return null;
  const code = currencyText ? currencyFromText(currencyText, domain) : null;
  return { ...p, currency: code ?? p.currency ?? null };
}

interface OfferInfo {
  price: ParsedPrice | null;
  listPrice: ParsedPrice | null;
  currency: string | null;
  seller?: string;
  condition?: ProductData['condition'];
  availability?: string;
}

function conditionOf(v: unknown): ProductData['condition'] | undefined {
  const s = textOf(v);
  if (!s) return undefined;
  const t = localName(s).toLowerCase();
  if (t.includes('refurb')) return 'refurbished';
  if (t.includes('used') || t.includes('damaged') || t.includes('pre-owned') || t.includes('preowned')) return 'used';
  if (t.includes('new')) return 'new';
  return undefined;
}

const AVAILABILITY: Record<string, string> = {
  instock: 'InStock', available: 'InStock', outofstock: 'OutOfStock', soldout: 'SoldOut', preorder: 'PreOrder',
  presale: 'PreSale', backorder: 'BackOrder', discontinued: 'Discontinued', limitedavailability: 'LimitedAvailability',
  onlineonly: 'OnlineOnly', instoreonly: 'InStoreOnly', instock_: 'InStock', availablefororder: 'InStock',
  pending: 'PreOrder',
};

const IN_STOCK = new Set(['InStock', 'LimitedAvailability', 'OnlineOnly', 'InStoreOnly']);

function availabilityOf(v: unknown): string | undefined {
  const s = textOf(v);
  if (!s) return undefined;
  const local = localName(s);
  return AVAILABILITY[local.toLowerCase().replace(/[^a-z]/g, '')] ?? local.slice(0, 100);
}

function offerInfo(offer: JsonNode, ctx: NormalizeContext, domain: string): OfferInfo {
  let currencyText = textOf(offer['priceCurrency']);
  let price: ParsedPrice | null = null;
  let listPrice: ParsedPrice | null = null;
  const isAggregate = typesOf(offer).includes('AggregateOffer');
  if (isAggregate || offer['lowPrice'] !== undefined) {
    const low = amountOf(offer['lowPrice'], currencyText, domain) ?? amountOf(offer['price'], currencyText, domain);
    const high = amountOf(offer['highPrice'], currencyText, domain);
    if (low) price = high && high.amount > low.amount ? { ...low, range: true } : low;
  } else {
    price = amountOf(offer['price'], currencyText, domain);
  }
  for (const specRaw of asArray(offer['priceSpecification']).slice(0, 20)) {
    const spec = deref(specRaw, ctx);
    if (!isObject(spec)) continue;
    const specCurrency = textOf(spec['priceCurrency']) ?? currencyText;
    const amount = amountOf(spec['price'] ?? spec['minPrice'], specCurrency, domain);
    if (!amount) continue;
    const kind = `${textOf(spec['priceType']) ?? ''} ${typesOf(spec).join(' ')}`;
    if (LIST_PRICE_TYPES.test(kind)) listPrice ??= amount;
    else price ??= amount;
    currencyText ??= specCurrency;
  }
  const seller = nameOf(deref(offer['seller'], ctx), ctx) ?? nameOf(deref(offer['offeredBy'], ctx), ctx);
  return {
    price,
    listPrice,
    currency: currencyText ? currencyFromText(currencyText, domain) : (price?.currency ?? null),
    seller,
    condition: conditionOf(offer['itemCondition']),
    availability: availabilityOf(offer['availability']),
  };
}

/** Offer nodes under an `offers` value: arrays, single offers, and offers nested in AggregateOffers. */
function collectOffers(v: unknown, ctx: NormalizeContext, depth = 0): JsonNode[] {
  const out: JsonNode[] = [];
  for (const raw of asArray(v).slice(0, 100)) {
    const offer = deref(raw, ctx);
    if (!isObject(offer)) continue;
    out.push(offer);
    if (depth < 2 && offer['offers'] !== undefined) out.push(...collectOffers(offer['offers'], ctx, depth + 1));
  }
  return out;
}

function lowest(prices: ParsedPrice[]): ParsedPrice | undefined {
  if (prices.length === 0) return undefined;
  let best = prices[0]!;
  let differ = false;
  for (const p of prices) {
    if (p.amount !== best.amount) differ = true;
    if (p.amount < best.amount) best = p;
  }
  const range = differ || prices.some((p) => p.range);
  return range ? { ...best, range: true } : { ...best };
}

function ratingOf(v: unknown, ctx: NormalizeContext): { rating?: number; ratingCount?: number } {
  const node = deref(Array.isArray(v) ? v[0] : v, ctx);
  if (!isObject(node)) return {};
  const num = (x: unknown): number | undefined => {
    const s = textOf(x);
    if (!s) return undefined;
    const n = Number(s.replace(',', '.'));
    return Number.isFinite(n) ? n : undefined;
  };
  const out: { rating?: number; ratingCount?: number } = {};
  const value = num(node['ratingValue']);
  const best = num(node['bestRating']);
  if (value !== undefined && value >= 0) {
    const scaled = best && best > 0 && best !== 5 ? (value / best) * 5 : value;
    if (scaled >= 0 && scaled <= 5) out.rating = Math.round(scaled * 100) / 100;
  }
  const count = num(node['ratingCount']) ?? num(node['reviewCount']);
  if (count !== undefined && count >= 0 && Number.isInteger(count)) out.ratingCount = count;
  return out;
}

function gtinOf(node: JsonNode): string | undefined {
  for (const key of ['gtin13', 'gtin12', 'gtin14', 'gtin8', 'gtin', 'ean', 'upc', 'isbn']) {
    const s = textOf(node[key]);
    if (!s) continue;
    const digits = (/\/01\/(\d{8,14})/.exec(s)?.[1] ?? s).replace(/[\s-]/g, '');
    if (/^\d{8,14}$/.test(digits)) return digits;
  }
  return undefined;
}

function setIf<K extends keyof ProductData>(target: ProductData, key: K, value: ProductData[K] | undefined): void {
  if (value !== undefined && value !== '') target[key] = value;
}

/** One JSON-LD-shaped Product (or ProductGroup) node → ProductData. Never throws. */
export function normalizeProductNode(node: unknown, ctx: NormalizeContext = {}): ProductData {
  const out: ProductData = {};
  try {
    if (!isObject(node)) return out;
    const base = baseOf(ctx.url);
    const domain = hostOf(ctx.url);
    setIf(out, 'name', nameOf(node['name'], ctx));
    setIf(out, 'brand', cleanBrand(nameOf(deref(node['brand'], ctx), ctx)));
    setIf(out, 'image', urlOf(node['image'], base, ctx));
    setIf(out, 'url', urlOf(node['url'], base, ctx) ?? (typeof node['@id'] === 'string' && /^https?:/i.test(node['@id']) ? node['@id'] : undefined));
    setIf(out, 'sku', textOf(node['sku']) ?? textOf(node['productID']));
    setIf(out, 'gtin', gtinOf(node));
    setIf(out, 'mpn', textOf(node['mpn']));
    setIf(out, 'condition', conditionOf(node['itemCondition']));

    let offers = collectOffers(node['offers'], ctx);
    if (offers.length === 0 && typesOf(node).includes('ProductGroup')) {
      for (const variant of asArray(node['hasVariant']).slice(0, 100)) {
        const v = deref(variant, ctx);
        if (isObject(v)) offers.push(...collectOffers(v['offers'], ctx));
      }
    }
    offers = offers.slice(0, 100);
    const infos = offers.map((o) => offerInfo(o, ctx, domain));
    // Why prefer in-stock offers: fashion shops list one Offer per size (corpus product-pages zalando.*, zara.com),
    // sold-out sizes first; the buyer pays an in-stock offer's price, and the product is available if any size is.
    const inStock = infos.filter((i) => i.price && IN_STOCK.has(i.availability ?? ''));
    const withPrice = inStock.length > 0 ? inStock : infos.filter((i) => i.price);
    const price = lowest(withPrice.map((i) => i.price!));
    const chosen = withPrice.find((i) => i.price!.amount === price?.amount) ?? infos[0];
    const currency = chosen?.currency ?? infos.find((i) => i.currency)?.currency ?? null;
    if (price) setIf(out, 'price', { ...price, currency: price.currency ?? currency });
    const list = chosen?.listPrice ?? infos.find((i) => i.listPrice)?.listPrice ?? undefined;
    if (list) setIf(out, 'listPrice', { ...list, currency: list.currency ?? currency });
    setIf(out, 'currencyCode', currency ?? undefined);
    setIf(out, 'seller', chosen?.seller ?? infos.find((i) => i.seller)?.seller);
    if (!out.condition) setIf(out, 'condition', chosen?.condition ?? infos.find((i) => i.condition)?.condition);
    setIf(out, 'availability', inStock.length > 0 ? 'InStock' : (chosen?.availability ?? infos.find((i) => i.availability)?.availability));

    const r = ratingOf(node['aggregateRating'], ctx);
    setIf(out, 'rating', r.rating);
    setIf(out, 'ratingCount', r.ratingCount);
  } catch {
    // Partial data is still useful; a hostile node must not break the page.
  }
  return out;
}

/** `@id` → node over every object reachable in the items (for reference resolution). */
function buildIndex(items: unknown[]): Map<string, JsonNode> {
  const index = new Map<string, JsonNode>();
  let budget = 20_000;
  const visit = (v: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    const id = v['@id'];
    if (typeof id === 'string' && Object.keys(v).length > 1 && !index.has(id)) index.set(id, v);
    for (const [k, x] of Object.entries(v)) if (k !== '@context') visit(x, depth + 1);
  };
  visit(items, 0);
  return index;
}

/** Product nodes reachable without passing through "other product" links, in document order. */
function mainCandidates(items: unknown[], index: Map<string, JsonNode>): JsonNode[] {
  const out: JsonNode[] = [];
  const seen = new Set<unknown>();
  let budget = 20_000;
  const visit = (v: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? index.get(v['@id']) : v;
    if (!isObject(node) || seen.has(node)) return;
    seen.add(node);
    if (typesOf(node).includes('ItemList')) return;
    if (isProductNode(node)) {
      out.push(node);
      return;
    }
    for (const [k, x] of Object.entries(node)) {
      if (k === '@context' || SIDE_PRODUCT_KEYS.has(k)) continue;
      visit(x, depth + 1);
    }
  };
  visit(items, 0);
  return out;
}

function samePage(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.host === y.host && x.pathname.replace(/\/$/, '') === y.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}

function pickMain(items: unknown[], url: string | undefined): ProductData | null {
  const index = buildIndex(items);
  const cands = mainCandidates(items, index);
  if (cands.length === 0) return null;
  const ctx: NormalizeContext = { url, index };
  const normalized = cands.slice(0, 50).map((c) => normalizeProductNode(c, ctx));
  const i = normalized.findIndex((p) => samePage(p.url, url));
  // Prefer the node about this URL, else the first with a name or price (skips empty stubs), else the first.
  return normalized[i] ?? normalized.find((p) => p.name || p.price) ?? normalized[0] ?? null;
}

/** Product data from OpenGraph / Facebook catalog tags, or null when the tags do not describe a product. */
export function productFromOpenGraph(pairs: Array<[string, string]>, url?: string): ProductData | null {
  const og = openGraphMap(pairs);
  const domain = hostOf(url);
  const type = og.get('og:type') ?? '';
  const priceOf = (prefix: string): ParsedPrice | null => {
    const amount = og.get(`${prefix}:amount`);
    if (!amount) return null;
    return amountOf(amount, og.get(`${prefix}:currency`), domain);
  };
  const regular = priceOf('product:price') ?? priceOf('og:price');
  const sale = priceOf('product:sale_price');
  // og:price:standard_amount: the regular price beside a sale product:price:amount (corpus metascraper-shopping
  // rejuvenation.com: standard 150.00, price 120.00; the page sells at 120).
  const standard = og.get('og:price:standard_amount')
    ? amountOf(og.get('og:price:standard_amount'), og.get('product:price:currency') ?? og.get('og:price:currency'), domain)
    : null;
  const original = priceOf('product:original_price') ?? standard;
  const looksLikeProduct = /product/i.test(type) || regular !== null || sale !== null;
  if (!looksLikeProduct) return null;
  const out: ProductData = {};
  const base = baseOf(url);
  const abs = (s: string | undefined) => {
    if (!s || !base) return s;
    try {
      return new URL(s, base).href;
    } catch {
      return s;
    }
  };
  setIf(out, 'name', og.get('og:title') ? decodeEntities(og.get('og:title')!) : undefined);
  setIf(out, 'brand', cleanBrand(og.get('product:brand') ?? og.get('og:brand')));
  const price = sale ?? regular;
  if (price) setIf(out, 'price', price);
  const list = sale && regular && regular.amount > sale.amount ? regular : original;
  if (list && price && list.amount > price.amount) setIf(out, 'listPrice', list);
  const currencyText = og.get('product:price:currency') ?? og.get('og:price:currency') ?? og.get('product:sale_price:currency');
  setIf(out, 'currencyCode', (currencyText ? currencyFromText(currencyText, domain) : price?.currency) ?? undefined);
  setIf(out, 'image', abs(og.get('og:image:secure_url') ?? og.get('og:image') ?? og.get('og:image:url')));
  setIf(out, 'url', abs(og.get('og:url')));
  setIf(out, 'sku', og.get('product:retailer_item_id') ?? og.get('product:sku'));
  const gtin = (og.get('product:gtin') ?? og.get('product:ean') ?? og.get('product:upc') ?? og.get('product:isbn'))?.replace(/[\s-]/g, '');
  if (gtin && /^\d{8,14}$/.test(gtin)) out.gtin = gtin;
  setIf(out, 'mpn', og.get('product:mfr_part_no'));
  setIf(out, 'condition', conditionOf(og.get('product:condition') ?? og.get('og:condition')));
  setIf(out, 'availability', availabilityOf(og.get('product:availability') ?? og.get('og:availability')));
  return Object.keys(out).length > 0 ? out : null;
}

const FIELDS: ReadonlyArray<keyof ProductData> = [
  'name', 'brand', 'price', 'listPrice', 'currencyCode', 'image', 'url', 'sku', 'gtin', 'mpn', 'seller',
  'condition', 'availability', 'rating', 'ratingCount',
];

/** Merge partial records: the first record with a non-empty value wins each field. */
export function mergeProductData(...parts: Array<ProductData | null | undefined>): ProductData | null {
  const out: ProductData = {};
  for (const field of FIELDS) {
    for (const p of parts) {
      const v = p?.[field];
      if (v !== undefined && v !== '') {
        (out as Record<string, unknown>)[field] = v;
        break;
      }
    }
  }
  // A later source that names the winning price as its *list* price and shows a lower current price in the same
  // currency knows about a sale the first source missed (rejuvenation.com: JSON-LD 150 regular, OpenGraph 120 sale).
  for (const p of parts) {
    if (!out.price || !p?.price || !p.listPrice) continue;
    const sameCurrency = !p.price.currency || !out.price.currency || p.price.currency === out.price.currency;
    if (sameCurrency && p.listPrice.amount === out.price.amount && p.price.amount < out.price.amount) {
      out.listPrice = p.listPrice;
      out.price = p.price;
      break;
    }
  }
  if (out.price && out.price.currency === null && out.currencyCode) out.price = { ...out.price, currency: out.currencyCode };
  if (out.listPrice && out.listPrice.currency === null && out.currencyCode) {
    out.listPrice = { ...out.listPrice, currency: out.currencyCode };
  }
  return Object.keys(out).length > 0 ? out : null;
}

function pageUrl(doc: Document, url?: string): string | undefined {
  if (typeof url === 'string' && url) return url;
  try {
    return baseOf(doc.URL);
  } catch {
    return undefined;
  }
}

/** The page's main product from all structured sources (see module comment). Never throws. */
export function readProductData(doc: Document, url?: string): ProductData | null {
  try {
    if (!doc || typeof doc.querySelectorAll !== 'function') return null;
    const u = pageUrl(doc, url);
    const fromJsonLd = pickMain(readJsonLd(doc), u);
    const fromMicrodata = pickMain(readMicrodata(doc, u).map((i) => microItemToNode(i)), u);
    const fromRdfa = pickMain(readRdfa(doc, u).map((i) => microItemToNode(i)), u);
    const fromOg = productFromOpenGraph(readOpenGraph(doc), u);
    return mergeProductData(fromJsonLd, fromMicrodata, fromRdfa, fromOg);
  } catch {
    return null;
  }
}

/** Products listed by a node set: ItemList elements (Product, or ListItem with `item`/`url`), then loose Products. */
function listedProducts(items: unknown[], url: string | undefined): ProductData[] {
  const index = buildIndex(items);
  const ctx: NormalizeContext = { url, index };
  const out: ProductData[] = [];
  const used = new Set<unknown>();
  const base = baseOf(url);
  let budget = 20_000;
  const visit = (v: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH || out.length >= 500) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const node = deref(v, ctx);
    if (!isObject(node) || used.has(node)) return;
    used.add(node);
    if (typesOf(node).includes('ItemList')) {
      const elements = asArray(node['itemListElement']).map((e) => deref(e, ctx));
      const sorted = elements
        .map((e, i) => ({ e, i, pos: isObject(e) ? Number(textOf(e['position'])) : NaN }))
        .sort((a, b) => (Number.isFinite(a.pos) && Number.isFinite(b.pos) ? a.pos - b.pos : a.i - b.i));
      for (const { e } of sorted) {
        if (!isObject(e)) continue;
        used.add(e);
        const inner = deref(e['item'], ctx);
        if (isProductNode(inner)) {
          used.add(inner);
          out.push(normalizeProductNode(inner, ctx));
        } else if (isProductNode(e)) out.push(normalizeProductNode(e, ctx));
        else {
          const p: ProductData = {};
          setIf(p, 'name', nameOf(e['name'], ctx) ?? (isObject(inner) ? nameOf(inner['name'], ctx) : undefined));
          setIf(p, 'url', urlOf(e['url'] ?? (typeof inner === 'string' ? inner : isObject(inner) ? inner['url'] ?? inner['@id'] : undefined), base, ctx));
          if (Object.keys(p).length > 0) out.push(p);
        }
      }
      return;
    }
    if (isProductNode(node)) {
      out.push(normalizeProductNode(node, ctx));
      return;
    }
    for (const [k, x] of Object.entries(node)) if (k !== '@context') visit(x, depth + 1);
  };
  visit(items, 0);
  return out.filter((p) => Object.keys(p).length > 0);
}

/** Every product a listing/search page describes in structured data (see module comment). Never throws. */
export function readProductItems(doc: Document, url?: string): ProductData[] {
  try {
    if (!doc || typeof doc.querySelectorAll !== 'function') return [];
    const u = pageUrl(doc, url);
    const fromJsonLd = listedProducts(readJsonLd(doc), u);
    if (fromJsonLd.length > 0) return fromJsonLd;
    const fromMicrodata = listedProducts(readMicrodata(doc, u).map((i) => microItemToNode(i)), u);
    if (fromMicrodata.length > 0) return fromMicrodata;
    return listedProducts(readRdfa(doc, u).map((i) => microItemToNode(i)), u);
  } catch {
    return [];
  }
}

/** ISO code of a ProductData's price (price currency, else `currencyCode`), or null. */
export function productCurrency(p: ProductData | null | undefined): CurrencyCode | string | null {
  return p?.price?.currency ?? p?.currencyCode ?? null;
}
