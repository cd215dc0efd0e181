/**
 * Structured-data prices on the metascraper-shopping pages (corpus metascraper-shopping, 2019–2022).
 * The upstream expected price is what metascraper's own rules found; where our structured reading differs, the page
 * was inspected and the difference is listed below with the reason. Amazon pages carry no structured product data
 * (the Amazon adapter reads them), so the structured reader must return no price there rather than a wrong one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, readPageFile } from '../../../lib/cli/load-page';
import type { ParsedPrice } from '../../../lib/extract/price';
import { readProductData } from '../../../lib/extract/structured';
import { corpusFolder } from './corpus-path';

interface Case {
  file: string;
  url: string;
  expected_price: number | null;
}

// Reviewed differences from upstream (page inspected 2026-11-29):
const OURS: Record<string, ParsedPrice | null> = {
  // JSON-LD AggregateOffer says 43.90 EUR (the visitor's currency on etsy.com/es); upstream took og 48,00 USD.
  'fixtures/etsy.html.gz': { amount: 43.9, currency: 'EUR' },
  // JSON-LD Offer and product:price:amount both say 111.99 USD, the price shown; upstream found none.
  'fixtures/wayfair.html.gz': { amount: 111.99, currency: 'USD' },
  'fixtures/amazon.html.gz': null,
  'fixtures/amazon-gorilla.html.gz': null,
};

const corpus = corpusFolder('metascraper-shopping');
describe.skipIf(!corpus.exists)('corpus metascraper-shopping: structured prices', () => {
  const cases: Case[] = corpus.exists ? (JSON.parse(readFileSync(path.join(corpus.dir, 'expected.json'), 'utf8')) as Case[]) : [];
  it.each(cases.map((c) => [c.file, c] as const))('%s', async (file, c) => {
    const loaded = loadPage(readPageFile(path.join(corpus.dir, file)), c.url);
    try {
      const price = readProductData(loaded.document, c.url)?.price ?? null;
      if (file in OURS) expect(price).toEqual(OURS[file]);
      else if (c.expected_price === null) expect(price).toBeNull();
      else expect(price).toEqual({ amount: c.expected_price, currency: 'USD' });
    } finally {
      await loaded.close();
    }
  });
});
