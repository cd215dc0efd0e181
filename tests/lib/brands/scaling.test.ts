/**
 * Matching cost must not grow with the number of brands (issue 4). Checked with operation counts (hash probes and
 * entries verified, counted by the index), not a clock, so it cannot be flaky. The benchmark
 * (tests/bench/brand-matcher.ts) prints the wall-clock numbers.
 */
import { describe, expect, it } from 'vitest';
import { buildBrandIndex, loadBrandData } from '../../../lib/brands/index';
import { realisticTitles, syntheticBrands } from './workload';

describe('matcher scaling', () => {
  const { brands, productTypes } = loadBrandData();
  const titles = realisticTitles(brands, 2000);
  const taken = new Set(brands.flatMap((b) => [b.name, ...(b.native ?? []).map((n) => n.name)]).map((n) => n.toLowerCase().replace(/\s+/g, '')));
  const big = [...brands, ...syntheticBrands(brands.length * 9, taken, productTypes.map((t) => t.id))];

  function ops(list: typeof brands): { perTitle: number; matched: number } {
    const index = buildBrandIndex({ brands: list, productTypes });
    index.resetCounters();
    let matched = 0;
    for (const title of titles) if (index.match({ title }).length) matched++;
    return { perTitle: (index.counters.lookups + index.counters.candidates) / titles.length, matched };
  }

  it('does about the same work per title with 10× the brands', () => {
    const small = ops(brands);
    const large = ops(big);
    console.log(`brand matcher ops/title: ${small.perTitle.toFixed(1)} with ${brands.length} brands, ` +
      `${large.perTitle.toFixed(1)} with ${big.length} (ratio ${(large.perTitle / small.perTitle).toFixed(2)})`);
    expect(big.length).toBeGreaterThanOrEqual(brands.length * 10);
    expect(small.perTitle).toBeGreaterThan(0);
    expect(large.perTitle / small.perTitle).toBeLessThanOrEqual(1.5);
    // The synthetic names are invented, so the real titles should match (almost) the same way; a big change means
    // look-alike or near-miss matching reads ordinary title words as brand names.
    expect(Math.abs(large.matched - small.matched)).toBeLessThanOrEqual(titles.length * 0.005);
  }, 120_000);
});
