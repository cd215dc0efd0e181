/**
 * OpenGraph reader: `<meta property="og:…">` and the product namespaces shops use for link previews and
 * catalogs (`product:price:amount`, `product:price:currency`, `og:price:amount`, `product:brand`, …).
 *
 * Contract: `readOpenGraph(root)` returns [property, content] pairs in document order (repeated properties, e.g.
 * several og:image, are all kept); property names are lower-cased. Never throws.
 */
import { normalizeSpace } from './text';

// Why `name` too: some shops write <meta name="og:title">; why these prefixes: the OpenGraph core (og), the
// object types shops use (product, article, book, profile, music, video) and Facebook's (fb).
const OG_PREFIX = /^(?:og|product|article|book|profile|music|video|fb):/;
const MAX_META = 2000;

export function readOpenGraph(root: Document | ParentNode | null | undefined): Array<[string, string]> {
  if (!root || typeof (root as ParentNode).querySelectorAll !== 'function') return [];
  try {
    const out: Array<[string, string]> = [];
    const metas = Array.from((root as ParentNode).querySelectorAll('meta[property], meta[name]')).slice(0, MAX_META);
    for (const meta of metas) {
      const key = (meta.getAttribute('property') || meta.getAttribute('name') || '').trim().toLowerCase();
      if (!OG_PREFIX.test(key)) continue;
      const content = meta.getAttribute('content');
      if (content === null) continue;
      out.push([key, normalizeSpace(content)]);
    }
    return out;
  } catch {
    return [];
  }
}

/** First value of each property (a convenience view of `readOpenGraph`). */
export function openGraphMap(pairs: Array<[string, string]>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [k, v] of pairs) if (v && !map.has(k)) map.set(k, v);
  return map;
}
