/**
 * Microdata reader (WHATWG HTML "Microdata"): items (`itemscope`, `itemtype`, `itemid`), their properties
 * (`itemprop`, several names per attribute), nested items and `itemref`.
 *
 * Contract: `readMicrodata(root, baseUrl?)` returns the top-level items (itemscope without itemprop) in tree order.
 * Never throws. Values follow the spec's element rules: meta@content; img/audio/video/source/track/embed/iframe@src;
 * a/area/link@href; object@data; data/meter@value; time@datetime (else its text); otherwise the text.
 * Deviations, all deliberate:
 * - A `content` attribute is the value on any element, not only <meta> (shops rely on it; see propertyValue).
 * - Text values have white space collapsed and block boundaries turned into spaces (shops indent their markup; we
 *   only use values as short strings).
 * - URL values are resolved only when an http(s) base is known (`baseUrl` or the document's); otherwise trimmed.
 * - An `itemref`-ed element that is itself a top-level item lends its properties too (the spec would ignore them);
 *   pages use this to attach a separately marked-up offer block, and extruct (corpus) reads it the same way.
 */
import { blockText, normalizeSpace } from './text';

export type MicroValue = string | MicroItem;
export interface MicroItem {
  /** `itemtype` tokens (full URLs, e.g. "http://schema.org/Product"). */
  type: string[];
  id?: string;
  properties: Record<string, MicroValue[]>;
}

const SRC_TAGS = new Set(['AUDIO', 'EMBED', 'IFRAME', 'IMG', 'SOURCE', 'TRACK', 'VIDEO']);
const HREF_TAGS = new Set(['A', 'AREA', 'LINK']);
// Why these caps: a search page has ~60 cards with a few items each; hostile pages (or itemref cycles) must not make
// the content script walk forever.
const MAX_ITEMS = 500;
const MAX_DEPTH = 12;

function httpBase(root: Document | ParentNode, baseUrl?: string): string | null {
  const candidates = [baseUrl, (root as Node).ownerDocument?.baseURI, (root as Document).baseURI];
  for (const c of candidates) if (typeof c === 'string' && /^https?:\/\//i.test(c)) return c;
  return null;
}

function urlValue(raw: string | null, base: string | null): string {
  const v = (raw ?? '').trim();
  if (!v || !base) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}

/** The property value of one element, per the spec's table. */
export function propertyValue(el: Element, base: string | null): string {
  const tag = el.tagName.toUpperCase();
  // Why `content` on any element: shops put it on divs/spans (corpus product-pages spartoo.pt:
  // <div itemprop="brand" content="Tommy Jeans">, whose text is the model name) and readers honour it.
  if (tag === 'META' || el.hasAttribute('content')) return normalizeSpace(el.getAttribute('content') ?? '');
  if (SRC_TAGS.has(tag)) return urlValue(el.getAttribute('src'), base);
  if (HREF_TAGS.has(tag)) return urlValue(el.getAttribute('href'), base);
  if (tag === 'OBJECT') return urlValue(el.getAttribute('data'), base);
  if (tag === 'DATA' || tag === 'METER') return normalizeSpace(el.getAttribute('value') ?? '');
  if (tag === 'TIME' && el.hasAttribute('datetime')) return normalizeSpace(el.getAttribute('datetime') ?? '');
  return blockText(el, 5000);
}

function tokens(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

function treeOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  // DOCUMENT_POSITION_FOLLOWING = 4
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Elements carrying the properties of `item` (the spec's "crawl the properties" with the itemref deviation). */
function propertyElements(item: Element, doc: Document | null): Element[] {
  const results: Element[] = [];
  const seen = new Set<Element>([item]);
  const pending: Element[] = Array.from(item.children);
  for (const id of tokens(item.getAttribute('itemref'))) {
    const ref = doc?.getElementById(id);
    if (!ref || seen.has(ref)) continue;
    if (ref.hasAttribute('itemscope') && !ref.hasAttribute('itemprop')) {
      seen.add(ref);
      pending.push(...Array.from(ref.children));
    } else pending.push(ref);
  }
  let budget = 20_000;
  while (pending.length > 0 && budget-- > 0) {
    const el = pending.pop()!;
    if (seen.has(el)) continue;
    seen.add(el);
    if (tokens(el.getAttribute('itemprop')).length > 0) results.push(el);
    if (!el.hasAttribute('itemscope')) pending.push(...Array.from(el.children));
  }
  return results.sort(treeOrder);
}

function readItem(el: Element, base: string | null, doc: Document | null, stack: Set<Element>, count: { n: number }): MicroItem {
  count.n++;
  const item: MicroItem = { type: tokens(el.getAttribute('itemtype')), properties: {} };
  const id = el.getAttribute('itemid');
  if (id) item.id = urlValue(id, base);
  stack.add(el);
  for (const propEl of propertyElements(el, doc)) {
    let value: MicroValue;
    if (propEl.hasAttribute('itemscope')) {
      // A cycle (an item that is its own property via itemref) or runaway nesting is skipped, as the spec says.
      if (stack.has(propEl) || stack.size >= MAX_DEPTH || count.n >= MAX_ITEMS) continue;
      value = readItem(propEl, base, doc, stack, count);
    } else value = propertyValue(propEl, base);
    for (const name of tokens(propEl.getAttribute('itemprop'))) (item.properties[name] ??= []).push(value);
  }
  stack.delete(el);
  return item;
}

/** Top-level microdata items of a document or subtree, in tree order. Never throws. */
export function readMicrodata(root: Document | ParentNode | null | undefined, baseUrl?: string): MicroItem[] {
  if (!root || typeof (root as ParentNode).querySelectorAll !== 'function') return [];
  try {
    const doc = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
    const base = httpBase(root, baseUrl);
    const count = { n: 0 };
    const out: MicroItem[] = [];
    const scopes = Array.from((root as ParentNode).querySelectorAll('[itemscope]'));
    if ((root as Element).hasAttribute?.('itemscope')) scopes.unshift(root as Element);
    for (const el of scopes) {
      if (el.hasAttribute('itemprop')) continue;
      if (count.n >= MAX_ITEMS) break;
      out.push(readItem(el, base, doc, new Set(), count));
    }
    return out;
  } catch {
    return [];
  }
}

/** Local name of a type or property IRI: "http://schema.org/Product" → "Product", "schema:price" → "price". */
export function localName(iri: string): string {
  const m = /[^/#:]+$/.exec(iri.trim());
  return m ? m[0] : iri.trim();
}

/**
 * A microdata item as a JSON-LD-shaped node, so one normaliser serves both: `@type` = local type names,
 * single values unwrapped, nested items converted.
 */
export function microItemToNode(item: MicroItem, depth = 0): Record<string, unknown> {
  const node: Record<string, unknown> = {};
  if (item.type.length > 0) node['@type'] = item.type.map(localName);
  if (item.id) node['@id'] = item.id;
  for (const [name, values] of Object.entries(item.properties)) {
    const converted = values.map((v) => (typeof v === 'string' ? v : depth < MAX_DEPTH ? microItemToNode(v, depth + 1) : ''));
    // Absolute property names ("http://schema.org/price") become local names like the common short form.
    const key = /[:/]/.test(name) ? localName(name) : name;
    const prev = node[key];
    const all = prev === undefined || key.startsWith('@') ? converted : [...(Array.isArray(prev) ? prev : [prev]), ...converted];
    node[key] = all.length === 1 ? all[0] : all;
  }
  return node;
}
