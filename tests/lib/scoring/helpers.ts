/**
 * Hand-built brands and a tiny brand index for unit tests of the signals (the real index is used by
 * labelled.test.ts). The test index matches names by folded substring; "disguised"/"misspelled" forms are listed.
 */
import type { Brand } from '../../../lib/brands/schema';
import type { Listing } from '../../../lib/schema/listing';
import type { MatchHow } from '../../../lib/schema/verdict';
import { buildFacts } from '../../../lib/scoring/facts';
import { fold } from '../../../lib/scoring/text';
import type { BrandIndexLike, BrandMatchLike, Facts, ScoreContext } from '../../../lib/scoring/types';

const src = { source: 'test data', asOf: '2025-06' };

export const GUCCI: Brand = {
  id: 'gucci',
  name: 'Gucci',
  sector: 'luxury-fashion',
  misspellings: ['Guchi'],
  native: [{ lang: 'zh', name: '古驰' }],
  products: [
    { type: 'bag', floorUsd: 800, ...src },
    { type: 'belt', floorUsd: 300, ...src },
    { type: 'wallet', ...src, note: 'no floor' },
  ],
  officialDomains: ['gucci.com'],
  officialStores: { tmall: ['Gucci官方旗舰店'] },
  noAuthorisedSales: { marketplaces: ['aliexpress', 'dhgate', 'temu', 'amazon', 'walmart'], ...src },
};

export const NIKE: Brand = {
  id: 'nike',
  name: 'Nike',
  sector: 'footwear-apparel',
  native: [{ lang: 'zh', name: '耐克' }],
  products: [{ type: 'sneakers', floorUsd: 60, ...src }],
  officialDomains: ['nike.com'],
  officialStores: { tmall: ['Nike官方旗舰店'], ebay: ['Nike Official'] },
};

export const APPLE: Brand = {
  id: 'apple',
  name: 'Apple',
  sector: 'electronics',
  products: [{ type: 'earbuds', floorUsd: 99, ...src }],
  officialDomains: ['apple.com'],
  authorisedSellers: { amazon: ['Amazon.com', 'Amazon'] },
};

export const ROLEX: Brand = {
  id: 'rolex',
  name: 'Rolex',
  sector: 'jewellery-watches',
  products: [{ type: 'watch', floorUsd: 5000, ...src }],
  officialDomains: ['rolex.com'],
  noAuthorisedSales: { marketplaces: ['amazon', 'ebay', 'aliexpress', 'dhgate', 'temu', 'walmart', 'etsy', 'taobao', 'tmall'], ...src },
};

export const BRANDS = [GUCCI, NIKE, APPLE, ROLEX];

const DISGUISED: Record<string, string[]> = { gucci: ['g-ucci', 'g u c c i'], nike: ['nlke'] };
const TYPES: Record<string, string[]> = {
  bag: ['bag', 'handbag', '包'],
  belt: ['belt', '腰带'],
  sneakers: ['sneakers', 'trainers', '运动鞋'],
  earbuds: ['airpods', 'earbuds'],
  watch: ['watch', '手表'],
  battery: ['battery', 'batteries'],
  jersey: ['jersey'],
};

/** A test brand index: exact name / native / misspelling / listed disguises, by folded substring. */
export const testIndex: BrandIndexLike = {
  match({ title, pageBrand }) {
    const t = fold(title);
    const out: BrandMatchLike[] = [];
    for (const b of BRANDS) {
      const tries: [string, MatchHow][] = [
        [b.name, 'exact'],
        ...(b.native ?? []).map((n): [string, MatchHow] => [n.name, 'native']),
        ...(b.misspellings ?? []).map((m): [string, MatchHow] => [m, 'misspelled']),
        ...(DISGUISED[b.id] ?? []).map((d): [string, MatchHow] => [d, 'disguised']),
      ];
      const hit = tries.find(([n]) => t.includes(fold(n)));
      if (hit && !t.includes(`for ${fold(b.name)}`)) out.push({ brand: b, how: hit[1], matched: hit[0] });
      else if (pageBrand && fold(pageBrand) === fold(b.name)) out.push({ brand: b, how: 'page-brand', matched: pageBrand });
    }
    return out;
  },
  productType(title) {
    const t = fold(title);
    for (const [id, words] of Object.entries(TYPES)) if (words.some((w) => t.includes(w))) return id;
    return null;
  },
};

export const FX = { base: 'USD' as const, asOf: '2025-06', source: 'test', perUsd: { EUR: 0.9, GBP: 0.8, CNY: 7.2, JPY: 150 } };
export const NOW = new Date('2026-11-01T00:00:00Z');

export function ctx(extra: Partial<ScoreContext> = {}): ScoreContext {
  return { index: testIndex, fx: FX, now: NOW, ...extra };
}

export function listing(over: Partial<Listing> = {}): Listing {
  return {
    site: 'aliexpress',
    url: 'https://www.aliexpress.com/item/1.html',
    title: 'Gucci belt',
    brand: null,
    price: { amount: 30, currency: 'USD' },
    seller: { name: 'Shop1102 Store' },
    ...over,
  };
}

/** Facts for a listing, matched with the test index (throws when the test index finds no brand). */
export function factsFor(l: Listing, c: ScoreContext = ctx()): Facts {
  const m = testIndex.match({ title: l.title, pageBrand: l.brand, sellerName: l.seller?.name })[0];
  if (!m) throw new Error(`test index found no brand in "${l.title}"`);
  return buildFacts(l, m, testIndex.productType(l.title), c);
}
