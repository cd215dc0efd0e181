/**
 * Helpers shared by the state-JSON marketplaces: AliExpress, Taobao and Tmall (the Alibaba family), and also used by
 * the Temu, Walmart, DHgate and Etsy adapters for the parts that are not Alibaba-specific (walking state JSON,
 * reading a JSON-LD Product, finding the card element of a product link).
 * Contract: every function is total — hostile or missing input gives null / [] / undefined, never an exception.
 */
import { readJsonLd } from '../extract/jsonld';
import { decodeEntities } from '../extract/text';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Money, Seller } from '../schema/listing';
import {
  absoluteUrl,
  allMatches,
  attr,
  firstMatch,
  getPath,
  imageUrl,
  jsonAfter,
  listingBase,
  moneyFromText,
  str,
  textAt,
  textOf,
  toMoney,
} from './common';
import type { CardListing } from './types';

export type Json = Record<string, unknown>;

export function isObj(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// Why these caps: state JSON on these shops is 100 kB–2 MB; a walk bounded in depth and node count stays cheap in a
// content script even on a hostile page.
const MAX_DEPTH = 14;
const MAX_NODES = 50_000;

/**
 * Objects anywhere inside `value` (depth-first, document order) for which `pred` holds; at most `limit`.
 * A matching object is not searched further (its children are not reported as well).
 */
export function deepFind(value: unknown, pred: (o: Json) => boolean, limit = 500): Json[] {
  const out: Json[] = [];
  let nodes = 0;
  const walk = (v: unknown, depth: number): void => {
    if (out.length >= limit || depth > MAX_DEPTH || ++nodes > MAX_NODES) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    if (!isObj(v)) return;
    let hit = false;
    try {
      hit = pred(v);
    } catch {
      hit = false;
    }
    if (hit) {
      out.push(v);
      return;
    }
    for (const k of Object.keys(v)) walk(v[k], depth + 1);
  };
  walk(value, 0);
  return out;
}

/** The first object inside `value` that has every key in `keys` (non-null), or undefined. */
export function findWithKeys(value: unknown, keys: readonly string[]): Json | undefined {
  return deepFind(value, (o) => keys.every((k) => o[k] !== undefined && o[k] !== null), 1)[0];
}

/** First non-empty string among the values at `paths` of `obj` (numbers stringified), clipped; '' when none. */
export function firstStr(obj: unknown, paths: readonly string[], max: number = LIMITS.text): string {
  for (const p of paths) {
    const s = str(getPath(obj, p), max);
    if (s) return s;
  }
  return '';
}

const STATE_CACHE = new WeakMap<Element, { marker: string; length: number; value: unknown }>();

/**
 * State JSON assigned in an inline script: the value after the first `marker` ("window.runParams =",
 * "TShop.Setup(", "window.__ICE_APP_CONTEXT__ ||") found in any <script>. Scripts with a `src` are skipped.
 * Returns the first that parses, or null.
 */
export function scriptState(root: ParentNode | null | undefined, markers: readonly string[]): unknown {
  if (!root) return null;
  let scripts: Element[] = [];
  try {
    scripts = Array.from(root.querySelectorAll('script:not([src])'));
  } catch {
    return null;
  }
  for (const marker of markers) {
    for (const s of scripts) {
      const text = s.textContent ?? '';
      if (!text.includes(marker)) continue;
      // Why a cache: extractCards runs again for every batch of nodes added on infinite scroll; the state script does
      // not change in between, and re-parsing a 1 MB literal each time would be the content script's main cost.
      const cached = STATE_CACHE.get(s);
      if (cached && cached.marker === marker && cached.length === text.length) {
        if (cached.value !== null) return cached.value;
        continue;
      }
      let from = 0;
      // A marker may occur in a guard ("if (window.runParams)") before the assignment: try each occurrence.
      for (let n = 0; n < 5; n++) {
        const at = text.indexOf(marker, from);
        if (at < 0) break;
        const v = jsonAfter(text.slice(at), marker) ?? relaxedJsonAfter(text.slice(at + marker.length));
        if (v !== null && v !== undefined) {
          STATE_CACHE.set(s, { marker, length: text.length, value: v });
          return v;
        }
        from = at + marker.length;
      }
      STATE_CACHE.set(s, { marker, length: text.length, value: null });
    }
  }
  return null;
}

// Why a relaxed reader: state assignments are JavaScript object literals, not JSON; AliExpress writes
// `_init_data_ = { data: {...} }` and `runParams = { data: ... }` with a bare first key, and some pages end objects
// with a trailing comma. Only those two liberties are repaired; anything else is left unparsed.
const MAX_LITERAL = 5_000_000;

/** The object literal at the start of `text` (after white space, `=`, `(`), parsed with bare keys allowed; or null. */
export function relaxedJsonAfter(text: string): unknown {
  let i = 0;
  while (i < text.length && /[\s=(:|]/.test(text[i]!)) i++;
  if (text[i] !== '{' && text[i] !== '[') return null;
  const parts: string[] = [];
  let depth = 0;
  let inStr: string | null = null;
  // Last significant (non-space) character written, and the index in `parts` of a pending trailing comma.
  let last = '';
  let commaAt = -1;
  const end = Math.min(text.length, i + MAX_LITERAL);
  for (let j = i; j < end; j++) {
    const c = text[j]!;
    if (inStr) {
      if (c === '\\') {
        const next = text[j + 1] ?? '';
        // `\'` is valid in a JS single-quoted string but not in JSON.
        parts.push(next === "'" ? "'" : c + next);
        j++;
      } else if (c === inStr) {
        parts.push('"');
        inStr = null;
        last = '"';
      } else parts.push(c === '"' ? '\\"' : c);
      continue;
    }
    if (/\s/.test(c)) {
      parts.push(c);
      continue;
    }
    if (c === '"' || c === "'") {
      inStr = c;
      parts.push('"');
      commaAt = -1;
      continue;
    }
    if (c === '}' || c === ']') {
      depth--;
      if (commaAt >= 0) parts[commaAt] = '';
    } else if (c === '{' || c === '[') depth++;
    if ((last === '{' || last === ',') && /[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(j, j + 200));
      if (m && /^\s*:/.test(text.slice(j + m[0].length, j + m[0].length + 50))) {
        parts.push(`"${m[0]}"`);
        j += m[0].length - 1;
        last = '"';
        commaAt = -1;
        continue;
      }
    }
    commaAt = c === ',' ? parts.length : -1;
    parts.push(c);
    last = c;
    if (depth === 0) break;
  }
  const out = parts.join('');
  if (depth !== 0) return null;
  try {
    return JSON.parse(out.replace(/:\s*undefined\b/g, ':null'));
  } catch {
    return null;
  }
}

/** Price in a state-JSON value: a number, a numeric string or printed text ("US $12.34", "199.00-299.00"). */
export function moneyFromValue(value: unknown, url: URL, currency?: string | null): Money | null {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? toMoney({ amount: value, currency: currency ?? null }, url) : null;
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s) return null;
  if (/^\d+(?:\.\d+)?$/.test(s)) return toMoney({ amount: Number(s), currency: currency ?? null }, url);
  return moneyFromText(s, url, currency ?? undefined);
}

/** Product id of an href that ends in `/<digits>.html` (AliExpress /item/, DHgate /product/ links), or ''. */
export function idFromHtmlPath(href: string, base: URL): string {
  try {
    return /\/(\d{5,})\.html?$/.exec(new URL(href, base).pathname)?.[1] ?? '';
  } catch {
    return '';
  }
}

/**
 * The card element of a product link: the nearest ancestor of `link` that contains no link to a different product
 * (so one card per product even when the image and title are separate links). `idOf` maps an href to its product id.
 */
export function cardOf(
  link: Element,
  id: string,
  idOf: (href: string) => string,
  stopAt?: ParentNode,
  owners?: Map<Element, string>,
): Element {
  let card: Element = link;
  let cur: Element | null = link.parentElement;
  for (let depth = 0; cur && depth < 8; depth++) {
    if (cur.tagName === 'BODY' || cur.tagName === 'HTML' || cur.tagName === 'MAIN') break;
    const known = owners?.get(cur);
    const others =
      known !== undefined
        ? known !== id
        : Array.from(cur.querySelectorAll('a[href]')).some((a) => {
            const other = idOf(a.getAttribute('href') ?? '');
            return other !== '' && other !== id;
          });
    if (others) break;
    card = cur;
    // The root we were asked to read may itself be the card (the content script re-reads one changed card).
    if (stopAt && cur === stopAt) break;
    cur = cur.parentElement;
  }
  return card;
}

/**
 * For every ancestor (inside `root`) of a product link: the one product id linked below it, or '' when links to
 * several products sit below it. Built once per extractCards call, so `cardOf` does not query the whole result list
 * once per card (quadratic: 25 million elements for a 5,000-card page, tests/lib/robustness/big-search-page.test.ts).
 */
export function linkOwners(root: ParentNode, idOf: (href: string) => string): Map<Element, string> {
  const owner = new Map<Element, string>();
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const id = idOf(a.getAttribute('href') ?? '');
    if (!id) continue;
    for (let cur = a.parentElement; cur; cur = cur.parentElement) {
      const seen = owner.get(cur);
      if (seen === id || seen === '') break; // climbed from here before with the same outcome
      owner.set(cur, seen === undefined ? id : '');
      if (cur === root) break;
    }
  }
  return owner;
}

/** The Product node among a page's JSON-LD items (first one), or undefined. */
export function jsonLdProduct(doc: ParentNode): Json | undefined {
  for (const item of readJsonLd(doc)) {
    if (!isObj(item)) continue;
    const t = item['@type'];
    const types = Array.isArray(t) ? t : [t];
    if (types.some((x) => typeof x === 'string' && /(^|\/)(Product|ProductGroup|IndividualProduct)$/i.test(x))) {
      return item;
    }
  }
  return undefined;
}

/** Fields a JSON-LD Product states: title, brand, price (Offer price or AggregateOffer low end), image, seller. */
export function fromJsonLd(product: Json | undefined, url: URL): Partial<Listing> {
  if (!product) return {};
  const out: Partial<Listing> = {};
  // JSON-LD text is often HTML-escaped twice (Etsy descriptions carry literal `&quot;`, corpus metascraper etsy).
  const title = clip(decodeEntities(str(product.name, LIMITS.title * 2)), LIMITS.title);
  if (title) out.title = title;
  const brand = product.brand;
  const brandName = isObj(brand) ? clip(brand.name) : clip(brand);
  if (brandName) out.brand = brandName;
  const image = product.image;
  const img = Array.isArray(image) ? image[0] : isObj(image) ? image.url : image;
  const imgUrl = typeof img === 'string' ? absoluteUrl(img, url) : undefined;
  if (imgUrl) out.image = imgUrl;
  const offersRaw = product.offers;
  const offers = (Array.isArray(offersRaw) ? offersRaw : [offersRaw]).filter(isObj);
  for (const offer of offers) {
    const currency = str(offer.priceCurrency) || null;
    const low = offer.lowPrice ?? getPath(offer, 'priceSpecification.price') ?? offer.price;
    const money = moneyFromValue(typeof low === 'string' ? low.replace(/,/g, '') : low, url, currency);
    // A price of 0 means "unavailable" / "see price in cart" (as in lib/extract/structured.ts): not a price.
    if (money && money.amount > 0) {
      const high = offer.highPrice;
      const isRange =
        offer.lowPrice !== undefined && high !== undefined && Number(String(high).replace(/,/g, '')) > money.amount;
      out.price = isRange ? { ...money, range: true } : money;
      const sellerName = isObj(offer.seller) ? clip(offer.seller.name) : '';
      if (sellerName) out.seller = { name: sellerName };
      const cond = str(offer.itemCondition).toLowerCase();
      if (/newcondition/.test(cond)) out.condition = 'new';
      else if (/usedcondition/.test(cond)) out.condition = 'used';
      else if (/refurbishedcondition/.test(cond)) out.condition = 'refurbished';
      break;
    }
  }
  const description = clip(decodeEntities(str(product.description, LIMITS.description * 2)), LIMITS.description);
  if (description) out.description = description;
  return out;
}

/** Prices printed in CNY on Taobao/Tmall: "¥199.00", "￥199", "199.00-299.00", "199" → Money (CNY), low end of ranges. */
export function cnyMoney(value: unknown, url: URL): Money | null {
  if (typeof value === 'number') return toMoney({ amount: value, currency: 'CNY' }, url);
  if (typeof value !== 'string') return null;
  // Why the forced CNY: Taobao/Tmall only sell in renminbi; "¥" there is never yen (README currency rules).
  const m = moneyFromText(value.replace(/[¥￥]/g, ''), url, 'CNY');
  return m ? { ...m, currency: 'CNY' } : null;
}

/**
 * Is this Alibaba-family shop the brand's own flagship? "旗舰店" (flagship store; "官方旗舰店" = official flagship) is
 * the brand-run store on Tmall. "专卖店" (franchise store) and "专营店" (multi-brand store) are authorised resellers,
 * not the flagship, so they are not marked official. Why: Tmall's store-type rules (旗舰店 / 专卖店 / 专营店).
 */
export function isFlagshipName(shopName: string): boolean {
  return /旗舰店/.test(shopName) && !/专卖店|专营店/.test(shopName);
}

/** A seller with only valid, present fields (undefined ones dropped), or null without a name. */
export function sellerOf(fields: {
  name: string;
  id?: string;
  url?: string;
  rating?: number;
  ratingCount?: number;
  since?: string;
  official?: boolean;
}): Seller | null {
  const name = clip(fields.name);
  if (!name) return null;
  const s: Seller = { name };
  const id = clip(fields.id ?? '');
  if (id) s.id = id;
  if (fields.url) s.url = fields.url;
  if (fields.rating !== undefined && Number.isFinite(fields.rating) && fields.rating >= 0 && fields.rating <= 1) {
    s.rating = Math.round(fields.rating * 10000) / 10000;
  }
  if (fields.ratingCount !== undefined && Number.isSafeInteger(fields.ratingCount) && fields.ratingCount >= 0) {
    s.ratingCount = fields.ratingCount;
  }
  if (fields.since && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(fields.since)) s.since = fields.since;
  if (fields.official !== undefined) s.official = fields.official;
  return s;
}

const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

/**
 * When a store opened, as the schema's ISO date or year: "Jun 10, 2016" → "2016-06-10", "2016-06-10" → same,
 * "Since 2016" / "2016年" → "2016", "Opened 3 years" / "7 yrs" (relative to `now`) → the year. undefined otherwise.
 */
export function sinceFrom(text: unknown, now: Date = new Date()): string | undefined {
  if (typeof text === 'number' && Number.isInteger(text)) {
    if (text >= 1990 && text <= now.getUTCFullYear()) return String(text);
    // Epoch milliseconds (state JSON "openTime": 1465516800000).
    if (text > 6e11 && text < 1e13) return new Date(text).toISOString().slice(0, 10);
    return undefined;
  }
  if (typeof text !== 'string') return undefined;
  const t = text.trim();
  let m = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(t);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = /\b([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return `${m[3]}-${MONTHS[m[1]!.toLowerCase()]}-${m[2]!.padStart(2, '0')}`;
  m = /(\d+)\s*(?:\+\s*)?(?:years?|yrs?|年(?!\d))/i.exec(t);
  if (m && !/\d{4}/.test(m[1]!)) {
    const n = Number(m[1]);
    if (n >= 0 && n < 60) return String(now.getUTCFullYear() - n);
  }
  m = /\b(19\d{2}|20\d{2})\b/.exec(t);
  if (m && Number(m[1]) <= now.getUTCFullYear()) return m[1];
  return undefined;
}

/** "96.5%" / 96.5 / "0.965" → 0..1, or undefined. */
export function percentFrom(value: unknown): number | undefined {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const m = /(\d{1,3}(?:[.,]\d+)?)\s*%?/.exec(value);
    if (!m) return undefined;
    n = Number(m[1]!.replace(',', '.'));
    if (value.includes('%')) n = n / 100;
    else if (n > 1) n = n / 100;
  } else return undefined;
  if (!Number.isFinite(n) || n < 0) return undefined;
  const r = typeof value === 'number' && n > 1 ? n / 100 : n;
  return r <= 1 ? Math.round(r * 10000) / 10000 : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Taobao / Tmall (shared: since 2023 both item hosts serve the same ICE app, and Taobao search lists Tmall items).
// ---------------------------------------------------------------------------------------------------------------

export type TaobaoSite = 'taobao' | 'tmall';

// Why these markers: 2023+ item and search pages assign `window.__ICE_APP_CONTEXT__` (ICE framework state); older
// Taobao search pages assign `g_page_config`; older Tmall items call `TShop.Setup({...})`; some Taobao item pages
// and the mobile app pages expose `window.__INITIAL_DATA__`. Key names inside are unverified against live pages.
export const TAOBAO_STATE_MARKERS = [
  'window.__ICE_APP_CONTEXT__ ||',
  'window.__ICE_APP_CONTEXT__ =',
  '__ICE_APP_CONTEXT__=',
  'g_page_config =',
  'TShop.Setup(',
  'window.__INITIAL_DATA__ =',
  '__INITIAL_DATA__=',
];

export function taobaoState(root: ParentNode): unknown {
  const doc = (root as Node).ownerDocument ?? root;
  return scriptState(doc, TAOBAO_STATE_MARKERS);
}

/** The numeric item id of a Taobao/Tmall item link (item.htm?id=…, a.m.taobao.com/i123.htm), or ''. */
export function taobaoItemId(href: string, base: URL): string {
  try {
    const u = new URL(href, base);
    if (!/(^|\.)(taobao|tmall)\.com$/.test(u.hostname)) return '';
    const id = u.searchParams.get('id');
    if (id && /^\d{6,}$/.test(id) && /item\.htm|detail|item/.test(u.pathname + u.hostname)) return id;
    return /\/i(\d{6,})\.htm/.exec(u.pathname)?.[1] ?? '';
  } catch {
    return '';
  }
}

/** "描述相符 4.8" / evaluates [{title:"宝贝描述", score:"4.8"}] / "好评率 99.6%" → 0..1. */
function shopScore(seller: Json | undefined, text: string): number | undefined {
  const rate = percentFrom(firstStr(seller, ['goodRatePercentage', 'praiseRate', 'positiveRate']));
  if (rate !== undefined) return rate;
  const evals = seller?.evaluates;
  if (Array.isArray(evals)) {
    for (const e of evals) {
      if (isObj(e) && /描述|宝贝/.test(str(e.title))) {
        const v = Number(str(e.score));
        if (v > 0 && v <= 5) return v / 5;
      }
    }
  }
  const m = /好评率\s*[:：]?\s*(\d{2,3}(?:\.\d+)?)\s*%/.exec(text);
  if (m) return percentFrom(`${m[1]}%`);
  const d = /(?:描述相符|宝贝描述|描述)\s*[:：]?\s*(\d(?:\.\d+)?)/.exec(text);
  if (d) {
    const v = Number(d[1]);
    if (v > 0 && v <= 5) return v / 5;
  }
  return undefined;
}

/**
 * The shop of a Taobao/Tmall item page, from ICE state (`seller`), old Tmall setup, or the shop header in the DOM.
 * `isTmallShop`: the page is a Tmall item (or the state marks a B-type/Tmall seller); only then does a 旗舰店 name
 * make the seller official (see isFlagshipName).
 */
export function taobaoShop(data: unknown, doc: Document, url: URL, site: TaobaoSite): Seller | null {
  const seller =
    findWithKeys(data, ['shopName', 'sellerId']) ?? findWithKeys(data, ['shopName']) ?? findWithKeys(data, ['sellerNick']);
  const shopLink = firstMatch(doc, [
    '[class*="ShopHeader--title"]',
    '[class*="shopName"]',
    '.slogo-shopname',
    'a.slogo-shopname',
    '.tb-shop-name a',
    '.tb-shop-name',
    '.shop-name-link',
    '.shop-name a',
    '.shop-name',
  ]);
  const linkText = clip(shopLink?.getAttribute('title') || shopLink?.textContent || '');
  const metaShop = /shopName=([^;]+)/.exec(doc.querySelector('meta[name="microscope-data"]')?.getAttribute('content') ?? '')?.[1];
  const name = firstStr(seller, ['shopName', 'sellerNick']) || linkText || clip(metaShop ? safeDecode(metaShop) : '');
  if (!name) return null;
  const shopId =
    firstStr(seller, ['shopId', 'sellerId', 'userId']) ||
    (/shopId=(\d+)/.exec(doc.querySelector('meta[name="microscope-data"]')?.getAttribute('content') ?? '')?.[1] ?? '');
  const href =
    firstStr(seller, ['shopUrl', 'pcShopUrl', 'shopLink']) ||
    (shopLink?.closest('a')?.getAttribute('href') ?? shopLink?.querySelector('a')?.getAttribute('href') ?? '');
  const headerText = clip(
    (doc.querySelector('[class*="ShopHeader"], #J_ShopInfo, .tb-shop-info-wrap, #shopExtra, .shop-rate, .slogo') ?? null)?.textContent ?? '',
    2000,
  );
  const sellerType = firstStr(seller, ['sellerType', 'shopType', 'userType']);
  const tmallShop = site === 'tmall' || /^(?:b|tmall|1)$/i.test(sellerType) || seller?.isTmall === true;
  const since = sinceFrom(seller?.starts ?? seller?.shopStartTime ?? seller?.openTime) ??
    sinceFrom(/开店(?:时长|时间)?\s*[:：]?\s*([^\s，,]{1,20})/.exec(headerText)?.[1] ?? '');
  return sellerOf({
    name,
    id: shopId || undefined,
    url: href ? absoluteUrl(href, url) : undefined,
    rating: shopScore(seller, headerText),
    since,
    official: tmallShop && isFlagshipName(name) ? true : undefined,
  });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The brand attribute of a Taobao/Tmall item ("品牌: Nike/耐克"), from state or the attribute list. */
function taobaoBrand(data: unknown, doc: Document): string {
  const itemDO = findWithKeys(data, ['itemDO']);
  const fromSetup = clip(getPath(itemDO, 'itemDO.brand'));
  if (fromSetup) return fromSetup;
  for (const o of deepFind(data, (x) => x.title === '品牌' || x.name === '品牌' || x.propertyName === '品牌', 5)) {
    const v = o.text ?? o.value ?? o.valueName ?? o.propertyValue;
    const s = clip(Array.isArray(v) ? v[0] : v);
    if (s) return s;
  }
  for (const li of allMatches(doc, '#J_AttrUL li, .attributes-list li, #J_BrandAttr, [class*="Attrs--attr"], [class*="emphasisParamsInfoItem"]')) {
    const m = /品牌\s*[:：]?\s*(.+)$/.exec(textOf(li));
    if (m) return clip(m[1]);
  }
  return '';
}

/** The buyer's price of a Taobao/Tmall item (CNY): ICE priceVO, old Tmall skuMap / reservePrice, or the DOM. */
function taobaoPrice(data: unknown, doc: Document, url: URL): { price: Money | null; listPrice: Money | null } {
  const priceVO = getPath(findWithKeys(data, ['priceVO']), 'priceVO');
  if (isObj(priceVO)) {
    // Why `price` over `extraPrice`: extraPrice is the "券后" (after-coupon) price the buyer only gets by claiming a
    // coupon; `price` is the price shown for the item. The struck price, when shown, is `price` with
    // `extraPrice` being the promotion — unverified, so only a lower extraPrice with a promo title is taken.
    const main = cnyMoney(firstStr(priceVO, ['price.priceText', 'price.priceMoney']), url);
    const extra = cnyMoney(firstStr(priceVO, ['extraPrice.priceText']), url);
    const promoTitle = firstStr(priceVO, ['extraPrice.priceTitle', 'extraPrice.priceDesc']);
    if (extra && main && extra.amount < main.amount && /优惠|促销|活动|折/.test(promoTitle)) {
      return { price: extra, listPrice: main };
    }
    if (main) return { price: main, listPrice: null };
  }
  // The promotion price printed on the page (促销价) is what the buyer pays; the SKU map and reservePrice hold the
  // base price, so they come after it.
  const promo = firstMatch(doc, ['#J_PromoPrice .tm-price', '#J_PromoPriceNum', '.tm-promo-price .tm-price', '[class*="Price--priceText"]', '[class*="highlightPrice"] [class*="priceText"]']);
  const list = firstMatch(doc, ['#J_StrPriceModBox .tm-price', '#J_StrPrice .tb-rmb-num', '.tb-rmb-num', '[class*="Price--originPrice"]']);
  const promoMoney = promo ? cnyMoney(textOf(promo), url) : null;
  const listMoney = list ? cnyMoney(textOf(list), url) : null;
  let base: Money | null = null;
  const skuMap = getPath(findWithKeys(data, ['skuMap']), 'skuMap');
  if (isObj(skuMap)) {
    const prices = Object.values(skuMap)
      .map((v) => Number(str(getPath(v, 'price'))))
      .filter((n) => Number.isFinite(n) && n > 0);
    if (prices.length) {
      const low = Math.min(...prices);
      const money = toMoney({ amount: low, currency: 'CNY' }, url);
      if (money) base = Math.max(...prices) > low ? { ...money, range: true } : money;
    }
  }
  base = base ?? listMoney ?? cnyMoney(getPath(findWithKeys(data, ['itemDO']), 'itemDO.reservePrice'), url);
  const price = promoMoney ?? base;
  return { price, listPrice: promoMoney && base && base.amount > promoMoney.amount ? { amount: base.amount, currency: base.currency } : null };
}

/** The product of a Taobao or Tmall item page. */
export function taobaoProduct(doc: Document, url: URL, site: TaobaoSite): CardListing | null {
  const data = taobaoState(doc);
  const listing: Listing = listingBase(site, url);
  const item = getPath(findWithKeys(data, ['item', 'seller']), 'item');
  listing.title =
    clip(getPath(item, 'title'), LIMITS.title) ||
    clip(getPath(findWithKeys(data, ['itemDO']), 'itemDO.title'), LIMITS.title) ||
    textAt(doc, ['[class*="ItemHeader--mainTitle"]', '[class*="MainTitle--mainTitle"]', '.tb-detail-hd h1', '#J_Title .tb-main-title', 'h3.tb-main-title', 'h1'], LIMITS.title) ||
    clip(attr(firstMatch(doc, ['h3.tb-main-title[data-title]']), 'data-title'), LIMITS.title);
  listing.brand = taobaoBrand(data, doc) || null;
  const { price, listPrice } = taobaoPrice(data, doc, url);
  listing.price = price;
  if (listPrice && price && listPrice.amount > price.amount) listing.listPrice = listPrice;
  listing.seller = taobaoShop(data, doc, url, site);
  const images = getPath(item, 'images');
  const img =
    (Array.isArray(images) ? absoluteUrl(str(images[0], LIMITS.url), url) : undefined) ??
    imageUrl(firstMatch(doc, ['#J_ImgBooth', '[class*="PicGallery--mainPic"]', 'img#J_ImgBooth', 'meta[property="og:image"]']), url);
  if (img) listing.image = img;
  const loc = firstStr(findWithKeys(data, ['deliveryFromAddr']), ['deliveryFromAddr']) ||
    textAt(doc, ['[class*="Delivery--from"]', '#J_WlServiceTitle', '.tb-deliveryAdd']);
  if (loc) listing.shipsFrom = loc.replace(/^(?:发货地|从)\s*[:：]?\s*/, '');
  if (!listing.title) return null;
  const element = firstMatch(doc, ['#root', '#detail', '#J_DetailMeta', 'body']) ?? doc.documentElement;
  return { listing, element };
}

/** Search-result items ("auctions") in the state, by item id. */
function auctionsById(root: ParentNode): Map<string, Json> {
  const byId = new Map<string, Json>();
  const data = taobaoState(root);
  for (const a of deepFind(data, (o) => (o.nid !== undefined || o.item_id !== undefined || o.itemId !== undefined) &&
    (o.raw_title !== undefined || o.title !== undefined), 1000)) {
    byId.set(str(a.nid ?? a.item_id ?? a.itemId), a);
  }
  return byId;
}

function cardPrice(a: Json | undefined, card: Element, url: URL): Money | null {
  const fromState = cnyMoney(firstStr(a, ['view_price', 'price', 'priceShow.price', 'reservePrice']), url);
  if (fromState) return fromState;
  const intPart = textAt(card, ['[class*="Price--priceInt"]', '[class*="priceInt"]']);
  if (intPart) return cnyMoney(`${intPart}${textAt(card, ['[class*="Price--priceFloat"]', '[class*="priceFloat"]'])}`, url);
  for (const sel of ['.price strong', '.productPrice em[title]', '.productPrice em', '.productPrice', '.c-price', '[class*="price"]']) {
    const el = firstMatch(card, [sel]);
    const m = el ? cnyMoney(attr(el, 'title') || textOf(el), url) : null;
    if (m) return m;
  }
  return null;
}

/**
 * Listing cards of a Taobao/Tmall search, category or shop page: every element linking to an item, one card per
 * item id, enriched from the search state (`auctions`). `storeSeller`: on a shop page, the shop itself.
 */
export function taobaoCards(root: ParentNode, url: URL, site: TaobaoSite, storeSeller: Seller | null): CardListing[] {
  const byId = auctionsById(root);
  const idOf = (href: string) => taobaoItemId(href, url);
  const out: CardListing[] = [];
  const seen = new Set<string>();
  // Old Tmall list / shop grids carry the item id on the card (`.product[data-id]`, `.item[data-id]`); Taobao's old
  // search on its links (`data-nid`); everything else is found by its item link.
  const links = allMatches(root, 'a[href*="id="], a[href*="/i"], [data-nid], .product[data-id], .item[data-id]');
  const owners = linkOwners(root, idOf);
  for (const el of links) {
    const dataId = attr(el, 'data-id');
    const id = attr(el, 'data-nid') || (/^\d{6,}$/.test(dataId) ? dataId : '') || idOf(attr(el, 'href'));
    if (!id || seen.has(id)) continue;
    if (el.closest('header, nav, footer, #J_SiteNav, .site-nav')) continue;
    seen.add(id);
    const link = el.matches('a[href]') ? el : firstMatch(el, ['a[href*="id="]', 'a[href]']);
    const card = el.matches('a[href]') ? cardOf(el, id, idOf, root, owners) : el;
    const a = byId.get(id);
    const href = firstStr(a, ['detail_url', 'auctionURL', 'itemUrl']) || attr(link, 'href');
    const listing = listingBase(site, absoluteUrl(href, url) ?? url);
    listing.title =
      clip(firstStr(a, ['raw_title', 'title'], LIMITS.title).replace(/<[^>]*>/g, ''), LIMITS.title) ||
      textAt(card, ['[class*="Title--title"]', '.productTitle a', '.row-2 a', '.title a', '.item-name', '[class*="title"]'], LIMITS.title) ||
      clip(attr(firstMatch(card, ['.productTitle a[title]', 'a[title]']), 'title'), LIMITS.title);
    listing.price = cardPrice(a, card, url);
    const shopName =
      firstStr(a, ['nick', 'shopInfo.title', 'shopName']) ||
      textAt(card, ['[class*="ShopInfo--shopName"]', '.shopname span:last-child', '.shopname', '.productShop-name', '[class*="shopName"]']);
    const isTmall =
      site === 'tmall' || getPath(a, 'shopcard.isTmall') === true || getPath(a, 'isTmall') === true ||
      /tmall\.com/.test(href) || !!firstMatch(card, ['.icon-service-tianmao', '[class*="tmall"]', 'img[alt="天猫"]']);
    if (shopName) {
      const shopHref = firstStr(a, ['shopLink', 'shopInfo.url']) || attr(firstMatch(card, ['a.shopname', 'a.productShop-name', 'a[class*="ShopInfo"]']), 'href');
      listing.seller = sellerOf({
        name: shopName,
        id: firstStr(a, ['user_id', 'sellerId', 'shopId']) || undefined,
        url: shopHref ? absoluteUrl(shopHref, url) : undefined,
        official: isTmall && isFlagshipName(shopName) ? true : undefined,
      });
    } else if (storeSeller) listing.seller = storeSeller;
    const loc = firstStr(a, ['item_loc', 'procity']) || textAt(card, ['[class*="Price--procity"]', '.location']);
    if (loc) listing.shipsFrom = loc;
    const img = absoluteUrl(firstStr(a, ['pic_url', 'pic', 'picUrl'], LIMITS.url), url) ?? imageUrl(firstMatch(card, ['img']), url);
    if (img) listing.image = img;
    if (listing.title) out.push({ listing, element: card });
  }
  return out;
}
