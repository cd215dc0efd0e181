/**
 * Brand matcher benchmark (issue 4): prints numbers, asserts nothing about time.
 *   node --expose-gc --import tsx tests/bench/brand-matcher.ts      (or: npx tsx tests/bench/brand-matcher.ts)
 * Matches 10,000 deterministic titles (real names, aliases, misspellings, disguises, Chinese titles, accessory
 * titles, no-brand titles) against the bundled data and against the same data plus 9× as many synthetic brands,
 * and prints titles/second for both, their ratio (issue 4 asks ≤ 1.5), index build time and heap growth.
 * The clock-free version of the ratio check is tests/lib/brands/scaling.test.ts.
 */
import type { BrandIndex } from '../../lib/brands/index';
import { realisticTitles, syntheticBrands } from '../lib/brands/workload';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const h0 = heap();
let t = performance.now();
// Imported here, not at the top, so the JSON parse of the bundled files counts in the load time and heap.
const { buildBrandIndex, loadBrandData } = await import('../../lib/brands/index');
const importMs = performance.now() - t;
t = performance.now();
const data = loadBrandData();
const loadMs = performance.now() - t;
const loadHeap = heap() - h0;
const { brands, productTypes } = data;

function build(list: typeof brands): { index: BrandIndex; ms: number; heap: number } {
  const before = heap();
  const start = performance.now();
  const index = buildBrandIndex({ brands: list, productTypes });
  const ms = performance.now() - start;
  return { index, ms, heap: heap() - before };
}

function run(index: BrandIndex, titles: readonly string[]): { perSec: number; matched: number; opsPerTitle: number } {
  for (const title of titles.slice(0, 500)) index.match({ title }); // warm up the JIT
  index.resetCounters();
  let matched = 0;
  const start = performance.now();
  for (const title of titles) if (index.match({ title }).length) matched++;
  const ms = performance.now() - start;
  const c = index.counters;
  return { perSec: (titles.length / ms) * 1000, matched, opsPerTitle: (c.lookups + c.candidates) / titles.length };
}

const titles = realisticTitles(brands, 10_000);
const taken = new Set(brands.flatMap((b) => [b.name, ...(b.native ?? []).map((n) => n.name)]).map((n) => n.toLowerCase().replace(/\s+/g, '')));
const big = [...brands, ...syntheticBrands(brands.length * 9, taken, productTypes.map((p) => p.id))];

const real = build(brands);
const large = build(big);
// Best of three runs each, interleaved, to damp noise from other processes on a shared machine.
const rReal: ReturnType<typeof run>[] = [];
const rLarge: ReturnType<typeof run>[] = [];
for (let i = 0; i < 3; i++) {
  rReal.push(run(real.index, titles));
  rLarge.push(run(large.index, titles));
}
const best = (rs: ReturnType<typeof run>[]) => rs.reduce((a, b) => (b.perSec > a.perSec ? b : a));
const a = best(rReal);
const b = best(rLarge);
t = performance.now();
const ptN = titles.length;
for (const title of titles) real.index.productType(title);
const ptPerSec = (ptN / (performance.now() - t)) * 1000;

console.log(`brand data: ${brands.length} brands, ${productTypes.length} product types; import ${importMs.toFixed(0)} ms (JSON parse, and tsx transpiling the modules), zod validation ${loadMs.toFixed(0)} ms, heap +${mb(loadHeap)}`);
console.log(`index build: ${real.ms.toFixed(0)} ms, heap +${mb(real.heap)} (real data); ${large.ms.toFixed(0)} ms, heap +${mb(large.heap)} (${big.length} brands)`);
console.log(`match, ${titles.length} titles: ${a.perSec.toFixed(0)} titles/s with ${brands.length} brands (${a.matched} matched, ${a.opsPerTitle.toFixed(1)} probes/title)`);
console.log(`match, ${titles.length} titles: ${b.perSec.toFixed(0)} titles/s with ${big.length} brands (${b.matched} matched, ${b.opsPerTitle.toFixed(1)} probes/title)`);
console.log(`slowdown with 10× brands: ${(a.perSec / b.perSec).toFixed(2)}× time per title (issue 4 target ≤ 1.5); probes ratio ${(b.opsPerTitle / a.opsPerTitle).toFixed(2)}`);
console.log(`productType only: ${ptPerSec.toFixed(0)} titles/s`);
