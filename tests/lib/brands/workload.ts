/**
 * Deterministic workloads for the brand matcher's scaling test and benchmark: realistic titles built from the real
 * brand names (plain, aliases, misspellings, disguises, native names, accessory mentions, no-brand titles) and a
 * synthetic brand set of invented names to make the index N times larger.
 */
import type { Brand } from '../../../lib/brands/schema';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const SYL = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'qua', 'zil', 'bro', 'nad', 'fey', 'gul', 'hox', 'jun', 'pir', 'sta', 'wob', 'yel', 'dri', 'cav'];
const HAN = '瑞博迪泰凯琳铭朗峰雅澜锐斯卡翔宸昊乐维森奥菲娅'.split('');

/** `count` invented brands (names, an alias, a misspelling, a Chinese name), none equal to a real name. */
export function syntheticBrands(count: number, taken: ReadonlySet<string>, types: readonly string[]): Brand[] {
  const r = rng(42);
  const out: Brand[] = [];
  const used = new Set(taken);
  let n = 0;
  while (out.length < count) {
    const words = r() < 0.3 ? 2 : 1;
    const name = Array.from({ length: words }, () => {
      const s = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(r, SYL)).join('');
      return s[0]!.toUpperCase() + s.slice(1);
    }).join(' ');
    const key = name.toLowerCase().replace(/\s+/g, '');
    if (used.has(key)) continue;
    used.add(key);
    const zh = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(r, HAN)).join('');
    const id = `syn-${n++}-${key}`;
    out.push({
      id,
      name,
      sector: 'luxury-fashion',
      aliases: [`${name} Studio`],
      misspellings: [name.replace(/([aeiou])/, '$1$1')],
      native: used.has(zh) ? [] : (used.add(zh), [{ lang: 'zh', name: zh }]),
      products: [{ type: pick(r, types), floorUsd: 100, source: 'synthetic', asOf: '2025-05' }],
      officialDomains: [],
    });
  }
  return out;
}

const EN_TYPES = ['bag', 'tote bag', 'wallet', 'belt', 'sneakers', 'running shoes', 'watch', 'necklace', 'bracelet', 'earbuds', 'sunglasses', 'perfume 100ml', 'hoodie', 'jacket', 'charger', 'micro SD card 128GB'];
const ZH_TYPES = ['女包', '钱包', '皮带', '运动鞋', '手表', '项链', '手链', '耳机', '墨镜', '香水', '卫衣', '羽绒服', '充电器', '内存卡'];
const FILLER = ['new', 'women', 'men', 'genuine leather', 'black', 'gold', 'vintage', '2024', 'luxury', 'gift', 'original', 'large', 'classic', 'limited edition', 'free shipping'];
const GENERIC = ['Stainless steel water bottle 750ml', 'Kids wooden puzzle 100 pieces', 'Garden hose 50ft expandable', 'LED desk lamp dimmable', 'Yoga mat non slip 6mm', 'Cotton bath towel set', 'Ceramic coffee mug 12oz', 'Dog leash reflective', 'Kitchen knife set 8 pieces', 'Phone holder for car dashboard', 'Wireless mouse ergonomic', 'Notebook A5 dotted'];

function disguise(r: () => number, name: string): string {
  const k = Math.floor(r() * 4);
  if (k === 0) return name.split('').join(' ');
  if (k === 1) return name.length > 2 ? `${name.slice(0, 1)}-${name.slice(1)}` : name;
  if (k === 2) return name.replace(/o/i, '0').replace(/i/i, '1').replace(/a/i, '@');
  return name.length > 3 ? `${name.slice(0, 2)}*${name.slice(2)}` : name;
}

/** `count` titles from real brands, deterministic for a given seed. */
export function realisticTitles(brands: readonly Brand[], count: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  const withNative = brands.filter((b) => (b.native ?? []).some((n) => n.lang === 'zh'));
  for (let i = 0; i < count; i++) {
    const b = pick(r, brands);
    const roll = r();
    const fill = () => pick(r, FILLER);
    if (roll < 0.3) out.push(`${b.name} ${fill()} ${pick(r, EN_TYPES)} ${fill()}`);
    else if (roll < 0.4) {
      const names = [...(b.aliases ?? []), ...(b.misspellings ?? [])];
      out.push(`${names.length ? pick(r, names) : b.name} ${pick(r, EN_TYPES)} ${fill()}`);
    } else if (roll < 0.5) out.push(`${disguise(r, b.name)} ${pick(r, EN_TYPES)} ${fill()}`);
    else if (roll < 0.75) out.push(`${pick(r, GENERIC)} ${fill()}`);
    else if (roll < 0.9 && withNative.length) {
      const nb = pick(r, withNative);
      const zh = (nb.native ?? []).find((n) => n.lang === 'zh')!.name;
      out.push(`${pick(r, ['正品', '新款', '2024新款', ''])}${zh}${pick(r, ZH_TYPES)}${pick(r, ['男', '女', '包邮', ' 专柜'])}`);
    } else out.push(`${pick(r, ['Case for', 'Compatible with', 'Replacement band for', 'Charger for'])} ${b.name} ${pick(r, EN_TYPES)}`);
  }
  return out;
}
