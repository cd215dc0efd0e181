import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonLdText, readJsonLd, repairJson } from '../../../lib/extract/jsonld';

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${html}</head><body></body></html>`, 'text/html');
}
const ld = (json: string, type = 'application/ld+json') => `<script type="${type}">${json}</script>`;

describe('readJsonLd', () => {
  it('reads every block, flattening arrays and @graph', () => {
    const d = doc(
      ld('{"@type":"Organization","name":"Shop"}') +
        ld('[{"@type":"BreadcrumbList"},{"@type":"Product","name":"A"}]') +
        ld('{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Product","name":"B"}]}') +
        ld('null') +
        '<script type="application/json">{"@type":"Product","name":"not ld"}</script>',
    );
    const items = readJsonLd(d) as Array<Record<string, unknown>>;
    expect(items.map((i) => i['@type'])).toEqual(['Organization', 'BreadcrumbList', 'Product', 'WebPage', 'Product']);
  });
  it('keeps a @graph container that carries more than @context', () => {
    const items = readJsonLd(doc(ld('{"@id":"#site","name":"S","@graph":[{"@type":"Product"}]}')));
    expect(items).toHaveLength(2);
  });
  it('accepts the type attribute in any case and with parameters', () => {
    expect(readJsonLd(doc(ld('{"a":1}', 'Application/LD+JSON; charset=utf-8')))).toEqual([{ a: 1 }]);
  });
  it('returns [] for nothing or a bad root', () => {
    expect(readJsonLd(doc(''))).toEqual([]);
    expect(readJsonLd(null)).toEqual([]);
    expect(readJsonLd({} as Document)).toEqual([]);
  });
});

describe('tolerant JSON-LD parsing', () => {
  it.each([
    ['HTML comment wrapper', '<!-- {"a":1} -->', [{ a: 1 }]],
    ['CDATA wrapper', '//<![CDATA[\n{"a":1}\n//]]>', [{ a: 1 }]],
    ['line comments', '{"a":1, // note\n"b":2}', [{ a: 1, b: 2 }]],
    ['block comments', '{"a":/* x */1}', [{ a: 1 }]],
    ['comment-like text inside strings is kept', '{"u":"https://x.com/a//b","c":"/* no */"}', [{ u: 'https://x.com/a//b', c: '/* no */' }]],
    ['raw newline and tab inside a string', '{"d":"line 1\nline\t2"}', [{ d: 'line 1\nline\t2' }]],
    ['other control characters', '{"d":"a\u0001b"}', [{ d: 'a\u0001b' }]],
    ['trailing commas', '{"a":[1,2,],"b":{"c":3,},}', [{ a: [1, 2], b: { c: 3 } }]],
    ["JS-only escape \\'", '{"n":"Levi\\\'s"}', [{ n: "Levi's" }]],
    ['concatenated objects', '{"a":1}{"b":2}', [{ a: 1 }, { b: 2 }]],
    ['comma-separated objects', '{"a":1},\n{"b":2}', [{ a: 1 }, { b: 2 }]],
    ['BOM and white space', '\ufeff  {"a":1}  ', [{ a: 1 }]],
    ['unicode escapes', '{"\\u0040type":"Product"}', [{ '@type': 'Product' }]],
  ])('%s', (_name, text, expected) => {
    expect(parseJsonLdText(text)).toEqual(expected);
  });
  it.each(['', '   ', 'not json', '{', '{"a":', 'undefined'])('gives [] for %j', (text) => {
    expect(parseJsonLdText(text)).toEqual([]);
  });
  it('salvages the complete objects of a truncated block', () => {
    expect(parseJsonLdText('{"a":1} {"b":')).toEqual([{ a: 1 }]);
  });
  it('repairJson leaves valid JSON unchanged', () => {
    const s = '{"a":[1,{"b":"c, ]"}],"d":"\\"//"}';
    expect(repairJson(s)).toBe(s);
  });
});

describe('JSON-LD reader properties', () => {
  const fragments = fc.constantFrom(
    '{', '}', '[', ']', ',', ':', '"', '\\', '//', '/*', '*/', '<!--', '-->', '<![CDATA[', ']]>', '\n', '"@type"',
    '"Product"', '"@graph"', 'null', '1.5', 'true', ' ', '\u0000', '\u2028', "'", '</script>', '<script type="application/ld+json">',
  );
  const hostile = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fragments, { maxLength: 40 }).map((a) => a.join('')),
    fc.json().map((j) => j.slice(0, Math.max(0, j.length - 3))),
  );
  it('parseJsonLdText never throws and returns an array', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        expect(Array.isArray(parseJsonLdText(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
  it('readJsonLd never throws on arbitrary HTML-ish pages', () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 4 }), (blocks) => {
        const d = doc(blocks.map((b) => ld(b)).join(''));
        expect(Array.isArray(readJsonLd(d))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('round-trips any JSON object', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        expect(parseJsonLdText(JSON.stringify(obj))).toEqual([JSON.parse(JSON.stringify(obj))]);
      }),
      { numRuns: 300 },
    );
  });
});
