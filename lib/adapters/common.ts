/**
 * Small DOM helpers shared by the site adapters. Contract: every function is total — a missing element, a bad URL
 * or broken JSON gives null / '' / undefined back, never an exception into the page.
 */
import { currencyForDomain } from '../extract/currency';
import { parsePrice } from '../extract/price';
import { priceFromElement } from '../extract/price-dom';
import { clip, LIMITS } from '../schema/limits';
import type { Listing, Money } from '../schema/listing';
import type { SiteId } from '../sites';

/** First element matching any selector, trying the selectors in order (first hit wins, not document order). */
export function firstMatch(root: ParentNode | null | undefined, selectors: readonly string[]): Element | null {
  if (!root) return null;
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An invalid selector (or one the DOM does not support) is skipped, not fatal.
    }
  }
  return null;
}

/** Every element matching `selector` under `root` (including root itself when it matches); [] on error. */
export function allMatches(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    const found = Array.from(root.querySelectorAll(selector));
    const self = root as Element;
    if (typeof self.matches === 'function' && self.matches(selector)) found.unshift(self);
    return found;
  } catch {
    return [];
  }
}

/** textContent with white space collapsed (NBSP included) and clipped to `max`; '' for null. */
export function textOf(el: Element | null | undefined, max: number = LIMITS.text): string {
  if (!el) return '';
  try {
    return clip((el.textContent ?? '').replace(/[\u00a0\u2009\u202f]/g, ' '), max);
  } catch {
    return '';
  }
}

/** Text of the first element matching any selector (ordered), or ''. */
export function textAt(root: ParentNode | null | undefined, selectors: readonly string[], max?: number): string {
  return textOf(firstMatch(root, selectors), max);
}

/** An attribute value, trimmed; '' when missing. */
export function attr(el: Element | null | undefined, name: string): string {
  if (!el) return '';
  try {
    return (el.getAttribute(name) ?? '').trim();
  } catch {
    return '';
  }
}

/** `href` resolved against `base` as an http(s) URL no longer than the schema limit, or undefined. */
export function absoluteUrl(href: string | null | undefined, base: URL | string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    const s = u.href;
    return s.length <= LIMITS.url ? s : undefined;
  } catch {
    return undefined;
  }
}

/** Image URL of an <img> (src, then lazy-load attributes), absolute, or undefined. data: URIs are skipped. */
export function imageUrl(img: Element | null | undefined, base: URL | string): string | undefined {
  if (!img) return undefined;
  for (const name of ['src', 'data-src', 'data-old-hires', 'data-lazy-src', 'content']) {
    const v = attr(img, name);
    if (v && !v.startsWith('data:')) {
      const u = absoluteUrl(v, base);
      if (u) return u;
    }
  }
  const srcset = attr(img, 'srcset').split(',')[0]?.trim().split(/\s+/)[0];
  return srcset ? absoluteUrl(srcset, base) : undefined;
}

/**
 * Parse JSON held in a <script> tag (state JSON such as `window.__INIT_DATA__ = {...}` or
 * `<script type="application/json" id="...">`). `pick` is a CSS selector or a predicate over script elements;
 * for assignment scripts pass `assignment` (e.g. "window.runParams") to take the object literal after it.
 * Returns the first script that parses, or null. Never throws.
 */
export function parseJsonScript(
  doc: ParentNode | null | undefined,
  pick: string | ((script: Element) => boolean),
  assignment?: string,
): unknown {
  if (!doc) return null;
  let scripts: Element[];
  try {
    scripts =
      typeof pick === 'string'
        ? Array.from(doc.querySelectorAll(pick))
        : Array.from(doc.querySelectorAll('script')).filter((s) => {
            try {
              return pick(s);
            } catch {
              return false;
            }
          });
  } catch {
    return null;
  }
  for (const s of scripts) {
    const text = s.textContent ?? '';
    const value = assignment ? jsonAfter(text, assignment) : safeJson(text);
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/** JSON.parse that returns null instead of throwing. */
export function safeJson(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text.trim());
  } catch {
    return null;
  }
}

/**
 * The balanced JSON object or array that follows `marker` in `text` ("window.runParams = {...};"), parsed; null
 * when absent or broken. Brace matching is string-aware, so braces inside strings do not confuse it.
 */
export function jsonAfter(text: string, marker: string): unknown {
  const at = text.indexOf(marker);
  if (at < 0) return null;
  let i = at + marker.length;
  while (i < text.length && text[i] !== '{' && text[i] !== '[') {
    if (!/[\s=:(]/.test(text[i]!)) return null;
    i++;
  }
  const open = text[i];
  if (open !== '{' && open !== '[') return null;
  let depth = 0;
  let inStr: string | null = null;
  for (let j = i; j < text.length; j++) {
    const c = text[j]!;
    if (inStr) {
      if (c === '\\') j++;
      else if (c === inStr) inStr = null;
      continue;
    }
    if (c === '"' || c === "'") inStr = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return safeJson(text.slice(i, j + 1));
    }
  }
  return null;
}

/** Read a nested property path ("a.b.0.c") from unknown JSON; undefined when any step is missing. */
export function getPath(value: unknown, path: string | readonly (string | number)[]): unknown {
  const steps = typeof path === 'string' ? path.split('.') : path;
  let cur: unknown = value;
  for (const step of steps) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[step as string];
  }
  return cur;
}

/** A string from unknown JSON (numbers are stringified), clipped; '' otherwise. */
export function str(value: unknown, max: number = LIMITS.text): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return clip(value, max);
}

/**
 * The skeleton of a Listing for `site` at `url`: every required field present (title '', brand/price/seller null).
 * Adapters fill in what they read; `runAdapter` drops listings that end up invalid (e.g. no title).
 */
export function listingBase(site: SiteId, url: URL | string): Listing {
  const href = typeof url === 'string' ? url : url.href;
  return { site, url: href.slice(0, LIMITS.url), title: '', brand: null, price: null, seller: null };
}

/** The value of a query parameter on an href (resolved against base), or undefined. */
export function queryParam(href: string | null | undefined, name: string, base: URL | string): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).searchParams.get(name) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Condition word ("New", "Neu", "Brand New", "Used", "Gebraucht", "Refurbished", "Renewed") → schema value. */
export function conditionFrom(text: string | null | undefined): Listing['condition'] {
  const t = (text ?? '').toLowerCase();
  if (!t) return undefined;
  // Why these words: eBay/Amazon condition labels on the storefronts in lib/sites.ts (en, de, fr, it, es).
  if (/refurb|renewed|reconditionn|ricondizionat|reacondicionad|generalüberholt|generaluberholt|remis à neuf/.test(t))
    return 'refurbished';
  if (/\bused\b|pre-owned|preowned|gebraucht|d'occasion|occasion|usato|usado|second[- ]hand/.test(t)) return 'used';
  if (/\bnew\b|brand new|\bneu\b|neuf|nuovo|nuevo|new with|new without|新品/.test(t)) return 'new';
  return undefined;
}

/** "4.6 out of 5 stars" / "98.5%" → 0..1, or undefined. */
export function ratingFrom(text: string | null | undefined): number | undefined {
  const t = (text ?? '').replace(',', '.');
  const pct = /(\d{1,3}(?:\.\d+)?)\s*%/.exec(t);
  if (pct) {
    const v = Number(pct[1]) / 100;
    return v >= 0 && v <= 1 ? Math.round(v * 10000) / 10000 : undefined;
  }
  const stars = /(\d(?:\.\d+)?)\s*(?:out of|von|sur|su|de|\/)\s*(\d+)/i.exec(t);
  if (stars) {
    const v = Number(stars[1]) / Number(stars[2]);
    return v >= 0 && v <= 1 ? Math.round(v * 10000) / 10000 : undefined;
  }
  return undefined;
}

/** An integer count printed with group separators ("(12,345)", "1.234", "3 456") → 12345, or undefined. */
export function countFrom(text: string | null | undefined): number | undefined {
  // "2.1K" / "1,5K" (eBay's 2024 cards abbreviate feedback counts).
  const k = /(\d+(?:[.,]\d+)?)\s*[kK](?![a-zA-Z])/.exec(text ?? '');
  if (k) return Math.round(Number(k[1]!.replace(',', '.')) * 1000);
  const m = /(\d{1,3}(?:[.,\s\u00a0\u202f']\d{3})+|\d+)(\s*[kK])?/.exec(text ?? '');
  if (!m) return undefined;
  let n = Number(m[1]!.replace(/[.,\s\u00a0\u202f']/g, ''));
  if (m[2]) n *= 1000;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** ParsedPrice-like value → Money (currency filled from the shop's domain when the text had none), or null. */
export function toMoney(
  p: { amount: number; currency: string | null; range?: boolean } | null | undefined,
  url: URL | string,
): Money | null {
  if (!p || !Number.isFinite(p.amount) || p.amount < 0 || p.amount > 1e12) return null;
  const currency = p.currency ?? currencyForDomain(hostOfUrl(url));
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return null;
  return p.range ? { amount: p.amount, currency, range: true } : { amount: p.amount, currency };
}

/** The price shown by an element (split cents, a-offscreen, content attributes handled), as Money, or null. */
export function moneyFromElement(el: Element | null | undefined, url: URL | string, currencyHint?: string): Money | null {
  if (!el) return null;
  const hints = currencyHint ? { domain: hostOfUrl(url), currency: currencyHint } : { domain: hostOfUrl(url) };
  return toMoney(priceFromElement(el, hints), url);
}

/** A printed price string as Money, or null. `currencyHint` is raw currency text/code seen next to it. */
export function moneyFromText(text: unknown, url: URL | string, currencyHint?: string): Money | null {
  if (typeof text !== 'string' && typeof text !== 'number') return null;
  const hints = currencyHint ? { domain: hostOfUrl(url), currency: currencyHint } : { domain: hostOfUrl(url) };
  return toMoney(parsePrice(String(text), hints), url);
}

/** First selector (in order) whose element shows a readable price. */
export function moneyAt(root: ParentNode | null | undefined, selectors: readonly string[], url: URL | string): Money | null {
  if (!root) return null;
  for (const sel of selectors) {
    let els: Element[] = [];
    try {
      els = Array.from(root.querySelectorAll(sel)).slice(0, 3);
    } catch {
      continue;
    }
    for (const el of els) {
      const m = moneyFromElement(el, url);
      if (m) return m;
    }
  }
  return null;
}

function hostOfUrl(url: URL | string): string {
  try {
    return typeof url === 'string' ? new URL(url).hostname : url.hostname;
  } catch {
    return '';
  }
}
