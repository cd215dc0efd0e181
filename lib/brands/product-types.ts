/**
 * Product-type detection from a listing title. Contract: `detect(title)` returns product type ids from
 * assets/product-types.json, most specific first ([] when none); never throws.
 *
 * Rules, in order (each tested in tests/lib/brands/product-types.test.ts):
 * 1. Keywords match word-aware on folded tokens (English plurals folded: "watches" → "watch"); keywords with CJK
 *    characters match as substrings, since Chinese and Japanese titles have no spaces. A few German head nouns also
 *    match as the end of a compound ("Damenhandtasche" → bag, "Armbanduhr" → watch).
 * 2. A longer hit hides every hit inside it: "belt bag" is a bag, "smart watch" a smartwatch; of two overlapping hits
 *    the one reaching further right wins ("leather belt bag": the head noun of an English compound comes last).
 * 3. Non-product phrases hide what they contain: "watch box", "watch band", "ring light", "key ring", "shoe box", "包邮".
 * 4. Accessory-for-a-device: a device hit followed by "case/cover/band/strap/protector…" (not after "with"/"+"), or an
 *    accessory word before "for/compatible … <device>", is an accessory listing: the device types are dropped and a
 *    case for a phone becomes `phone-case`. "AirPods Pro with Charging Case" stays earbuds; "Aluminium Case" on a
 *    watch is the watch's own case.
 * 5. Among the rest: the more specific tier first (accessories/parts > items > generic "shoes", "clothing",
 *    "jewellery", "car-part", "ball"), then the earliest in the title (titles lead with the main noun).
 */
import type { ProductType } from './schema';
import { fold, hasCjk, isCjk, singulars, tokenize, type Token } from './normalize';

// Why tiers: a title naming both a device and its part ("iPhone charger", "PS5 controller", "Toyota brake pads")
// is selling the part; "sneakers" is more specific than "shoes", "ring" than "jewellery".
const TIER: Record<string, number> = {
  'phone-case': 3, charger: 3, cable: 3, 'power-bank': 3, 'memory-card': 3, 'usb-drive': 3, 'game-controller': 3,
  'toothbrush-head': 3, 'ink-cartridge': 3, battery: 3, 'brake-pads': 3, 'spark-plug': 3, 'oil-filter': 3,
  'wiper-blade': 3, 'golf-ball': 3, 'makeup-palette': 3, 'video-game': 3,
  shoes: 1, clothing: 1, jewellery: 1, 'car-part': 1, ball: 1,
};
const tierOf = (t: string): number => TIER[t] ?? 2;

const DEVICE_TYPES = new Set([
  'smartphone', 'tablet', 'smartwatch', 'watch', 'earbuds', 'headphones', 'laptop', 'game-console', 'speaker',
  'game-controller',
]);

// Words that make a hit not a product of that type (phrase hides any keyword inside it).
const NOT_A_PRODUCT = [
  'watch box', 'watch boxes', 'watch band', 'watch bands', 'watch strap', 'watch straps', 'watch winder',
  'watch stand', 'watch holder', 'watch roll', 'watch case box', 'ring light', 'key ring', 'keyring', 'ring binder',
  'ring doorbell', 'o ring', 'o rings', 'phone ring', 'ring holder', 'shoe box', 'shoe rack', 'shoe horn',
  'shoe laces', 'shoelaces', 'shoe cleaner', 'shoe tree', 'boot tray', 'boot dryer', 'cable knit', 'new jersey',
  'jersey fabric', 'jersey knit', 'belt clip', 'seat belt', 'conveyor belt', 'tool belt', 'hat box', 'hat rack',
  'bag clip', 'bag sealer', 'tea bag', 'tea bags', 'trash bag', 'trash bags', 'garbage bag', 'bean bag',
  'sleeping bag', 'punching bag', 'pen holder',
  '包邮', '表带', '表盒', '手表盒', '鞋盒', '鞋带', '鞋垫', '鞋柜', '鞋架', '表情', '包装',
];

// Accessory head nouns (rule 4). CASE_WORDS make a phone accessory a phone case.
const CASE_WORDS = new Set([
  'case', 'cases', 'cover', 'covers', 'bumper', 'shell', 'hulle', 'schutzhulle', 'coque', 'etui', 'funda',
  'fundas', 'carcasa', 'custodia', 'cover', 'capa', 'ケース', 'カバー', '保护套', '保护壳', '壳', '手机套',
]);
const ACCESSORY_WORDS = new Set([
  ...CASE_WORDS, 'band', 'bands', 'strap', 'straps', 'watchband', 'watchbands', 'protector', 'protectors', 'skin',
  'skins', 'holder', 'mount', 'stand', 'dock', 'cradle', 'eartips', 'tips', 'cushions', 'earpads', 'sleeve',
  'sleeves', 'decal', 'sticker', 'stickers', 'film', 'glass', 'lanyard', 'cinturino', 'correa', 'armband', 'adapter',
  'adapters', 'adaptor', 'converter', 'konverter', 'hub', 'schutzglas', 'hartglas', 'panzerglas',
  'バンド', 'フィルム', '表带', '膜', '支架', '挂绳',
]);
const CJK_ACCESSORY = ['手机壳', '保护壳', '保护套', '壳', '表带', '膜', '支架', '挂绳', 'ケース', 'カバー', 'バンド', 'フィルム'];
const WITH_WORDS = new Set(['with', 'w', 'and', 'incl', 'including', 'includes', 'plus', 'mit', 'inkl', 'avec', 'con', 'y', 'e', '带', '含', '附', '付き', '配']);
const COMPAT_WORDS = new Set([
  'for', 'compatible', 'compatibility', 'fits', 'fit', 'fur', 'fuer', 'pour', 'para', 'per', 'kompatibel',
  'compatibile', 'compativel', 'passend', '适用', '适用于', '兼容', '用于', '対応',
]);
const MATERIAL_WORDS = new Set(['aluminium', 'aluminum', 'steel', 'titanium', 'ceramic', 'gold', 'platinum', 'bronze', 'carbon']);

// German compound heads that may end a longer word ("Damenhandtasche", "Herrenarmbanduhr"). Kept short and explicit:
// "kette" is not here because "Schneekette" (snow chain) is not a necklace.
const DE_SUFFIX: Record<string, string> = {
  tasche: 'bag', handtasche: 'bag', rucksack: 'bag', schuhe: 'shoes', sneaker: 'sneakers', stiefel: 'boots',
  uhr: 'watch', jacke: 'jacket', mantel: 'jacket', gurtel: 'belt', brille: 'sunglasses', sonnenbrille: 'sunglasses',
  kopfhorer: 'headphones', lautsprecher: 'speaker', ladegerat: 'charger', kabel: 'cable', ladekabel: 'cable',
  geldborse: 'wallet', parfum: 'perfume', ohrringe: 'earrings', halskette: 'necklace', turnschuhe: 'sneakers',
  laufschuhe: 'sneakers', zundkerze: 'spark-plug', olfilter: 'oil-filter', bremsbelage: 'brake-pads',
};

export interface TypeHit {
  /** null for a non-product phrase. */
  type: string | null;
  /** Folded-text offsets. */
  start: number;
  end: number;
}

interface Kw {
  words: string[];
  type: string | null;
}

interface CjkKw {
  text: string;
  /** Offset of the indexed CJK char inside `text`. */
  at: number;
  type: string | null;
}

export interface TypeScan {
  /** Types, most specific first. */
  types: string[];
  /** True when the title sells an accessory for a device (rule 4). */
  accessory: boolean;
  /** Surviving hits (for context checks). */
  hits: TypeHit[];
  /** Device hits before rule 4 dropped them (the brand matcher uses them to spot "Apple Watch Band"). */
  devices: TypeHit[];
}

const DE_SUFFIX_MAP = new Map(Object.entries(DE_SUFFIX));
/** Distinct suffix lengths, longest first (a split is only tried where a suffix of that length could start). */
const DE_SUFFIX_LENGTHS = [...new Set(Object.keys(DE_SUFFIX).map((k) => k.length))].filter((n) => n >= 3).sort((a, b) => b - a);

export class ProductTypeDetector {
  private readonly latin = new Map<string, Kw[]>();
  private readonly cjk = new Map<string, CjkKw[]>();
  readonly ids: ReadonlySet<string>;

  constructor(types: readonly ProductType[]) {
    this.ids = new Set(types.map((t) => t.id));
    for (const t of types) for (const list of Object.values(t.keywords)) for (const k of list) this.add(k, t.id);
    for (const k of NOT_A_PRODUCT) this.add(k, null);
  }

  private add(keyword: string, type: string | null): void {
    const f = fold(keyword).text.trim();
    if (!f) return;
    if (hasCjk(f)) {
      const chars = Array.from(f);
      let at = 0;
      let idx = 0;
      for (const c of chars) {
        if (isCjk(c)) break;
        at += c.length;
        idx++;
      }
      const key = chars[idx]!;
      const list = this.cjk.get(key) ?? [];
      list.push({ text: f, at, type });
      this.cjk.set(key, list);
      return;
    }
    const words = tokenize(f).map((t) => t.plain);
    if (words.length === 0) return;
    const list = this.latin.get(words[0]!) ?? [];
    list.push({ words, type });
    this.latin.set(words[0]!, list);
  }

  /** Scan already-folded text and its tokens. */
  scan(text: string, tokens: readonly Token[]): TypeScan {
    let hits: TypeHit[] = [];
    // Latin keywords, word-aware.
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      const forms = [tok.plain, ...singulars(tok.plain)];
      for (const form of forms) {
        const cands = this.latin.get(form);
        if (!cands) continue;
        for (const kw of cands) {
          const n = kw.words.length;
          if (i + n > tokens.length) continue;
          let ok = true;
          for (let w = 1; w < n && ok; w++) {
            const t = tokens[i + w]!.plain;
            const want = kw.words[w]!;
            ok = t === want || singulars(t).includes(want);
          }
          if (ok) hits.push({ type: kw.type, start: tok.start, end: tokens[i + n - 1]!.end });
        }
      }
      // German compound heads: only the suffix lengths the table has (longest first = leftmost split first),
      // not every split point of every word — this loop ran for every token of every title.
      const p = tok.plain;
      for (const len of DE_SUFFIX_LENGTHS) {
        const s = p.length - len;
        if (s < 1) continue;
        const type = DE_SUFFIX_MAP.get(p.slice(s));
        if (type && this.ids.has(type)) hits.push({ type, start: tok.start + s, end: tok.end });
      }
    }
    // CJK substrings.
    if (hasCjk(text)) {
      for (let p = 0; p < text.length; p++) {
        const cands = this.cjk.get(text[p]!);
        if (!cands) continue;
        for (const kw of cands) {
          const start = p - kw.at;
          if (start < 0) continue;
          if (text.startsWith(kw.text, start)) hits.push({ type: kw.type, start, end: start + kw.text.length });
        }
      }
    }
    // Rule 2 and 3: longer hits hide the hits they contain.
    const contains = (o: TypeHit, h: TypeHit) =>
      o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start;
    // Rule 3: a non-product phrase also cancels its type elsewhere ("Rolex Submariner watch box" is not a watch).
    const cancelled = new Set<string>();
    for (const neg of hits) {
      if (neg.type !== null) continue;
      for (const h of hits) if (h.type !== null && contains(neg, h)) cancelled.add(h.type);
    }
    // Overlapping hits: the one that reaches further right is the head noun ("leather belt bag" is a bag).
    const overrun = (o: TypeHit, h: TypeHit) => o.start > h.start && o.start < h.end && o.end > h.end;
    hits = hits.filter(
      (h) => !hits.some((o) => contains(o, h) || overrun(o, h)) && !(h.type !== null && cancelled.has(h.type)),
    );
    // Rule 4: accessory for a device.
    const accessory = this.accessoryAt(text, tokens, hits);
    let typed = hits.filter((h): h is TypeHit & { type: string } => h.type !== null);
    if (accessory) {
      const hadPhone = typed.some((h) => h.type === 'smartphone');
      typed = typed.filter((h) => !DEVICE_TYPES.has(h.type));
      if (hadPhone && accessory.isCase && this.ids.has('phone-case')) {
        typed.push({ type: 'phone-case', start: accessory.at, end: accessory.at + 1 });
      }
    }
    typed.sort((a, b) => tierOf(b.type) - tierOf(a.type) || a.start - b.start);
    const types: string[] = [];
    for (const h of typed) if (!types.includes(h.type)) types.push(h.type);
    const devices = hits.filter((h) => h.type !== null && DEVICE_TYPES.has(h.type));
    return { types, accessory: accessory !== null, hits: typed, devices };
  }

  private accessoryAt(
    text: string,
    tokens: readonly Token[],
    hits: readonly TypeHit[],
  ): { at: number; isCase: boolean } | null {
    const devices = hits.filter((h) => h.type !== null && DEVICE_TYPES.has(h.type));
    if (devices.length === 0) return null;
    const firstDevice = Math.min(...devices.map((d) => d.start));
    const watchish = devices.every((d) => d.type === 'watch' || d.type === 'smartwatch');
    const insideDevice = (start: number, end: number) => devices.some((d) => d.start <= start && d.end >= end);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (!ACCESSORY_WORDS.has(tok.plain) || insideDevice(tok.start, tok.end)) continue;
      // "Aluminium Case" / "Stainless Steel Case" on a watch is the watch's own case.
      if (watchish && i > 0 && MATERIAL_WORDS.has(tokens[i - 1]!.plain)) continue;
      const isCase = CASE_WORDS.has(tok.plain);
      if (tok.start > firstDevice) {
        // After a device: an accessory unless a with-word ("with", "+", "incl") comes between them.
        let withBetween = false;
        for (let j = i; j >= 0 && tokens[j]!.start > firstDevice; j--) {
          const t = tokens[j]!;
          if ((j < i && WITH_WORDS.has(t.plain)) || t.sepBefore.includes('+') || /[带含附配]/.test(t.sepBefore)) {
            withBetween = true;
            break;
          }
        }
        if (!withBetween) return { at: tok.start, isCase };
      } else {
        // Before a device: an accessory when "for/compatible" comes between ("Case for iPhone 15").
        for (let j = i + 1; j < tokens.length && tokens[j]!.start < firstDevice; j++) {
          if (COMPAT_WORDS.has(tokens[j]!.plain)) return { at: tok.start, isCase };
        }
      }
    }
    // CJK accessory words after a device ("iPhone15 手机壳", "Apple Watch 表带"), unless 带/含/配 comes between.
    if (hasCjk(text)) {
      for (const w of CJK_ACCESSORY) {
        let at = text.indexOf(w, firstDevice);
        while (at >= 0) {
          if (!insideDevice(at, at + w.length) && !/[带含附配+]/.test(text.slice(firstDevice, at))) {
            return { at, isCase: CASE_WORDS.has(w) };
          }
          at = text.indexOf(w, at + 1);
        }
      }
    }
    return null;
  }

  /** Product types in a raw title, most specific first. */
  detect(title: string): string[] {
    const f = fold(title);
    return this.scan(f.text, tokenize(f.text)).types;
  }
}
