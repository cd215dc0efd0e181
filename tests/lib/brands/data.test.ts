/**
 * The bundled brand data is tested like code: schema-valid, sorted, no duplicate ids or names, every fact dated and
 * sourced, every URL well formed. Counts checks say how far the data is from issue 4's targets.
 */
import { describe, expect, it } from 'vitest';
import { Brand, BrandFile, FxTable, MarketplaceInfo, ProductType, SECTORS } from '../../../lib/brands/schema';
import { RAW_FX, RAW_MARKETPLACES, RAW_PRODUCT_TYPES, SECTOR_FILES, loadBrandData } from '../../../lib/brands/data';
import { fold, tokenize, hasCjk } from '../../../lib/brands/normalize';
import { KNOWN_CURRENCIES } from '../../../lib/extract/currency';
import { SITE_IDS } from '../../../lib/sites';
import { COMMON_WORDS, FUNCTION_WORDS } from '../../../lib/brands/word-lists';

const PRODUCT_TYPE_IDS = [
  'bag', 'wallet', 'belt', 'sneakers', 'shoes', 'boots', 'sandals', 'clothing', 'jacket', 'jersey', 'sunglasses', 'scarf',
  'hat', 'watch', 'smartwatch', 'ring', 'necklace', 'bracelet', 'earrings', 'jewellery', 'earbuds', 'headphones',
  'speaker', 'smartphone', 'tablet', 'laptop', 'charger', 'power-bank', 'cable', 'memory-card', 'usb-drive', 'ssd',
  'game-console', 'game-controller', 'video-game', 'perfume', 'lipstick', 'eye-makeup', 'face-makeup',
  'makeup-palette', 'skincare', 'hair-tool', 'shaver', 'building-set', 'trading-cards', 'figure', 'plush', 'doll',
  'dvd-boxset', 'golf-club', 'golf-ball', 'racket', 'ball', 'car-part', 'brake-pads', 'spark-plug', 'oil-filter',
  'wiper-blade', 'pen', 'lighter', 'phone-case', 'toothbrush-head', 'ink-cartridge', 'battery',
];

const today = new Date().toISOString().slice(0, 10);
/** "2025-06" → "2025-06-01" so it compares as a date. */
const asDate = (asOf: string) => (asOf.length === 7 ? `${asOf}-01` : asOf);

/** Raw ids per file (for the order and uniqueness checks, even when a brand fails the schema). */
const rawIds = (sector: (typeof SECTORS)[number]): string[] => {
  const list = (SECTOR_FILES[sector] as { brands?: unknown } | null)?.brands;
  return Array.isArray(list) ? list.map((b) => String((b as { id?: unknown })?.id)) : [];
};
/** Schema-valid brands (the loader leaves invalid ones out; the schema test below names them). */
const brands: Brand[] = loadBrandData().brands;
const productTypes: ProductType[] = (RAW_PRODUCT_TYPES as ProductType[]) ?? [];

/** The key the matcher compares names by: folded, separators removed. */
function nameKey(s: string): string {
  const f = fold(s).text.trim();
  if (hasCjk(f)) return f.replace(/\s+/g, '');
  return tokenize(f).map((t) => t.plain).join('');
}

function httpsOk(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.includes('.') && !u.username && !u.password && !/\s/.test(url);
  } catch {
    return false;
  }
}

describe('brand data files', () => {
  it.each(SECTORS.map((s) => [s]))('%s is schema-valid and holds only its own sector', (sector) => {
    const r = BrandFile.safeParse(SECTOR_FILES[sector]);
    if (!r.success) throw new Error(`${sector}: ${JSON.stringify(r.error.issues.slice(0, 5))}`);
    expect(r.data.sector).toBe(sector);
    for (const b of r.data.brands) expect(b.sector, b.id).toBe(sector);
  });

  it('loads with no problems', () => {
    expect(loadBrandData().problems).toEqual([]);
  });

  it.each(SECTORS.map((s) => [s]))('%s is sorted by id', (sector) => {
    const ids = rawIds(sector);
    expect(ids).toEqual([...ids].sort());
  });

  it('has unique brand ids across files', () => {
    const seen = new Map<string, number>();
    for (const id of SECTORS.flatMap(rawIds)) seen.set(id, (seen.get(id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });

  it('never gives the same name, alias, misspelling or native name to two brands (case and accents folded)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const b of brands) {
      const names = new Set(
        [b.name, ...(b.aliases ?? []), ...(b.misspellings ?? []), ...(b.native ?? []).map((n) => n.name)].map(nameKey),
      );
      for (const k of names) {
        if (!k) continue;
        const o = owner.get(k);
        if (o && o !== b.id) clashes.push(`"${k}": ${o} and ${b.id}`);
        else owner.set(k, b.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('dates and sources every fact, never in the future', () => {
    const bad: string[] = [];
    for (const b of brands) {
      for (const p of b.products) {
        if (!p.source.trim()) bad.push(`${b.id}/${p.type}: no source`);
        if (asDate(p.asOf) > today) bad.push(`${b.id}/${p.type}: asOf ${p.asOf} is in the future`);
        if (p.floorUsd === undefined && !p.note?.trim()) bad.push(`${b.id}/${p.type}: no floor and no note saying why`);
      }
      if (b.report && asDate(b.report.asOf) > today) bad.push(`${b.id}: report asOf in the future`);
      if (b.noAuthorisedSales && asDate(b.noAuthorisedSales.asOf) > today) bad.push(`${b.id}: noAuthorisedSales asOf in the future`);
    }
    expect(bad).toEqual([]);
  });

  it('uses round numbers for floors (no made-up precision)', () => {
    const odd = brands.flatMap((b) =>
      b.products.filter((p) => p.floorUsd !== undefined && p.floorUsd >= 20 && p.floorUsd % 5 !== 0).map((p) => `${b.id}/${p.type}: ${p.floorUsd}`),
    );
    expect(odd).toEqual([]);
  });

  it('has well-formed https URLs and domains', () => {
    const bad: string[] = [];
    for (const b of brands) {
      if (b.report && !httpsOk(b.report.url)) bad.push(`${b.id}: ${b.report.url}`);
      for (const d of b.officialDomains) if (!httpsOk(`https://${d}/`)) bad.push(`${b.id}: domain ${d}`);
      if (new Set(b.officialDomains).size !== b.officialDomains.length) bad.push(`${b.id}: duplicate domain`);
    }
    expect(bad).toEqual([]);
  });

  it('only uses product type ids that exist, once per brand', () => {
    const ids = new Set(productTypes.map((t) => t.id));
    const bad: string[] = [];
    for (const b of brands) {
      const types = b.products.map((p) => p.type);
      for (const t of types) if (!ids.has(t)) bad.push(`${b.id}: ${t}`);
      if (new Set(types).size !== types.length) bad.push(`${b.id}: a type listed twice`);
    }
    expect(bad).toEqual([]);
  });

  it('lists no ordinary word as a misspelling (it would flag honest titles as disguised brands)', () => {
    const bad = brands.flatMap((b) =>
      (b.misspellings ?? []).filter((m) => COMMON_WORDS.has(nameKey(m)) || FUNCTION_WORDS.has(nameKey(m))).map((m) => `${b.id}: ${m}`),
    );
    expect(bad).toEqual([]);
  });

  it('gives ambiguous brands a reason and context', () => {
    for (const b of brands.filter((x) => x.ambiguous)) {
      expect(b.ambiguous!.why.length, b.id).toBeGreaterThan(5);
      expect(b.ambiguous!.context.length, b.id).toBeGreaterThan(0);
    }
  });
});

// Issue 4's targets. These fail until the brand-data work is complete; the message says how far off it is.
describe('brand data counts (issue 4 targets)', () => {
  it('has at least 250 brands', () => {
    expect(brands.length).toBeGreaterThanOrEqual(250);
  });
  it('has native-script names for at least 100 brands', () => {
    expect(brands.filter((b) => (b.native ?? []).length > 0).length).toBeGreaterThanOrEqual(100);
  });
  it('has a report URL for at least 100 brands', () => {
    expect(brands.filter((b) => b.report).length).toBeGreaterThanOrEqual(100);
  });
  it('covers every sector', () => {
    for (const s of SECTORS) expect(brands.some((b) => b.sector === s), s).toBe(true);
  });
});

describe('product types', () => {
  it('is schema-valid, sorted by id and has exactly the agreed ids', () => {
    for (const t of RAW_PRODUCT_TYPES as unknown[]) expect(ProductType.safeParse(t).success).toBe(true);
    const ids = productTypes.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    expect([...ids].sort()).toEqual([...PRODUCT_TYPE_IDS].sort());
  });
  it('has keywords in en, zh, de, fr, es and it for every type', () => {
    for (const t of productTypes) {
      for (const lang of ['en', 'zh', 'de', 'fr', 'es', 'it']) {
        expect(t.keywords[lang]?.length ?? 0, `${t.id}/${lang}`).toBeGreaterThan(0);
      }
    }
  });
  it('never gives one keyword to two types', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const t of productTypes) {
      for (const k of new Set(Object.values(t.keywords).flat().map((k) => fold(k).text.trim()))) {
        const o = owner.get(k);
        if (o && o !== t.id) clashes.push(`"${k}": ${o} and ${t.id}`);
        owner.set(k, t.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('marketplaces and exchange rates', () => {
  it('describes every marketplace once, with https links and a dated source', () => {
    const list = RAW_MARKETPLACES as unknown[];
    const parsed = list.map((m) => MarketplaceInfo.safeParse(m));
    for (const p of parsed) expect(p.success).toBe(true);
    const ms = parsed.flatMap((p) => (p.success ? [p.data] : []));
    expect(ms.map((m) => m.id).sort()).toEqual(SITE_IDS.filter((s) => s !== 'generic').sort());
    for (const m of ms) {
      expect(httpsOk(m.buyerProtection.url), m.id).toBe(true);
      expect(httpsOk(m.ipReport.url), m.id).toBe(true);
      expect(asDate(m.asOf) <= today).toBe(true);
      expect(m.source).toMatch(/not re-checked online/i);
    }
  });
  it('has a rate for every currency the price parser knows', () => {
    const fx = FxTable.parse(RAW_FX);
    expect(KNOWN_CURRENCIES.filter((c) => !(fx.perUsd[c]! > 0))).toEqual([]);
    expect(fx.perUsd.USD).toBe(1);
    expect(asDate(fx.asOf) <= today).toBe(true);
    expect(fx.note).toMatch(/approximate/i);
  });
  it('keeps the pegged rates where their pegs are', () => {
    const fx = FxTable.parse(RAW_FX);
    // Why: HKD, SAR, AED, BHD, OMR, JOD, QAR are pegged to the US dollar, so a slip in this table is obvious.
    expect(fx.perUsd.HKD).toBeCloseTo(7.8, 0);
    expect(fx.perUsd.SAR).toBeCloseTo(3.75, 2);
    expect(fx.perUsd.AED).toBeCloseTo(3.67, 2);
    expect(fx.perUsd.BHD).toBeCloseTo(0.376, 3);
  });
});
