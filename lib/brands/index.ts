/**
 * Brand knowledge for the background: the bundled data and the brand index built from it.
 * Contract: `loadBrandIndex()` builds the index once per background start and returns the same object afterwards;
 * nothing here throws (bad bundled entries are left out, see `loadBrandData().problems`).
 */
import { buildBrandIndex, type BrandIndex } from './brand-index';
import { loadBrandData } from './data';

export { buildBrandIndex, cleanBrandField, editDistance } from './brand-index';
export type { BrandIndex, BrandMatch, MatchCounters, MatchInput } from './brand-index';
export { loadBrandData, marketplaceInfo, toUsd, SECTOR_FILES } from './data';
export type { BrandData } from './data';
export type { Brand, BrandFile, FxTable, MarketplaceInfo, PriceFloor, ProductType } from './schema';

let index: BrandIndex | null = null;

/** The index over the bundled data, built on first use and cached. */
export function loadBrandIndex(): BrandIndex {
  if (!index) {
    const { brands, productTypes } = loadBrandData();
    index = buildBrandIndex({ brands, productTypes });
  }
  return index;
}
