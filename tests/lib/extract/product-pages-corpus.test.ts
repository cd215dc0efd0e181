/**
 * Structured-data readers against the 72 real product pages (corpus product-pages, Zyte benchmark, captured
 * 2021-02-03). Measures, per field, how often `readProductData` finds a value and how often that value is one of the
 * acceptable ones, prints a one-line summary, and fails on regressions below the measured floors.
 * Prices compare as numbers (±0.005); currency compares our ISO code with the printed symbol mapped through
 * `currencyFromText` with the page's domain (an ambiguous symbol such as "$" accepts any currency it can stand
 * for); brand compares case- and space-insensitively.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPage, readPageFile } from '../../../lib/cli/load-page';
import { describe, expect, it } from 'vitest';
import { ambiguousFamily, currencyFromText, CURRENCY_TOKENS, isAmbiguous } from '../../../lib/extract/currency';
import { readProductData, type ProductData } from '../../../lib/extract/structured';
import { corpusFolder } from './corpus-path';

interface Page {
  id: string;
  html_file: string;
  url: string;
  domain: string;
  expected: Partial<Record<'price' | 'currency' | 'brand' | 'sku' | 'gtin' | 'mpn' | 'availability', string[]>>;
}

const corpus = corpusFolder('product-pages');

// Reviewed by hand: the benchmark's value is wrong or a different price than the structured data states.
// - paris.cl prints "$24.990" (24 990 Chilean pesos, no decimals); the benchmark wrote "24.99".
// - olx.com.pk prints "Rs 23,450" and its JSON-LD says 23450 PKR; the benchmark wrote "23.450".
// - liveauctioneers.com: JSON-LD price is the starting bid (150), OpenGraph the current one (200); JSON-LD wins.
const KNOWN_PRICE_DISAGREEMENTS = ['www.paris.cl:', 'www.olx.com.pk:', 'www.liveauctioneers.com:'];
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

type Tally = { expected: number; found: number; correct: number; wrong: string[] };
const fields = ['price', 'currency', 'brand', 'sku', 'gtin', 'availability'] as const;

function check(field: (typeof fields)[number], page: Page, got: ProductData | null, t: Tally): void {
  const want = page.expected[field];
  if (!want || want.length === 0) return;
  t.expected++;
  let value: string | undefined;
  let ok = false;
  switch (field) {
    case 'price':
      if (got?.price) {
        value = String(got.price.amount);
        ok = want.some((w) => Math.abs(Number(w) - got.price!.amount) < 0.005);
      }
      break;
    case 'currency': {
      const code = got?.price?.currency ?? got?.currencyCode ?? undefined;
      if (code) {
        value = code;
        // The expected value is the printed symbol: "$" on a Canadian or Taiwanese shop is right as CAD / TWD.
        ok = want.some((w) => {
          const token = CURRENCY_TOKENS[w.trim().toLowerCase()];
          if (token && isAmbiguous(token)) return ambiguousFamily(token).has(code);
          return currencyFromText(w, page.domain) === code || w.toUpperCase() === code;
        });
      }
      break;
    }
    case 'brand':
      value = got?.brand;
      ok = !!value && want.some((w) => norm(w) === norm(value!));
      break;
    default:
      value = got?.[field];
      ok = !!value && want.some((w) => norm(w) === norm(value!));
  }
  if (value === undefined) return;
  t.found++;
  if (ok) t.correct++;
  else t.wrong.push(`${page.domain}: ${field} got ${JSON.stringify(value)} want ${JSON.stringify(want)}`);
}

describe.skipIf(!corpus.exists)('corpus product-pages: readProductData', () => {
  const pages: Page[] = corpus.exists ? (JSON.parse(readFileSync(path.join(corpus.dir, 'index.json'), 'utf8')) as Page[]) : [];
  const tally = Object.fromEntries(fields.map((f) => [f, { expected: 0, found: 0, correct: 0, wrong: [] as string[] }])) as Record<
    (typeof fields)[number],
    Tally
  >;

  // One test per page keeps each well under the timeout on a busy machine; the last test checks the totals.
  it.each(pages.map((p) => [p.domain, p] as const))('%s', async (_domain, page) => {
    const loaded = loadPage(readPageFile(path.join(corpus.dir, page.html_file)), page.url);
    try {
      const got = readProductData(loaded.document, page.url);
      for (const f of fields) check(f, page, got, tally[f]);
    } finally {
      await loaded.close();
    }
  });

  it('meets the measured floors', () => {
    const line = fields.map((f) => `${f} ${tally[f].correct}/${tally[f].found} right of ${tally[f].expected}`).join('; ');
    console.log(`[product-pages corpus] ${pages.length} pages — ${line}`);
    for (const f of fields) for (const w of tally[f].wrong) console.log(`  wrong ${w}`);
    expect(pages.length).toBe(72);
    // Floors measured 2026-11-29 (price 45/48, currency 41/41 since BYN and the old rouble code RUR are read,
    // brand 25/28, availability 40/42): fail on regression.
    expect(tally.price.correct).toBeGreaterThanOrEqual(45);
    expect(tally.currency.correct).toBe(tally.currency.found);
    expect(tally.currency.correct).toBeGreaterThanOrEqual(41);
    expect(tally.brand.correct).toBeGreaterThanOrEqual(25);
    expect(tally.availability.correct).toBeGreaterThanOrEqual(40);
    // Every price we get wrong must be one of the reviewed disagreements.
    for (const w of tally.price.wrong) expect(KNOWN_PRICE_DISAGREEMENTS.some((d) => w.startsWith(d)), w).toBe(true);
  });
});
