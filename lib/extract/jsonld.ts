/**
 * JSON-LD reader: every `<script type="application/ld+json">` block of a page, parsed tolerantly and flattened.
 *
 * Contract: `readJsonLd(root)` returns the parsed top-level items in document order: a top-level array contributes
 * its elements, `@graph` contributes its nodes (and the container itself when it carries more than `@context`),
 * `null` and unparseable blocks contribute nothing. Never throws.
 *
 * Tolerance (what real shops ship, see corpus extruct/samples/custom.invalid): HTML comment and CDATA wrappers,
 * JS `//` and `/* *\/` comments, raw control characters inside strings, invalid escapes (`\'`), trailing commas,
 * several objects concatenated in one block (`{…}{…}` or `{…},{…}`).
 */

// Why 2 MB: the largest JSON-LD block in the product-pages corpus is well under 200 kB; a cap keeps a hostile page
// from making the content script parse megabytes.
const MAX_BLOCK = 2_000_000;
const MAX_BLOCKS = 50;

/** Remove `<!-- -->` / `<![CDATA[ ]]>` wrappers (and the `//` that JS-style CDATA guards put before them). */
function stripWrappers(text: string): string {
  let s = text.trim();
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s
      .replace(/^(?:\/\/\s*)?(?:<!--|<!\[CDATA\[)\s*/, '')
      .replace(/\s*(?:\/\/\s*)?(?:-->|\]\]>)$/, '')
      .trim();
    if (s === before) break;
  }
  return s;
}

/**
 * Rewrite almost-JSON into JSON: drop comments outside strings, escape control characters inside strings,
 * repair invalid escapes, drop trailing commas.
 */
export function repairJson(text: string): string {
  const out: string[] = [];
  let inString = false;
  const n = text.length;
  const dropTrailingComma = () => {
    let j = out.length - 1;
    while (j >= 0 && /^\s$/.test(out[j] ?? '')) j--;
    if (j >= 0 && out[j] === ',') out.splice(j, 1);
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        const next = text[i + 1];
        if (next === undefined) break;
        if ('"\\/bfnrt'.includes(next)) {
          out.push(ch, next);
          i++;
        } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out.push(text.slice(i, i + 6));
          i += 5;
        } else {
          // "\'" and other JS-only escapes: keep the character, drop the backslash.
          i++;
          out.push(escapeControl(next));
        }
        continue;
      }
      if (ch === '"') {
        inString = false;
        out.push(ch);
        continue;
      }
      out.push(escapeControl(ch));
      continue;
    }
    if (ch === '"') {
      inString = true;
      out.push(ch);
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol - 1;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (ch === '}' || ch === ']') dropTrailingComma();
    out.push(ch);
  }
  return out.join('');
}

function escapeControl(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x20) return ch;
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Split a text of concatenated top-level JSON values ("{…}{…}", "{…},{…}") into their sources. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0 && start >= 0) {
        parts.push(text.slice(start, i + 1));
        start = -1;
      }
      if (depth < 0) depth = 0;
    }
  }
  return parts;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Parse the text of one JSON-LD block. Returns the list of top-level values it holds (one for a normal block,
 * several for concatenated objects, none when nothing parses). Never throws.
 */
export function parseJsonLdText(raw: unknown): unknown[] {
  if (typeof raw !== 'string') return [];
  const text = stripWrappers(raw.length > MAX_BLOCK ? raw.slice(0, MAX_BLOCK) : raw);
  if (!text) return [];
  const direct = tryParse(text);
  if (direct.ok) return [direct.value];
  let repaired: string;
  try {
    repaired = repairJson(text);
  } catch {
    return [];
  }
  const fixed = tryParse(repaired);
  if (fixed.ok) return [fixed.value];
  const values: unknown[] = [];
  for (const part of splitTopLevel(repaired)) {
    const p = tryParse(part);
    if (p.ok) values.push(p.value);
  }
  return values;
}

/** Flatten parsed values: arrays spread, `@graph` nodes lifted, nulls and scalars dropped. */
export function flattenJsonLd(values: unknown[], depth = 0): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      if (depth < 4) out.push(...flattenJsonLd(v, depth + 1));
      continue;
    }
    const obj = v as Record<string, unknown>;
    const graph = obj['@graph'];
    if (graph !== undefined) {
      const rest = Object.keys(obj).filter((k) => k !== '@graph' && k !== '@context');
      if (rest.length > 0) out.push(obj);
      if (depth < 4) out.push(...flattenJsonLd(Array.isArray(graph) ? graph : [graph], depth + 1));
      continue;
    }
    out.push(obj);
  }
  return out;
}

/** All JSON-LD items of a document (or subtree), parsed tolerantly and flattened. Never throws. */
export function readJsonLd(root: Document | ParentNode | null | undefined): unknown[] {
  if (!root || typeof (root as ParentNode).querySelectorAll !== 'function') return [];
  try {
    const scripts = Array.from((root as ParentNode).querySelectorAll('script[type]'))
      .filter((s) => /^\s*application\/ld\+json\s*(?:;.*)?$/i.test(s.getAttribute('type') ?? ''))
      .slice(0, MAX_BLOCKS);
    const out: unknown[] = [];
    for (const script of scripts) out.push(...flattenJsonLd(parseJsonLdText(script.textContent ?? '')));
    return out;
  } catch {
    return [];
  }
}
