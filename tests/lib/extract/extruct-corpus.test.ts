/**
 * The extruct samples (corpus extruct/samples): our JSON-LD, microdata and OpenGraph readers against the expected
 * parse stored beside each sample. Representation differences we normalise, and only these:
 * - Microdata: extruct writes one value as a scalar and several as a list, `type` as a string; we keep lists.
 *   Both sides are brought to extruct's scalar-or-list form.
 * - Microdata text values: extruct keeps paragraph breaks as "\n"; our reader collapses white space. Strings on both
 *   sides are compared with white space collapsed.
 * - Microdata URLs: extruct leaves `src`/`href` values relative; we resolve them against the document base as the
 *   HTML spec says (happy-dom's base is http://localhost:3000/). Expected `image` values are resolved the same way.
 * - OpenGraph: extruct reports only properties whose prefix is declared as a namespace (here og, product); we report
 *   every og-family property, so ours is filtered to the namespaces in the expected file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../lib/extract/jsonld';
import { readMicrodata, type MicroItem } from '../../../lib/extract/microdata';
import { readOpenGraph } from '../../../lib/extract/opengraph';
import { corpusFolder } from './corpus-path';

const corpus = corpusFolder('extruct');
const samples = path.join(corpus.dir, 'samples');
const tally = { jsonld: [0, 0], microdata: [0, 0], opengraph: [0, 0] } as Record<string, [number, number]>;

function parse(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

function collapse(v: unknown): unknown {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (Array.isArray(v)) return v.map(collapse);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, collapse(x)]));
  return v;
}

function resolveImages(v: unknown, base: string): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveImages(x, base));
  if (!v || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'image') out[k] = Array.isArray(x) ? x.map((u) => new URL(String(u).trim(), base).href) : new URL(String(x).trim(), base).href;
    else out[k] = resolveImages(x, base);
  }
  return out;
}

function extructShape(item: MicroItem): unknown {
  const properties: Record<string, unknown> = {};
  for (const [k, values] of Object.entries(item.properties)) {
    const vs = values.map((v) => (typeof v === 'string' ? v : extructShape(v)));
    properties[k] = vs.length === 1 ? vs[0] : vs;
  }
  const out: Record<string, unknown> = {};
  if (item.type.length > 0) out.type = item.type.length === 1 ? item.type[0] : item.type;
  if (item.id) out.id = item.id;
  out.properties = properties;
  return out;
}

function track(kind: string, fn: () => void): void {
  tally[kind]![1]++;
  fn();
  tally[kind]![0]++;
}

function filesWith(ext: string): string[] {
  if (!corpus.exists) return [];
  const out: string[] = [];
  for (const dir of readdirSync(samples)) {
    for (const f of readdirSync(path.join(samples, dir))) {
      if (f.endsWith(ext)) out.push(path.join(dir, f));
    }
  }
  return out.sort();
}

describe.skipIf(!corpus.exists)('corpus extruct', () => {
  afterAll(() => {
    const line = Object.entries(tally).map(([k, [ok, n]]) => `${k} ${ok}/${n}`).join(', ');
    console.log(`[extruct corpus] passed: ${line}`);
  });

  const jsonldCases = filesWith('.jsonld');
  it('has JSON-LD samples, including the broken ones', () => {
    expect(jsonldCases.filter((f) => f.startsWith('custom.invalid')).length).toBe(3);
  });
  it.each(jsonldCases)('JSON-LD %s', (rel) => {
    track('jsonld', () => {
      const html = path.join(samples, rel.replace(/\.jsonld$/, '.html'));
      const expected = JSON.parse(readFileSync(path.join(samples, rel), 'utf8')) as unknown;
      expect(readJsonLd(parse(html))).toEqual(expected);
    });
  });

  const jsonCases = filesWith('.json').filter((f) => !f.includes('opengraph'));
  it.each(jsonCases)('microdata %s', (rel) => {
    track('microdata', () => {
      const html = path.join(samples, rel.replace(/\.json$/, '.html'));
      const expected = JSON.parse(readFileSync(path.join(samples, rel), 'utf8')) as unknown;
      const doc = parse(html);
      const got = readMicrodata(doc).map(extructShape);
      expect(collapse(got)).toEqual(collapse(resolveImages(expected, doc.baseURI)));
    });
  });

  const ogCases = filesWith('.json').filter((f) => f.includes('opengraph'));
  it.each(ogCases)('OpenGraph %s', (rel) => {
    track('opengraph', () => {
      const html = path.join(samples, rel.replace(/\.json$/, '.html'));
      const expected = JSON.parse(readFileSync(path.join(samples, rel), 'utf8')) as Array<{
        namespace: Record<string, string>;
        properties: Array<[string, string]>;
      }>;
      const prefixes = Object.keys(expected[0]!.namespace);
      const got = readOpenGraph(parse(html)).filter(([k]) => prefixes.includes(k.split(':')[0]!));
      expect(got).toEqual(expected[0]!.properties);
    });
  });
});
