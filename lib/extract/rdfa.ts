/**
 * RDFa Lite reader (`vocab`, `typeof`, `property`, `resource`, `prefix`), the subset schema.org documents and that
 * shop themes emit (e.g. `<div vocab="https://schema.org/" typeof="Product"><span property="name">…`).
 *
 * Contract: `readRdfa(root, baseUrl?)` returns the top-level typed resources (elements with `typeof` that are not
 * themselves the value of a `property`) as `MicroItem`s, the same shape the microdata reader gives, so one converter
 * serves both. Type and property names are reduced to local names ("schema:price" → "price"). Values: `content`,
 * then `href`/`src`/`resource` on link-like elements, `datetime` on time, else the text. Never throws.
 * Not supported (not "Lite"): `rel`/`rev` chaining, `datatype`, `inlist`, CURIE expansion beyond local names.
 */
import { localName, type MicroItem, type MicroValue } from './microdata';
import { blockText, normalizeSpace } from './text';

const MAX_ITEMS = 500;
const MAX_DEPTH = 12;

function tokens(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean);
}

function resolve(raw: string, base: string | null): string {
  const v = raw.trim();
  if (!v || !base) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return v;
  }
}

function valueOf(el: Element, base: string | null): string {
  const content = el.getAttribute('content');
  if (content !== null) return normalizeSpace(content);
  const tag = el.tagName.toUpperCase();
  for (const attr of ['href', 'src', 'resource']) {
    const v = el.getAttribute(attr);
    if (v !== null && (attr === 'resource' || tag === 'A' || tag === 'LINK' || tag === 'IMG' || tag === 'AREA' || tag === 'SOURCE')) {
      return resolve(v, base);
    }
  }
  if (tag === 'TIME' && el.hasAttribute('datetime')) return normalizeSpace(el.getAttribute('datetime') ?? '');
  return blockText(el, 5000);
}

function readResource(el: Element, base: string | null, depth: number, count: { n: number }): MicroItem {
  count.n++;
  const item: MicroItem = { type: tokens(el.getAttribute('typeof')).map(localName), properties: {} };
  const about = el.getAttribute('resource') ?? el.getAttribute('about');
  if (about) item.id = resolve(about, base);
  const walk = (parent: Element): void => {
    for (const child of Array.from(parent.children)) {
      const props = tokens(child.getAttribute('property')).filter((p) => !/^(?:og|fb|twitter|product|article):/i.test(p));
      const typed = child.hasAttribute('typeof');
      if (props.length > 0) {
        let value: MicroValue | null;
        if (typed) value = depth < MAX_DEPTH && count.n < MAX_ITEMS ? readResource(child, base, depth + 1, count) : null;
        else value = valueOf(child, base);
        if (value !== null) for (const p of props) (item.properties[localName(p)] ??= []).push(value);
      }
      // A nested typed resource owns the properties below it.
      if (!typed) walk(child);
    }
  };
  walk(el);
  return item;
}

function httpBase(root: Document | ParentNode, baseUrl?: string): string | null {
  const candidates = [baseUrl, (root as Node).ownerDocument?.baseURI, (root as Document).baseURI];
  for (const c of candidates) if (typeof c === 'string' && /^https?:\/\//i.test(c)) return c;
  return null;
}

/** Top-level RDFa Lite resources of a document or subtree. Never throws. */
export function readRdfa(root: Document | ParentNode | null | undefined, baseUrl?: string): MicroItem[] {
  if (!root || typeof (root as ParentNode).querySelectorAll !== 'function') return [];
  try {
    const base = httpBase(root, baseUrl);
    const count = { n: 0 };
    const out: MicroItem[] = [];
    for (const el of Array.from((root as ParentNode).querySelectorAll('[typeof]'))) {
      if (count.n >= MAX_ITEMS) break;
      // Values of a property belong to their parent resource, not to the top level.
      if (el.hasAttribute('property') && el.parentElement?.closest('[typeof]')) continue;
      out.push(readResource(el, base, 0, count));
    }
    return out;
  } catch {
    return [];
  }
}
