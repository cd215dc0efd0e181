/**
 * Real-world false-match check: titles of 72 real product pages from legitimate shops and 1154 real brand fields
 * (the shared corpus, see ../shared/corpus/README.md). None of them is a disguised or misspelled brand, so every
 * such match here is a false alarm the matcher would raise on an honest listing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadBrandIndex } from '../../../lib/brands/index';

const corpus = path.resolve(__dirname, '../../..', '../shared/corpus');
const exists = existsSync(path.join(corpus, 'product-pages/html')) && existsSync(path.join(corpus, 'zyte-parsers/brand_values.json'));
if (!exists) console.log(`brand corpus tests skipped: ${corpus} not found (a fresh clone has no ../shared/corpus)`);

describe.skipIf(!exists)('brand matcher on the real-page corpus', () => {
  const index = loadBrandIndex();

  it('raises no disguise or misspelling on honest shop titles', () => {
    const dir = path.join(corpus, 'product-pages/html');
    const titles: string[] = [];
    for (const f of readdirSync(dir)) {
      const html = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
      const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
      if (m) titles.push(m[1]!.replace(/\s+/g, ' ').trim());
    }
    expect(titles.length).toBeGreaterThan(50);
    const odd = titles.flatMap((title) =>
      index.match({ title }).filter((x) => x.how === 'disguised' || x.how === 'misspelled').map((x) => `${x.brand.id} ${x.how} "${x.matched}" in "${title}"`),
    );
    expect(odd).toEqual([]);
    // And it does recognise the brands these honest titles name.
    const named = titles.filter((title) => index.match({ title }).length > 0).length;
    expect(named).toBeGreaterThanOrEqual(8);
  });

  it('reads real brand fields as plain page brands', () => {
    const values = (JSON.parse(readFileSync(path.join(corpus, 'zyte-parsers/brand_values.json'), 'utf8')) as Array<{ value?: string }>)
      .map((v) => v.value)
      .filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
    expect(values.length).toBeGreaterThan(1000);
    const odd: string[] = [];
    let matched = 0;
    for (const value of values) {
      const r = index.match({ title: '', pageBrand: value });
      if (r.length) matched++;
      for (const x of r) if (x.how !== 'page-brand') odd.push(`${x.brand.id} ${x.how} "${value}"`);
    }
    expect(odd).toEqual([]);
    expect(matched).toBeGreaterThanOrEqual(100);
    const one = (v: string) => index.match({ title: '', pageBrand: v })[0]?.brand.id;
    expect(one('Brand: Nike')).toBe('nike');
    expect(one('Visit the Anker Store')).toBe('anker');
    expect(one('Marque : Nintendo')).toBe('nintendo');
  });
});
