/**
 * The bundled brand data: one static JSON import per sector (static so it also runs under tsx for the CLI and is
 * bundled by Vite for the extension), validated with the zod schemas in ./schema when first loaded.
 * Contract: `loadBrandData()` never throws. A whole file that fails the schema falls back to its brands one by one;
 * a brand whose only faults are in optional facts (report URL, store lists) is kept without them, others are left
 * out; either way it is listed in `problems` (the data tests keep that list empty).
 */
import { z } from '../zod';
import { Brand, BrandFile, FxTable, MarketplaceInfo, ProductType, SECTORS } from './schema';
import autoParts from '../../assets/brands/auto-parts.json';
import cosmeticsFragrance from '../../assets/brands/cosmetics-fragrance.json';
import electronics from '../../assets/brands/electronics.json';
import footwearApparel from '../../assets/brands/footwear-apparel.json';
import homePersonal from '../../assets/brands/home-personal.json';
import jewelleryWatches from '../../assets/brands/jewellery-watches.json';
import luxuryFashion from '../../assets/brands/luxury-fashion.json';
import media from '../../assets/brands/media.json';
import sports from '../../assets/brands/sports.json';
import toysCollectibles from '../../assets/brands/toys-collectibles.json';
import productTypesJson from '../../assets/product-types.json';
import marketplacesJson from '../../assets/marketplaces.json';
import fxJson from '../../assets/fx-usd.json';

/** Raw sector files, keyed by sector id (the tests check each one against the schema). */
export const SECTOR_FILES: Readonly<Record<(typeof SECTORS)[number], unknown>> = {
  'luxury-fashion': luxuryFashion,
  'jewellery-watches': jewelleryWatches,
  'footwear-apparel': footwearApparel,
  electronics,
  'cosmetics-fragrance': cosmeticsFragrance,
  'toys-collectibles': toysCollectibles,
  media,
  sports,
  'auto-parts': autoParts,
  'home-personal': homePersonal,
};
export const RAW_PRODUCT_TYPES: unknown = productTypesJson;
export const RAW_MARKETPLACES: unknown = marketplacesJson;
export const RAW_FX: unknown = fxJson;

export interface BrandData {
  brands: Brand[];
  productTypes: ProductType[];
  marketplaces: MarketplaceInfo[];
  fx: FxTable;
  /** Entries left out because they failed the schema ("electronics: brands[3] (foo): …"). Empty for good data. */
  problems: string[];
}

const FALLBACK_FX: FxTable = { base: 'USD', asOf: '2025-05', source: 'none (bundled table failed to load)', perUsd: { USD: 1 } };

function issues(err: { issues?: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey>; message?: string }> }): string {
  return (err.issues ?? [])
    .slice(0, 3)
    .map((i) => `${(i.path ?? []).map(String).join('.')}: ${i.message ?? ''}`)
    .join('; ');
}

function listOf<T>(schema: z.ZodMiniType<T>, raw: unknown, label: string, problems: string[]): T[] {
  if (!Array.isArray(raw)) {
    problems.push(`${label}: not an array`);
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, i) => {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else problems.push(`${label}[${i}]: ${issues(r.error)}`);
  });
  return out;
}

// Optional facts a brand can lose and still be useful: a bad report URL should not drop Tiffany from the index.
// (`ambiguous` is not here: dropping it would make an ordinary word match as a brand.)
const DROPPABLE = new Set(['report', 'notes', 'officialStores', 'authorisedSellers', 'noAuthorisedSales']);

/** Parse one brand; on failure retry without the droppable fields that failed, noting what was dropped. */
function parseBrand(item: unknown, label: string, problems: string[]): Brand | null {
  const r = Brand.safeParse(item);
  if (r.success) return r.data;
  const keys = new Set(r.error.issues.map((i) => String(i.path?.[0] ?? '')));
  if (item && typeof item === 'object' && [...keys].every((k) => DROPPABLE.has(k))) {
    const copy: Record<string, unknown> = { ...(item as Record<string, unknown>) };
    for (const k of keys) delete copy[k];
    const again = Brand.safeParse(copy);
    if (again.success) {
      problems.push(`${label}: dropped ${[...keys].join(', ')} (${issues(r.error)})`);
      return again.data;
    }
  }
  problems.push(`${label}: left out (${issues(r.error)})`);
  return null;
}

let cached: BrandData | null = null;

/** Parse and validate the bundled data (once; later calls return the same object). */
export function loadBrandData(): BrandData {
  if (cached) return cached;
  const problems: string[] = [];
  const brands: Brand[] = [];
  for (const sector of SECTORS) {
    const raw = SECTOR_FILES[sector];
    const whole = BrandFile.safeParse(raw);
    if (whole.success) {
      brands.push(...whole.data.brands);
      continue;
    }
    const list = (raw as { brands?: unknown } | null)?.brands;
    problems.push(`${sector}: ${issues(whole.error)}`);
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      const b = parseBrand(item, `${sector}: brands[${i}]`, problems);
      if (b && b.sector === sector) brands.push(b);
    });
  }
  const productTypes = listOf(ProductType, RAW_PRODUCT_TYPES, 'product-types', problems);
  const marketplaces = listOf(MarketplaceInfo, RAW_MARKETPLACES, 'marketplaces', problems);
  const fxParsed = FxTable.safeParse(RAW_FX);
  if (!fxParsed.success) problems.push(`fx-usd: ${issues(fxParsed.error)}`);
  cached = { brands, productTypes, marketplaces, fx: fxParsed.success ? fxParsed.data : FALLBACK_FX, problems };
  return cached;
}

/**
 * Convert an amount to USD with the bundled (or a given) table. null when the currency is unknown or the amount is
 * not a finite number ≥ 0. The rates are approximate (see assets/fx-usd.json `note`): fit for comparing a price
 * against a conservative floor, not for accounting.
 */
export function toUsd(amount: number, currency: string, fx?: FxTable): number | null {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return null;
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (code === 'USD') return amount;
  const table = fx ?? loadBrandData().fx;
  const rate = table.perUsd[code];
  if (typeof rate !== 'number' || !(rate > 0)) return null;
  return amount / rate;
}

/** Buyer-protection and IP-report pages of a marketplace (amazon, ebay, aliexpress …). */
export function marketplaceInfo(id: string): MarketplaceInfo | undefined {
  return loadBrandData().marketplaces.find((m) => m.id === id);
}
