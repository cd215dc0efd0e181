/**
 * Replica wording: the words sellers use to say "this is a copy" while still using the brand's name.
 * Each term is matched on folded text (lib/scoring/text.ts), word-aware, and may be cancelled by context so that
 * ordinary uses do not count: "AAA battery", "1:1 scale", "replica jersey" (the official name of fan football shirts),
 * "Replica" perfumes by Maison Margiela, 复刻版 (official retro re-release of sneakers).
 * Sources: marketplace prohibited-keyword help pages, brand-protection guides and our own reading of listings
 * (contributor knowledge, 2025); every term has a test in tests/lib/scoring/replica-words.test.ts.
 */
import { B, E, fold } from './text';

export interface ReplicaContext {
  productType: string | null;
  brandId: string | null;
}

interface Term {
  /** Shown to the user as evidence. */
  label: string;
  lang: string;
  re: RegExp;
  /** Returns true when this occurrence is an ordinary use (the whole folded text and the match index are given). */
  unless?: (text: string, at: number, len: number, ctx: ReplicaContext) => boolean;
}

const around = (text: string, at: number, len: number, before: number, after: number) =>
  text.slice(Math.max(0, at - before), at + len + after);

// Why: football clubs' fan shirts are officially sold as "replica" (vs "authentic"/player version); scale models,
// helmets and props are "replicas" by nature; Maison Margiela sells a perfume line named "Replica".
const ORDINARY_REPLICA = new RegExp(
  `${B}(jersey|jerseys|kit|shirt|trikot|maillot|camiseta|maglia|helmet|casque|scale|model|modell|diecast|prop|props|sword|coin|movie|film|statue|fossil|skull|gun|pistol|rifle|airsoft)${E}`,
  'u',
);
// Why not perfume: "replica perfume" is copy language, except Maison Margiela's own "Replica" line (brand check above).
const REPLICA_TYPES = new Set(['jersey', 'figure', 'car-part', 'video-game', 'dvd-boxset']);

const BATTERY_OR_GAME = new RegExp(
  `${B}(batter(y|ies)|batterie[ns]?|pile[s]?|pila[s]?|akku|accu|cell[s]?|alkaline|nimh|rechargeable|game[s]?|title[s]?|rated|rating|bond[s]?|credit|roadside|size|电池|电池组)${E}|电池`,
  'u',
);
const RATIO_WORDS = new RegExp(
  `${B}(scale|ratio|aspect|square|format|photo|picture|lifesize|life-size|life size|model|figure|figurine|statue|modell|maquette|escala|maßstab|massstab)${E}|比例|真人|模型`,
  'u',
);
const ORDINARY_COPY = /(cop(y|ia) de seguridad|backup|digital cop(y|ia)|copia digitale|copie conforme|copy ?paper|carbon copy)/u;

const TERMS: Term[] = [
  {
    label: 'replica',
    lang: 'en/es/it/pt/fr',
    // replica, réplica (folded), replicas, réplique, Replik (de)
    re: new RegExp(`${B}(replica[s]?|replique[s]?|replik|replika)${E}`, 'gu'),
    unless: (text, at, len, ctx) =>
      ctx.brandId === 'maison-margiela' ||
      ORDINARY_REPLICA.test(around(text, at, len, 40, 40)) ||
      (ctx.productType !== null && REPLICA_TYPES.has(ctx.productType) && !/(aaa|1:1|mirror|高仿)/u.test(text)),
  },
  { label: 'реплика', lang: 'ru', re: /реплик[аиу]?/gu },
  { label: 'копия', lang: 'ru', re: new RegExp(`${B}(копи[яию]|люкс копия)${E}`, 'gu') },
  {
    label: 'AAA',
    lang: 'en',
    // AAA, AAAA, AAAAA, AAA+ (grades counterfeiters give their copies)
    re: new RegExp(`${B}a{3,5}${E}\\+?`, 'gu'),
    unless: (text, at, len, ctx) =>
      ctx.productType === 'battery' ||
      ctx.productType === 'video-game' ||
      BATTERY_OR_GAME.test(around(text, at, len, 25, 25)),
  },
  {
    label: 'grade (5A/7A/10A)',
    lang: 'en',
    re: new RegExp(`${B}(5|6|7|8|9|10|12)a\\+? ?(grade|quality|qualite|calidad|版|级)|${B}top ?grade ?(aaa|1:1)`, 'gu'),
  },
  {
    label: '1:1',
    lang: 'any',
    re: /(?<![\p{N}:])1 ?[:：] ?1(?![\p{N}:])|一比一|1比1/gu,
    unless: (text, at, len) => RATIO_WORDS.test(around(text, at, len, 15, 20)),
  },
  { label: 'mirror quality', lang: 'en', re: new RegExp(`${B}mirror ?(quality|grade|copy|image quality|version)${E}`, 'gu') },
  { label: 'original quality', lang: 'en', re: new RegExp(`${B}(original|orignal|oem) ?quality${E}`, 'gu') },
  {
    label: 'copy',
    lang: 'en',
    re: new RegExp(`${B}(high|top|best|exact|perfect|mirror|quality|super|luxury|1:1|aaa|grade) ?cop(y|ies)${E}`, 'gu'),
  },
  { label: 'super fake', lang: 'en', re: new RegExp(`${B}super ?fake[s]?${E}`, 'gu') },
  { label: 'knockoff', lang: 'en', re: new RegExp(`${B}knock[- ]?offs?${E}`, 'gu') },
  { label: 'unauthorized authentic', lang: 'en', re: new RegExp(`${B}unauthori[sz]ed authentic${E}`, 'gu') },
  {
    label: 'copia/copie/Kopie',
    lang: 'es/it/pt/fr/de',
    re: new RegExp(`${B}(copia|copie|kopie|kopia|imitacion|imitazione|falsificacion|nachbildung|nachahmung|imitat)${E}`, 'gu'),
    unless: (text, at, len, ctx) =>
      ORDINARY_COPY.test(around(text, at, len, 20, 25)) ||
      ctx.productType === 'figure' ||
      ctx.productType === 'ink-cartridge',
  },
  { label: 'スーパーコピー', lang: 'ja', re: new RegExp(fold('スーパーコピー|コピー品|N級品|レプリカ'), 'gu') },
  { label: '짝퉁', lang: 'ko', re: /짝퉁|레플리카|이미테이션/gu },
  { label: '高仿', lang: 'zh', re: /高仿|精仿|仿品|仿货|仿牌|仿真皮?包|超a|a货|顶级a|莆田|公司级|纯原/gu },
  // Why: 原单 ("original order") and 尾单 ("tail order") claim factory leftovers of the brand's own production,
  // the classic story told about counterfeits; 专柜品质 "counter quality" claims shop-counter quality.
  { label: '原单', lang: 'zh', re: /原单|尾单|专柜品质|专柜版/gu },
  {
    // Why qualified only: 复刻 alone (复刻版/复刻款) is also how official retro re-releases of sneakers are sold;
    // with a grade word or on watches/bags it is copy language.
    label: '复刻',
    lang: 'zh',
    re: /(顶级|高端|原版|精品|高版本|纯原|一比一|1比1|1:1)复刻|复刻(表|手表|腕表|名表|包|包包|女包|男表|女表)/gu,
  },
];

/** The replica terms found in `text` (any case/width), as display labels, de-duplicated, in list order. */
export function findReplicaTerms(text: string, ctx: ReplicaContext, alreadyFolded = false): string[] {
  const t = alreadyFolded ? text : fold(text);
  if (!t) return [];
  const found: string[] = [];
  for (const term of TERMS) {
    term.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = term.re.exec(t)) !== null) {
      if (!term.unless || !term.unless(t, m.index, m[0].length, ctx)) {
        found.push(term.label === 'AAA' ? m[0].toUpperCase() : term.label);
        break;
      }
      if (m[0].length === 0) term.re.lastIndex++;
    }
  }
  return found;
}

/** For tests and docs: every term's label and language. */
export const REPLICA_TERM_LABELS: readonly { label: string; lang: string }[] = TERMS.map((t) => ({ label: t.label, lang: t.lang }));
