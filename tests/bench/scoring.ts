/**
 * Scoring throughput benchmark (not a test: prints numbers, asserts nothing about time).
 *   npx tsx tests/bench/scoring.ts [N]
 * Scores N listings (default 50,000: the labelled set repeated, with varied titles, prices and sellers so no two
 * inputs are identical) against the full bundled brand data on one core, and prints listings/second.
 * Index build time is printed separately: the background builds it once per start.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBrandIndex, toUsd } from '../../lib/brands/index';
import type { Listing } from '../../lib/schema/listing';
import { scoreListing } from '../../lib/scoring/score-listing';

const here = path.dirname(fileURLToPath(import.meta.url));
const labelledDir = path.join(here, '..', 'labelled');
const base: Listing[] = readdirSync(labelledDir)
  .filter((f) => f.endsWith('.json') && f !== 'reported-sellers.json')
  .flatMap((f) => (JSON.parse(readFileSync(path.join(labelledDir, f), 'utf8')) as { listing: Listing }[]).map((c) => c.listing));

const N = Number(process.argv[2] ?? 50_000);
const listings: Listing[] = [];
for (let i = 0; listings.length < N; i++) {
  const l = base[i % base.length]!;
  const k = Math.floor(i / base.length);
  listings.push({
    ...l,
    title: k === 0 ? l.title : `${l.title} ${k % 7 === 0 ? 'new' : `#${k}`}`,
    price: l.price ? { ...l.price, amount: l.price.amount * (1 + (k % 13) / 100) } : null,
    seller: l.seller ? { ...l.seller, name: k % 3 === 0 ? `${l.seller.name} ${k}` : l.seller.name } : null,
  });
}

let t0 = performance.now();
const index = loadBrandIndex();
const buildMs = performance.now() - t0;
const ctx = { index, toUsd, now: new Date('2026-11-01T00:00:00Z') };

// Warm up the JIT on the first 2,000, then time everything. CPU time (process.cpuUsage) is printed beside wall time:
// on a shared machine wall time includes waiting for a core, CPU time is what one core actually spent.
for (let i = 0; i < Math.min(2000, listings.length); i++) scoreListing(listings[i]!, ctx);

function measure(name: string, fn: (l: Listing) => unknown): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const l of listings) fn(l);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1000;
  const perSec = Math.round((listings.length / cpu) * 1000);
  console.log(
    `${name}: ${listings.length} listings, wall ${wall.toFixed(0)} ms, cpu ${cpu.toFixed(0)} ms → ` +
      `${perSec.toLocaleString('en-US')} listings/second on one core (wall-clock: ${Math.round((listings.length / wall) * 1000).toLocaleString('en-US')}/s)`,
  );
  return perSec;
}

console.log(`brand index: ${index.brands.length} brands, built in ${buildMs.toFixed(0)} ms`);
const levels: Record<string, number> = {};
measure('scoreListing (full engine)', (l) => {
  const v = scoreListing(l, ctx);
  levels[v.level] = (levels[v.level] ?? 0) + 1;
});
// The same run split in two: the brand matcher alone, and the engine with the matcher's answers cached.
measure('  of which brand matching', (l) => {
  index.match({ title: l.title, pageBrand: l.brand, sellerName: l.seller?.name ?? null });
  index.productType(l.title);
});
const matches = new Map<Listing, ReturnType<typeof index.match>>();
const types = new Map<string, string | null>();
for (const l of listings) {
  matches.set(l, index.match({ title: l.title, pageBrand: l.brand, sellerName: l.seller?.name ?? null }));
  types.set(l.title, index.productType(l.title));
}
let current: Listing | null = null;
const cachedIndex = {
  match: () => (current ? (matches.get(current) ?? []) : []),
  productType: (t: string) => types.get(t) ?? null,
};
const cachedCtx = { ...ctx, index: cachedIndex };
measure('  signals + combine (matcher cached)', (l) => {
  current = l;
  scoreListing(l, cachedCtx);
});
console.log(`levels: ${JSON.stringify(levels)}`);
