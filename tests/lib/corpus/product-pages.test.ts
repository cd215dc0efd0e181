// Real-page corpus (../shared/corpus, read in place). Prints the per-field accuracy tables.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFile } from '../../../lib/cli/load-page';
import { CORPUS, extractFile, hasCorpus, readJson, scorePage, type PageScore, type ProductPage } from './corpus';

if (!hasCorpus) console.warn(`[corpus] ${CORPUS} not found: real-page corpus suites skipped`);

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

describe.skipIf(!hasCorpus)('corpus: product-pages (Zyte product-extraction benchmark, 72 pages)', () => {
  const pages = hasCorpus ? readJson<ProductPage[]>(path.join(CORPUS, 'product-pages', 'index.json')) : [];
  const scores: PageScore[] = [];

  // One test per page keeps each well under the timeout on a busy shared machine; the last test checks the totals.
  it.each(pages.map((p) => [p.domain, p] as const))('%s', async (_domain, p) => {
    const file = path.join(CORPUS, 'product-pages', p.html_file);
    const html = readPageFile(file);
    scores.push(scorePage(p, await extractFile(file, p.url, html), html));
  });

  it('price ≥ 95% and brand ≥ 85% of pages that state them', () => {
    expect(scores.length, 'every page was scored').toBe(pages.length);
    const fields = ['price', 'amount', 'currency', 'brand'] as const;
    const rows = fields.map((f) => {
      const judged = scores.filter((s) => s[f] !== undefined);
      const ok = judged.filter((s) => s[f]).length;
      return { field: f === 'price' ? 'price (amount+currency)' : f, correct: ok, of: judged.length, accuracy: pct(ok, judged.length) };
    });
    // Of the correct prices, how many count only through the benchmark's '.'-grouping label convention (see
    // groupedLabelMatch in corpus.ts): shown separately so the table never hides them.
    const grouped = scores.filter((s) => s.price && s.labelGrouping).length;
    console.log('\nproduct-pages per-field accuracy (reference price F1: Zyte 0.918, Diffbot 0.824, extruct 0.685)');
    console.table([
      ...rows,
      { field: "price: benchmark label uses '.' grouping", correct: grouped, of: rows[0]!.of, accuracy: pct(grouped, rows[0]!.of) },
    ]);
    console.log(`price via the '.'-grouping label rule: ${scores.filter((s) => s.labelGrouping).map((s) => s.url.slice(0, 60)).join(', ') || 'none'}`);
    const misses = scores.filter((s) => s.price === false || s.brand === false);
    console.log('misses:\n' + misses.map((s) => `  ${s.price === false ? 'PRICE ' : ''}${s.brand === false ? 'BRAND ' : ''}${s.url.slice(0, 70)} → ${JSON.stringify(s.got)}`).join('\n'));
    const price = rows[0]!;
    const brand = rows[3]!;
    expect(price.correct / price.of).toBeGreaterThanOrEqual(0.95);
    expect(brand.correct / brand.of).toBeGreaterThanOrEqual(0.85);
  });
});

interface ParsyEntry { file: string; page: string; upstream_asserts: { products_count: number } }
// The parsy fixtures carry no URL; these are the pages they were saved from (named in expected.json's "page").
const PARSY_URLS: Record<string, string> = {
  'fixtures/ebay_de.html.gz': 'https://www.ebay.de/sch/i.html?_nkw=apple',
  'fixtures/amazon_de_search.html.gz': 'https://www.amazon.de/s?k=katzenfutter',
  'fixtures/amazon_bestseller_de.html.gz': 'https://www.amazon.de/gp/bestsellers/ce-de',
  'fixtures/amazon_com.html.gz': 'https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi',
};

describe.skipIf(!hasCorpus)('corpus: parsy search and best-seller pages', () => {
  const entries = hasCorpus ? readJson<ParsyEntry[]>(path.join(CORPUS, 'parsy', 'expected.json')) : [];
  for (const e of entries) {
    it(`${e.page}: ${e.upstream_asserts.products_count} cards (±5%)`, async () => {
      const url = PARSY_URLS[e.file];
      expect(url, `no URL for ${e.file}`).toBeDefined();
      const r = await extractFile(path.join(CORPUS, 'parsy', e.file), url!);
      const n = r.listings.length;
      const priced = r.listings.filter((l) => l.price).length;
      console.log(`[parsy] ${e.file}: ${n} cards (expected ${e.upstream_asserts.products_count}), ${priced} with a price`);
      expect(r.pageKind).toBe('search');
      expect(Math.abs(n - e.upstream_asserts.products_count)).toBeLessThanOrEqual(e.upstream_asserts.products_count * 0.05);
    });
  }
});

interface MetaEntry { file: string; url: string | null; expected_price: number | null }
describe.skipIf(!hasCorpus)('corpus: metascraper-shopping and metascraper-amazon', () => {
  it('price matches where the upstream states one; no price where it asserts none', async () => {
    const entries = readJson<MetaEntry[]>(path.join(CORPUS, 'metascraper-shopping', 'expected.json')).filter((e) => e.url);
    let stated = 0;
    let right = 0;
    const lines: string[] = [];
    for (const e of entries) {
      const r = await extractFile(path.join(CORPUS, 'metascraper-shopping', e.file), e.url!);
      const got = r.listings[0]?.price ?? null;
      if (e.expected_price !== null) {
        stated++;
        if (got && Math.abs(got.amount - e.expected_price) <= 0.01) right++;
      }
      lines.push(`  ${e.file}: expected ${e.expected_price ?? 'none'}, got ${got ? `${got.amount} ${got.currency}` : 'none'}`);
    }
    // metascraper-amazon has no expected values: report what we read (canonical URLs from the pages themselves).
    for (const [file, url] of [
      ['amazon-com_product-url.html.gz', 'https://www.amazon.com/Whole-Truth-Shaw-Book-ebook/dp/B0011UCPM4'],
      ['amazon-es_product-url.html.gz', 'https://www.amazon.es/Cecotec-Excellence-Aspirador-Programable-Limpieza/dp/B01MUGXRT9'],
    ] as const) {
      const r = await extractFile(path.join(CORPUS, 'metascraper-amazon', 'fixtures', file), url);
      const l = r.listings[0];
      lines.push(`  metascraper-amazon/${file}: ${r.pageKind}, "${l?.title.slice(0, 40)}", brand ${l?.brand}, price ${l?.price ? `${l.price.amount} ${l.price.currency}` : 'none'}`);
      expect(r.pageKind).toBe('product');
      expect(l?.title).toBeTruthy();
    }
    console.log(`[metascraper] price ${right}/${stated} (${pct(right, stated)})\n${lines.join('\n')}`);
    // Bar: 6 of the 7 stated prices, what extractListings achieves as of 2026-11-29. The open miss: etsy (es),
    // read by the etsy adapter, gives 53.11 EUR where upstream expects 48 (not yet investigated). Raise to 7 then.
    expect(right).toBeGreaterThanOrEqual(6);
  });
});
