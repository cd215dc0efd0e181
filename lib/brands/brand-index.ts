/**
 * The brand index: built once from the bundled data, then `match(input)` finds the brands a listing names or
 * imitates, and how. Contract: `match` and `productType` are total (never throw) and their cost does not grow with
 * the number of brands: every lookup is a hash probe keyed by the title's own text (token windows, CJK bigrams,
 * deletion variants for near-misspellings), never a loop over brands. `counters` counts those probes so a test can
 * check the scaling without a clock.
 *
 * How a match is reported (`how`):
 * - exact / alias / native: the canonical name, an alias, or a native-script name, written plainly (case, accents
 *   and full-width forms do not matter; spacing that follows the name's own words — "Louis Vuitton",
 *   "LouisVuitton", "Play Station" for "PlayStation" — is plain too);
 * - misspelled: a known misspelling from the data, or one edit away (two for one-word names of 9+ letters);
 * - disguised: only look-alike characters make it match ("N1ke", "Guссi" with Cyrillic с, "adid@s"), or the name is
 *   cut inside a word ("G U C C I", "G-ucci", "Gu*cci", "L.V") — itself a strong counterfeit signal;
 * - page-brand: only the page's own brand field names the brand.
 */
import type { MatchHow } from '../schema/verdict';
import type { Brand, ProductType } from './schema';
import { fold, hasCjk, isCjk, tokenize, type Token } from './normalize';
import { ProductTypeDetector, type TypeScan } from './product-types';
import { PRODUCT_LINES } from './product-lines';
import {
  CJK_CUES_AFTER, CJK_CUES_BEFORE, COMMON_WORDS, CUE_FILLERS, FUNCTION_WORDS, STRONG_CUES, TRAPS, WEAK_CUES,
} from './word-lists';

export interface BrandMatch {
  brand: Brand;
  how: MatchHow;
  /** The text in the input that matched (as the page wrote it). */
  matched: string;
}

export interface MatchInput {
  title: string;
  pageBrand?: string | null;
  sellerName?: string | null;
}

export interface MatchCounters {
  /** Hash probes (token windows, CJK bigrams, deletion variants). */
  lookups: number;
  /** Index entries verified after a probe hit. */
  candidates: number;
}

export interface BrandIndex {
  readonly brands: readonly Brand[];
  byId(id: string): Brand | undefined;
  /** Brands the listing names or imitates, best first (see the module comment for the rules). */
  match(input: MatchInput): BrandMatch[];
  /** Product type id from the title (assets/product-types.json), most specific first; null when none. */
  productType(title: string): string | null;
  /** Every product type the title names, most specific first. */
  productTypes(title: string): string[];
  /** Probe counts since the last reset (for the scaling test and the benchmark). */
  readonly counters: MatchCounters;
  resetCounters(): void;
}

type Kind = 'name' | 'alias' | 'misspelling' | 'native' | 'line';

interface Entry {
  brand: number;
  kind: Kind;
  /** Folded name with the separators removed ("louisvuitton"). */
  plain: string;
  /** Look-alike skeleton of `plain`. */
  skel: string;
  /** Offsets in `plain` where a split is the name's own (word and camel-case boundaries). */
  bounds: ReadonlySet<number>;
  words: number;
  firstWord: string;
  lastWord: string;
  /** Edits allowed for a near-miss: 1 from 5 letters, 2 from 9 for one-word names, never more than 1 for several words. */
  edits: number;
}

interface CjkEntry {
  brand: number;
  kind: Kind;
  text: string;
}

interface Hit {
  brand: number;
  how: MatchHow;
  /** Folded-text span. */
  start: number;
  end: number;
  entry: Entry | null;
}

const HOW_RANK: Record<MatchHow, number> = { disguised: 5, misspelled: 4, exact: 3, alias: 2, native: 1, 'page-brand': 0 };
const KIND_HOW: Record<Kind, MatchHow> = { name: 'exact', alias: 'alias', misspelling: 'misspelled', native: 'native', line: 'alias' };
/** Longest token window tried (names of up to 4 words, plus two cuts). Runs of single letters may be longer. */
const MAX_WINDOW = 6;
const MAX_SINGLE_RUN = 24;
/** Fuzzy matching only for names at least this long: shorter names have too many real-word neighbours. */
const FUZZY_MIN = 5;
const maxEdits = (len: number) => (len >= 9 ? 2 : len >= FUZZY_MIN ? 1 : 0);

/** Separators that glue a token to its neighbour (no white space): "V-neck", "L.V.". */
const isGlue = (sep: string) => sep.length > 0 && !/\s/.test(sep) && /^[-._*'·•~^=#&/\\]+$/.test(sep);

function camelBounds(raw: string): number[] {
  const out: number[] = [];
  let n = 0;
  let prevLower = false;
  let prevKind: 'letter' | 'digit' | null = null;
  for (const ch of raw) {
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    const kind = /\p{N}/u.test(ch) ? 'digit' : 'letter';
    const upper = ch !== ch.toLowerCase();
    if (n > 0 && ((upper && prevLower) || (prevKind !== null && kind !== prevKind))) out.push(n);
    prevLower = kind === 'letter' && !upper;
    prevKind = kind;
    n += fold(ch).text.length;
  }
  return out;
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

function deletions(s: string, depth: number, out: Set<string>): void {
  out.add(s);
  if (depth === 0 || s.length <= 1) return;
  for (let i = 0; i < s.length; i++) {
    const d = s.slice(0, i) + s.slice(i + 1);
    if (!out.has(d)) deletions(d, depth - 1, out);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Strip the wrappers shops put around a brand field: "Visit the Anker Store", "Brand: Nike", "品牌：耐克". */
export function cleanBrandField(s: string): string {
  let t = s.trim();
  t = t.replace(/^(brand|marke|marque|marca|merk|品牌|ブランド)\s*[:：]\s*/i, '');
  t = t.replace(/^visit the\s+(.+?)\s+store$/i, '$1');
  t = t.replace(/^besuchen sie den\s+(.+?)-?store$/i, '$1');
  t = t.replace(/^visitez la boutique\s+(?:de\s+)?(.+)$/i, '$1');
  t = t.replace(/^visita (?:la tienda de|lo store di)\s+(.+)$/i, '$1');
  t = t.replace(/^(.+?)\s+(official\s+)?(store|shop)$/i, '$1');
  return t.trim();
}

class Index implements BrandIndex {
  readonly brands: readonly Brand[];
  readonly counters: MatchCounters = { lookups: 0, candidates: 0 };
  private readonly ids = new Map<string, number>();
  private readonly entries: Entry[] = [];
  private readonly bySkel = new Map<string, Entry[]>();
  private readonly prefixes = new Set<string>();
  private readonly byDeletion = new Map<string, Entry[]>();
  private readonly fuzzyFirst = new Set<string>();
  private readonly fuzzyLast = new Set<string>();
  private readonly cjk = new Map<string, CjkEntry[]>();
  private readonly detector: ProductTypeDetector;
  private readonly keywordWords = new Set<string>();
  /** Per brand: context product types and context phrases (ambiguous brands), product types it is sold in. */
  private readonly contextTypes: Set<string>[] = [];
  private readonly contextWords: string[][][] = [];
  private readonly contextCjk: string[][] = [];
  private readonly productTypesOf: Set<string>[] = [];
  private readonly nameKeys: string[] = [];

  constructor(brands: readonly Brand[], productTypes: readonly ProductType[]) {
    this.brands = brands;
    this.detector = new ProductTypeDetector(productTypes);
    for (const t of productTypes) {
      for (const list of Object.values(t.keywords)) for (const k of list) for (const tok of tokenize(fold(k).text)) this.keywordWords.add(tok.plain);
    }
    brands.forEach((b, i) => {
      this.ids.set(b.id, i);
      this.add(i, 'name', b.name);
      for (const a of b.aliases ?? []) this.add(i, 'alias', a);
      for (const m of b.misspellings ?? []) this.add(i, 'misspelling', m);
      for (const n of b.native ?? []) this.add(i, 'native', n.name);
      this.contextTypes[i] = new Set();
      this.contextWords[i] = [];
      this.contextCjk[i] = [];
      for (const c of b.ambiguous?.context ?? []) {
        if (this.detector.ids.has(c)) this.contextTypes[i]!.add(c);
        const f = fold(c).text;
        if (hasCjk(f)) this.contextCjk[i]!.push(f);
        else {
          const words = tokenize(f).map((t) => t.plain);
          if (words.length) this.contextWords[i]!.push(words);
        }
      }
      this.productTypesOf[i] = new Set(b.products.map((p) => p.type));
      this.nameKeys[i] = tokenize(fold(b.name).text).map((t) => t.plain).join('');
    });
    for (const line of PRODUCT_LINES) {
      const i = this.ids.get(line.brand);
      if (i === undefined) continue;
      for (const name of line.names) this.add(i, 'line', name);
    }
  }

  private add(brand: number, kind: Kind, raw: string): void {
    const f = fold(raw).text.trim();
    if (!f) return;
    if (hasCjk(f)) {
      // CJK names match as substrings; one character is too common to be a name on its own.
      const chars = Array.from(f);
      if (chars.length < 2) return;
      push(this.cjk, chars[0]! + chars[1]!, { brand, kind, text: f });
      return;
    }
    const toks = tokenize(f);
    if (toks.length === 0) return;
    const plain = toks.map((t) => t.plain).join('');
    const skel = toks.map((t) => t.skel).join('');
    const existing = this.bySkel.get(skel)?.find((e) => e.brand === brand && e.plain === plain);
    if (existing) return; // the same spelling listed twice for one brand (a name that is also a product line)
    const bounds = new Set<number>(camelBounds(raw));
    let off = 0;
    for (const t of toks.slice(0, -1)) bounds.add((off += t.plain.length));
    const entry: Entry = {
      brand, kind, plain, skel, bounds, words: toks.length, firstWord: toks[0]!.skel, lastWord: toks[toks.length - 1]!.skel,
      edits: toks.length > 1 ? Math.min(1, maxEdits(skel.length)) : maxEdits(skel.length),
    };
    this.entries.push(entry);
    push(this.bySkel, skel, entry);
    for (let k = 1; k <= skel.length; k++) this.prefixes.add(skel.slice(0, k));
    const b = this.brands[brand]!;
    const d = entry.edits;
    // Near-miss matching only for plain-letter names; names of several words need 8+ letters ("Pro V1" would
    // otherwise take "Pro Wi" for a misspelling).
    if ((kind === 'name' || kind === 'alias') && !b.ambiguous && d > 0 && /^[a-z]+$/.test(plain) && (toks.length === 1 || plain.length >= 8)) {
      const dels = new Set<string>();
      deletions(skel, d, dels);
      for (const del of dels) push(this.byDeletion, del, entry);
      if (toks.length > 1) {
        this.fuzzyFirst.add(entry.firstWord);
        this.fuzzyLast.add(entry.lastWord);
      }
    }
  }

  byId(id: string): Brand | undefined {
    const i = this.ids.get(id);
    return i === undefined ? undefined : this.brands[i];
  }

  resetCounters(): void {
    this.counters.lookups = 0;
    this.counters.candidates = 0;
  }

  productTypes(title: string): string[] {
    try {
      return this.detector.detect(String(title ?? ''));
    } catch {
      return [];
    }
  }

  productType(title: string): string | null {
    return this.productTypes(title)[0] ?? null;
  }

  /** Every name, alias, misspelling, native name and disguise of a brand in folded text. */
  private find(text: string, tokens: readonly Token[], fuzzy: boolean): Hit[] {
    const hits: Hit[] = [];
    const covered: Array<[number, number]> = [];
    const n = tokens.length;
    // A one-letter token glued to a longer word ("T-Shirt", "V-neck") is not part of a spelled-out run.
    const member = tokens.map(
      (t, k) =>
        t.plain.length === 1 &&
        !(k + 1 < n && tokens[k + 1]!.plain.length > 1 && isGlue(tokens[k + 1]!.sepBefore)) &&
        !(k > 0 && tokens[k - 1]!.plain.length > 1 && isGlue(t.sepBefore)),
    );
    for (let i = 0; i < n; i++) {
      const first = tokens[i]!;
      const runStart = member[i]! && (i === 0 || !member[i - 1]);
      let runEnd = i;
      if (member[i]) while (runEnd + 1 < n && member[runEnd + 1]) runEnd++;
      const maxW = Math.min(n - i, runStart ? Math.max(MAX_WINDOW, Math.min(runEnd - i + 1, MAX_SINGLE_RUN)) : MAX_WINDOW);
      let skelA = '';
      let skelB = '';
      let plainCat = '';
      const cuts: number[] = [];
      let allSingle = true;
      for (let w = 1; w <= maxW; w++) {
        const t = tokens[i + w - 1]!;
        if (w > 1) cuts.push(plainCat.length);
        skelA += t.skel;
        skelB += t.strip;
        plainCat += t.plain;
        if (!member[i + w - 1]) allSingle = false;
        this.counters.lookups++;
        const okA = this.prefixes.has(skelA);
        const okB = skelB !== skelA && skelB.length > 0 && this.prefixes.has(skelB);
        if (!okA && !okB) break;
        const found = [...(okA ? this.bySkel.get(skelA) ?? [] : []), ...(okB ? this.bySkel.get(skelB) ?? [] : [])];
        if (found.length === 0) continue;
        // A run of single letters only counts whole ("G U C C I"), so "size S M L" never spells a brand.
        if (w > 1 && allSingle && !(runStart && i + w - 1 === runEnd)) continue;
        const last = tokens[i + w - 1]!;
        const next = tokens[i + w];
        for (const e of found) {
          this.counters.candidates++;
          const natural = plainCat === e.plain && cuts.every((c) => e.bounds.has(c));
          let how: MatchHow;
          if (natural) how = KIND_HOW[e.kind];
          else {
            const cutInside = cuts.some((c) => !e.bounds.has(c));
            // A cut-up name glued to a neighbour ("L V-neck") is an ordinary word, not a disguise.
            if (w > 1 && cutInside && ((i > 0 && isGlue(first.sepBefore)) || (next !== undefined && isGlue(next.sepBefore)))) continue;
            if (plainCat !== e.plain) {
              // Look-alike-only matches need a name of 3+ letters ("1V" is not "LV"), mostly letters and no run of
              // digits: "100ml", "2024", "128gb" are measures, not "ioomi"/"zoza" in disguise.
              if (w === 1 && e.skel.length < 3) continue;
              const letters = plainCat.replace(/[^\p{L}]/gu, '').length;
              if (/\d\d/.test(plainCat) || letters * 2 < plainCat.length) continue;
            }
            how = 'disguised';
          }
          hits.push({ brand: e.brand, how, start: first.start, end: last.end, entry: e });
          covered.push([first.start, last.end]);
        }
      }
    }
    if (fuzzy) this.findFuzzy(tokens, covered, hits);
    this.findCjk(text, hits);
    return hits;
  }

  private findFuzzy(tokens: readonly Token[], covered: Array<[number, number]>, hits: Hit[]): void {
    const n = tokens.length;
    for (let i = 0; i < n; i++) {
      for (let w = 1; w <= 3 && i + w <= n; w++) {
        const first = tokens[i]!;
        const last = tokens[i + w - 1]!;
        if (covered.some(([s, e]) => s < last.end && e > first.start)) break;
        if (w === 1) {
          const p = first.plain;
          if (p.length < FUZZY_MIN - 1 || /\d/.test(p) || COMMON_WORDS.has(p) || this.keywordWords.has(p)) continue;
        } else {
          this.counters.lookups += 2;
          if (!this.fuzzyFirst.has(first.skel) && !this.fuzzyLast.has(last.skel)) continue;
        }
        let s = '';
        for (let k = i; k < i + w; k++) s += tokens[k]!.skel;
        if (s.length < FUZZY_MIN - 1 || s.length > 24 || !/^[a-z]+$/.test(s)) continue;
        const dels = new Set<string>();
        deletions(s, w === 1 && s.length >= 8 ? 2 : 1, dels);
        const seen = new Set<Entry>();
        for (const d of dels) {
          this.counters.lookups++;
          const found = this.byDeletion.get(d);
          if (!found) continue;
          for (const e of found) {
            if (seen.has(e)) continue;
            seen.add(e);
            this.counters.candidates++;
            // The first two letters must agree: a misspelling keeps the start of the name ("Guchi", "Adiddas",
            // "Tiffiny"), while foreign words one edit away usually differ early ("mittel" is not Mattel).
            if (e.words !== w || e.skel[0] !== s[0] || e.skel[1] !== s[1]) continue;
            if (w > 1 && first.skel !== e.firstWord && last.skel !== e.lastWord) continue;
            const dist = editDistance(s, e.skel, e.edits);
            if (dist === 0 || dist > e.edits) continue;
            hits.push({ brand: e.brand, how: 'misspelled', start: first.start, end: last.end, entry: e });
          }
        }
      }
    }
  }

  private findCjk(text: string, hits: Hit[]): void {
    if (!hasCjk(text)) return;
    for (let p = 0; p < text.length - 1; p++) {
      if (!isCjk(text[p]!)) continue;
      this.counters.lookups++;
      const found = this.cjk.get(text[p]! + text[p + 1]!);
      if (!found) continue;
      for (const e of found) {
        this.counters.candidates++;
        if (text.startsWith(e.text, p)) {
          hits.push({ brand: e.brand, how: KIND_HOW[e.kind], start: p, end: p + e.text.length, entry: null });
        }
      }
    }
  }

  /** True when the mention at [start, end) names a device an accessory fits ("for iPhone", "苹果专用"). */
  private isCompat(text: string, tokens: readonly Token[], hit: Hit, scan: TypeScan): boolean {
    const ti = tokens.findIndex((t) => t.start === hit.start);
    if (ti >= 0) {
      let j = ti - 1;
      while (j >= 0 && CUE_FILLERS.has(tokens[j]!.plain)) j--;
      if (j >= 0 && WEAK_CUES.has(tokens[j]!.plain)) return true;
      for (let k = Math.max(0, ti - 3); k < ti; k++) if (STRONG_CUES.has(tokens[k]!.plain)) return true;
      if (j >= 1 && tokens[j]!.plain === 'with' && STRONG_CUES.has(tokens[j - 1]!.plain)) return true;
    }
    const before = text.slice(Math.max(0, hit.start - 8), hit.start).replace(/[\s:：,，]+$/, '');
    if (CJK_CUES_BEFORE.some((c) => before.endsWith(c))) return true;
    const after = text.slice(hit.end, hit.end + 4).replace(/^\s+/, '');
    if (CJK_CUES_AFTER.some((c) => after.startsWith(c))) return true;
    // In an accessory listing ("Apple Watch Band", "Samsung Galaxy S23 Case"), a brand followed by (or inside) the
    // device it fits names the device, not the maker of the accessory.
    // The same for a phone case named after its phone ("苹果手机壳" = "Apple phone case").
    const caseHits = scan.hits.filter((h) => h.type === 'phone-case');
    if (scan.accessory || caseHits.length > 0) {
      const rest = text.slice(hit.end);
      const gap = rest.length - rest.replace(/^[\s\p{P}]*/u, '').length;
      // Only a maker of that device: "Spigen iPhone 15 case" is Spigen's case, "Apple Watch Band" is not Apple's band.
      const makes = this.productTypesOf[hit.brand]!;
      const near = [...scan.devices.filter((d) => makes.has(d.type ?? '')), ...(makes.has('smartphone') ? caseHits : [])];
      if (near.some((d) => (d.start >= hit.start && d.start <= hit.end + gap) || (d.start <= hit.start && d.end >= hit.end))) return true;
      if (scan.accessory && hit.entry?.kind === 'line') return true;
    }
    return false;
  }

  private isTrap(tokens: readonly Token[], hit: Hit): boolean {
    const e = hit.entry;
    if (!e) return false;
    const trap = TRAPS[e.plain];
    if (!trap) return false;
    const ti = tokens.findIndex((t) => t.start === hit.start);
    let te = ti;
    while (te + 1 < tokens.length && tokens[te + 1]!.start < hit.end) te++;
    const prev = ti > 0 ? tokens[ti - 1]!.plain : undefined;
    const next = te >= 0 && te + 1 < tokens.length ? tokens[te + 1]!.plain : undefined;
    return (next !== undefined && !!trap.after?.includes(next)) || (prev !== undefined && !!trap.before?.includes(prev));
  }

  private hasContext(b: number, text: string, tokens: readonly Token[], scan: TypeScan, hit: Hit): boolean {
    const types = this.contextTypes[b]!;
    if ([...types].some((t) => scan.types.includes(t))) return true;
    for (const words of this.contextWords[b]!) {
      for (let i = 0; i + words.length <= tokens.length; i++) {
        if (tokens[i]!.start >= hit.start && tokens[i]!.start < hit.end) continue;
        if (words.every((w, k) => tokens[i + k]!.plain === w || tokens[i + k]!.plain === `${w}s`)) return true;
      }
    }
    return this.contextCjk[b]!.some((c) => {
      const at = text.indexOf(c);
      return at >= 0 && (at >= hit.end || at + c.length <= hit.start);
    });
  }

  /** Brands a short text (brand field, seller name) names; `plainOnly` drops disguises and misspellings. */
  private namesIn(s: string | null | undefined, plainOnly: boolean): Map<number, Hit> {
    const out = new Map<number, Hit>();
    if (typeof s !== 'string' || !s.trim()) return out;
    const f = fold(cleanBrandField(s.slice(0, 300)));
    const tokens = tokenize(f.text);
    const hits = this.find(f.text, tokens, !plainOnly);
    for (const h of hits) {
      if (plainOnly && (h.how === 'disguised' || h.how === 'misspelled')) continue;
      // In a long brand field, only a name at its start counts ("Nike", "Nike Inc."; not "Case Maker for Apple").
      if (!plainOnly && tokens.length > 4 && h.start > (tokens[0]?.start ?? 0)) continue;
      const prev = out.get(h.brand);
      if (!prev || HOW_RANK[h.how] > HOW_RANK[prev.how]) out.set(h.brand, h);
    }
    return out;
  }

  match(input: MatchInput): BrandMatch[] {
    try {
      return this.matchUnsafe(input);
    } catch {
      return [];
    }
  }

  private matchUnsafe(input: MatchInput): BrandMatch[] {
    const title = typeof input?.title === 'string' ? input.title.slice(0, 2000) : '';
    const f = fold(title);
    const tokens = tokenize(f.text);
    const scan = this.detector.scan(f.text, tokens);
    const page = this.namesIn(input.pageBrand, false);
    const seller = this.namesIn(input.sellerName, true);
    let hits = this.find(f.text, tokens, true);
    // A mention inside a longer mention is part of that name: "Kiehl's" is the name, not the misspelling "Kiehl";
    // "Van Cleef & Arpels" is not "Van Cleef" plus something else.
    hits = hits.filter(
      (h) => !hits.some((o) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    );
    // One compatibility mention makes the brand's other mentions compatibility too: "Ladekabel für iPhone … USB
    // Apple" is a cable for Apple devices, with "Apple" repeated as a search keyword.
    const compatBrands = new Set(hits.filter((h) => this.isCompat(f.text, tokens, h, scan)).map((h) => h.brand));
    const best = new Map<number, Hit>();
    for (const h of hits) {
      const b = this.brands[h.brand]!;
      const vouched = page.has(h.brand) || seller.has(h.brand);
      if (!vouched) {
        if (compatBrands.has(h.brand)) continue;
        if (this.isTrap(tokens, h)) continue;
        const key = h.entry?.plain ?? '';
        // Two-letter names ("LV", "CK") count only with one of the brand's own product types in the title.
        if (h.entry && key.length <= 2 && ![...this.productTypesOf[h.brand]!].some((t) => scan.types.includes(t))) continue;
        if (b.ambiguous) {
          if (h.entry && (FUNCTION_WORDS.has(key) || key.length <= 2)) continue;
          if (!this.hasContext(h.brand, f.text, tokens, scan, h)) continue;
        }
      }
      const prev = best.get(h.brand);
      if (!prev || HOW_RANK[h.how] > HOW_RANK[prev.how] || (HOW_RANK[h.how] === HOW_RANK[prev.how] && h.start < prev.start)) {
        best.set(h.brand, h);
      }
    }
    const firstAt = new Map<number, number>();
    for (const h of hits) if (best.has(h.brand)) firstAt.set(h.brand, Math.min(firstAt.get(h.brand) ?? Infinity, h.start));
    const out: Array<BrandMatch & { order: number[] }> = [];
    for (const [b, h] of best) {
      out.push({
        brand: this.brands[b]!,
        how: h.how,
        matched: f.raw.slice(f.map[h.start] ?? 0, f.map[h.end] ?? f.raw.length),
        order: [page.has(b) ? 0 : 1, firstAt.get(b) ?? 0, -HOW_RANK[h.how]],
      });
    }
    for (const [b, h] of page) {
      if (best.has(b)) continue;
      const how: MatchHow = h.how === 'disguised' || h.how === 'misspelled' ? h.how : 'page-brand';
      out.push({ brand: this.brands[b]!, how, matched: String(input.pageBrand).trim().slice(0, 300), order: [0, -1, 0] });
    }
    out.sort((a, b) => a.order[0]! - b.order[0]! || a.order[1]! - b.order[1]! || a.order[2]! - b.order[2]!);
    return out.map(({ brand, how, matched }) => ({ brand, how, matched }));
  }

  /** Debug/test view: the brand keys (folded canonical names) in index order. */
  get nameKeyList(): readonly string[] {
    return this.nameKeys;
  }
}

export function buildBrandIndex(data: { brands: readonly Brand[]; productTypes: readonly ProductType[] }): BrandIndex {
  return new Index(data.brands, data.productTypes);
}
