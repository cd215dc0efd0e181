/**
 * Extraction time per card on the real-page corpus search pages (parsy: eBay.de search, Amazon.de search, Amazon.de
 * and Amazon.com best-seller lists; expected.json holds the upstream card counts).
 *   npx tsx tests/bench/extraction.ts [--runs N]
 * Each page is parsed once with happy-dom (lib/cli/load-page.ts; parsing is not timed), then `extractListings` runs
 * N times (after one warm-up); the median CPU time (process.cpuUsage; wall time printed beside it) is divided by
 * the number of listings read. happy-dom's selector engine
 * is much slower than a browser's, so these numbers are an upper bound for what the content script spends.
 * Skips with a message when the corpus folder is absent (a fresh clone has no ../shared/corpus).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPage, readPageFile } from '../../lib/cli/load-page';
import { extractListings } from '../../lib/extract-listings';
import { ROOT } from '../e2e/paths';
import { median } from './stats';

export const PARSY = path.resolve(ROOT, '../shared/corpus/parsy');

// The pages' URLs are not in the corpus; these are the shop URLs the saved pages came from (the same mapping as
// tests/lib/corpus/product-pages.test.ts).
const URLS: Record<string, string> = {
  'fixtures/ebay_de.html.gz': 'https://www.ebay.de/sch/i.html?_nkw=apple',
  'fixtures/amazon_de_search.html.gz': 'https://www.amazon.de/s?k=katzenfutter',
  'fixtures/amazon_bestseller_de.html.gz': 'https://www.amazon.de/gp/bestsellers/ce-de',
  'fixtures/amazon_com.html.gz': 'https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi',
};

export interface ExtractionRow {
  page: string;
  site: string;
  expected: number;
  cards: number;
  /** Median wall-clock ms per extractListings call, and median CPU ms of this process (immune to waiting for a core). */
  medianMs: number;
  medianCpuMs: number;
  /** Per card, from the CPU time. */
  usPerCard: number;
}

/** Per page timing, or null when the corpus is absent. */
export async function measureExtraction(runs = 9): Promise<ExtractionRow[] | null> {
  const expectedFile = path.join(PARSY, 'expected.json');
  if (!existsSync(expectedFile)) return null;
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { file: string; upstream_asserts: { products_count: number } }[];
  const rows: ExtractionRow[] = [];
  for (const e of expected) {
    const url = URLS[e.file];
    if (!url) continue;
    const page = loadPage(readPageFile(path.join(PARSY, e.file)), url);
    try {
      const first = extractListings(page.document, url); // warm-up, and the card count
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        const c = process.cpuUsage();
        const t = performance.now();
        extractListings(page.document, url);
        times.push(performance.now() - t);
        const d = process.cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
      }
      const ms = median(times);
      const cpuMs = median(cpu);
      const n = first.listings.length;
      rows.push({
        page: path.basename(e.file, '.html.gz'),
        site: first.site,
        expected: e.upstream_asserts.products_count,
        cards: n,
        medianMs: ms,
        medianCpuMs: cpuMs,
        usPerCard: n ? (cpuMs * 1000) / n : Number.NaN,
      });
    } finally {
      await page.close();
    }
  }
  return rows;
}

export function formatExtraction(rows: ExtractionRow[]): string[] {
  return [
    `${'page'.padEnd(22)} ${'cards (expected)'.padEnd(17)} ${'cpu'.padStart(9)} ${'wall'.padStart(9)}  per card (cpu)`,
    ...rows.map(
      (r) =>
        `${r.page.padEnd(22)} ${`${r.cards} (${r.expected})`.padEnd(17)} ${`${r.medianCpuMs.toFixed(1)} ms`.padStart(9)} ${`${r.medianMs.toFixed(1)} ms`.padStart(9)}  ${r.usPerCard.toFixed(0)} µs`,
    ),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--runs');
  const rows = await measureExtraction(i >= 0 ? Number(process.argv[i + 1]) : undefined);
  if (!rows) console.log(`corpus not found at ${PARSY}: extraction benchmark skipped`);
  else for (const line of formatExtraction(rows)) console.log(line);
}
