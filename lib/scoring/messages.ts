/**
 * Words for verdicts: product-type names, brand display names, money formatting, short reason labels per signal and
 * the one-sentence summary. English and Simplified Chinese, keyed so the UI can pick the language.
 * Pure functions; Intl formatters are cached per currency.
 */
import type { Brand } from '../brands/schema';
import type { RiskLevel, Signal, Text } from '../schema/verdict';

const TYPE_NAMES: Record<string, [en: string, zh: string]> = {
  bag: ['bag', '包'], wallet: ['wallet', '钱包'], belt: ['belt', '腰带'], sneakers: ['pair of sneakers', '运动鞋'],
  shoes: ['pair of shoes', '鞋'], boots: ['pair of boots', '靴子'], sandals: ['pair of sandals', '凉鞋'],
  clothing: ['clothing item', '服装'], jacket: ['jacket', '外套'], jersey: ['jersey', '球衣'],
  sunglasses: ['pair of sunglasses', '太阳镜'], scarf: ['scarf', '围巾'], hat: ['hat', '帽子'], watch: ['watch', '手表'],
  smartwatch: ['smartwatch', '智能手表'], ring: ['ring', '戒指'], necklace: ['necklace', '项链'],
  bracelet: ['bracelet', '手链'], earrings: ['pair of earrings', '耳环'], jewellery: ['piece of jewellery', '首饰'],
  earbuds: ['pair of earbuds', '耳机'], headphones: ['pair of headphones', '头戴式耳机'], speaker: ['speaker', '音箱'],
  smartphone: ['smartphone', '手机'], tablet: ['tablet', '平板电脑'], laptop: ['laptop', '笔记本电脑'],
  charger: ['charger', '充电器'], 'power-bank': ['power bank', '充电宝'], cable: ['cable', '数据线'],
  'memory-card': ['memory card', '存储卡'], 'usb-drive': ['USB drive', 'U盘'], ssd: ['SSD', '固态硬盘'],
  'game-console': ['game console', '游戏机'], 'game-controller': ['game controller', '游戏手柄'],
  'video-game': ['video game', '游戏'], perfume: ['bottle of perfume', '香水'], lipstick: ['lipstick', '口红'],
  'eye-makeup': ['eye make-up item', '眼妆产品'], 'face-makeup': ['face make-up item', '底妆产品'],
  'makeup-palette': ['make-up palette', '彩妆盘'], skincare: ['skincare product', '护肤品'],
  'hair-tool': ['hair tool', '美发工具'], shaver: ['shaver', '剃须刀'], 'building-set': ['building set', '积木套装'],
  'trading-cards': ['pack of trading cards', '集换式卡牌'], figure: ['figure', '手办'], plush: ['plush toy', '毛绒玩具'],
  doll: ['doll', '娃娃'], 'dvd-boxset': ['box set', '影碟套装'], 'golf-club': ['golf club', '高尔夫球杆'],
  'golf-ball': ['box of golf balls', '高尔夫球'], racket: ['racket', '球拍'], ball: ['ball', '球'],
  'car-part': ['car part', '汽车配件'], 'brake-pads': ['set of brake pads', '刹车片'], 'spark-plug': ['spark plug', '火花塞'],
  'oil-filter': ['oil filter', '机油滤清器'], 'wiper-blade': ['wiper blade', '雨刮片'], pen: ['pen', '笔'],
  lighter: ['lighter', '打火机'], 'phone-case': ['phone case', '手机壳'], 'toothbrush-head': ['toothbrush head', '牙刷头'],
  'ink-cartridge': ['ink cartridge', '墨盒'], battery: ['battery', '电池'],
};

export function typeName(type: string | null, lang: 'en' | 'zh'): string {
  if (!type) return lang === 'en' ? 'item' : '商品';
  const t = TYPE_NAMES[type];
  if (t) return lang === 'en' ? t[0] : t[1];
  return lang === 'en' ? type.replace(/-/g, ' ') : type;
}

const COUNTED = /^(pair of|bottle of|box of|set of|pack of|piece of) (.+)$/;

/** "pair of Nike sneakers", "Gucci belt", "bottle of Chanel perfume" (English); "耐克运动鞋" (Chinese). */
export function brandedItem(brand: string, type: string | null, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return `${brand}${typeName(type, 'zh')}`;
  if (!type) return `${brand} item`;
  const t = typeName(type, 'en');
  const m = COUNTED.exec(t);
  return m ? `${m[1]} ${brand} ${m[2]}` : `${brand} ${t}`;
}

/** A source note short enough for a message: up to the first ";" or " (", at most 80 characters. */
export function shortSource(source: string): string {
  const cut = source.split(/;| \(/)[0]?.trim() ?? source;
  return cut.length > 80 ? `${cut.slice(0, 79).trimEnd()}…` : cut;
}

/** The brand's name for Chinese text: its Chinese name when the data has one ("古驰"), else the Latin name. */
export function brandName(brand: Brand, lang: 'en' | 'zh'): string {
  if (lang === 'zh') return brand.native?.find((n) => n.lang === 'zh' || n.lang.startsWith('zh-'))?.name ?? brand.name;
  return brand.name;
}

// Symbols as en-US Intl prints them; written out because Intl.NumberFormat is slow to call per verdict.
const SYMBOLS: Record<string, string> = {
  USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', CAD: 'CA$', AUD: 'A$', KRW: '₩', HKD: 'HK$',
  NZD: 'NZ$', MXN: 'MX$', BRL: 'R$', TWD: 'NT$', ILS: '₪', VND: '₫', PHP: '₱',
};
const ZERO_DECIMALS = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK']);

/** "$38", "€1,234", "CN¥299", "¥12,000" (JPY), "₹4,999", "$12.50"; other codes as "CHF 12.50". */
export function money(amount: number, currency: string): string {
  if (!Number.isFinite(amount)) return `${currency} ?`;
  const whole = amount >= 100 || Number.isInteger(amount) || ZERO_DECIMALS.has(currency);
  const fixed = whole ? Math.round(amount).toFixed(0) : amount.toFixed(2);
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const num = frac ? `${grouped}.${frac}` : grouped;
  const sym = SYMBOLS[currency];
  return sym ? `${sym}${num}` : `${currency} ${num}`;
}

/** Price as the page shows it, plus the USD figure when the currency is not USD: "€35 (about $38)". */
export function priceText(amount: number, currency: string, usd: number | null, lang: 'en' | 'zh'): string {
  const shown = money(amount, currency);
  if (currency === 'USD' || usd === null) return shown;
  return lang === 'en' ? `${shown} (about ${money(usd, 'USD')})` : `${shown}（约 ${money(usd, 'USD')}）`;
}

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** Year of an asOf date ("2025-06" → "2025"). */
export const year = (asOf: string): string => asOf.slice(0, 4);

/** Short reason labels for the summary sentence, per signal id. */
const REASONS: Record<string, Text> = {
  'price-below-floor': { en: 'a price far below genuine', zh: '价格远低于正品' },
  'replica-language': { en: 'replica wording', zh: '使用“高仿”等仿品用语' },
  'disguised-name': { en: 'a disguised brand name', zh: '品牌名被刻意变形' },
  'no-authorised-sales': { en: 'the brand does not sell here', zh: '该品牌不在此平台授权销售' },
  'seller-not-official': { en: 'not the brand’s official store', zh: '非品牌官方店铺' },
  'seller-unrelated': { en: 'a seller unrelated to the brand', zh: '店铺与品牌无关' },
  'seller-few-ratings': { en: 'a seller with few ratings', zh: '店铺评价很少' },
  'seller-low-rating': { en: 'a poorly rated seller', zh: '店铺好评率低' },
  'seller-new': { en: 'a new seller', zh: '新开店铺' },
  'near-genuine-price': { en: 'a near-genuine price from an unauthorised seller', zh: '非授权卖家以接近正品的价格出售' },
  'reported-seller': { en: 'a seller you reported before', zh: '你曾举报过该卖家' },
};

export function reasonLabel(id: string): Text | undefined {
  return REASONS[id];
}

function joinReasons(parts: string[], lang: 'en' | 'zh'): string {
  if (lang === 'zh') return parts.join('、');
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export interface SummaryInput {
  level: RiskLevel;
  kind: 'counterfeit' | 'dupe' | null;
  brand: Brand | null;
  productType: string | null;
  signals: readonly Signal[];
}

/** One sentence for the badge tooltip and popup headline. */
export function summary(v: SummaryInput): Text {
  if (!v.brand) {
    return {
      en: 'No known brand found in this listing, so there is nothing to compare it with.',
      zh: '未在该商品中识别到已知品牌，无从比较。',
    };
  }
  const en = brandName(v.brand, 'en');
  const zh = brandName(v.brand, 'zh');
  const itemEn = brandedItem(en, v.productType, 'en');
  const itemZh = brandedItem(zh, v.productType, 'zh');
  if (v.kind === 'dupe') {
    return {
      en: `Sold as a lookalike of ${en}, not as genuine ${en}: expect a different maker and quality.`,
      zh: `这是仿${zh}款式的平替商品，并非${zh}正品：制造商和品质都不同。`,
    };
  }
  const risky = [...v.signals].filter((s) => s.weight > 0).sort((a, b) => b.weight - a.weight);
  const reasons = risky.slice(0, 3).map((s) => reasonLabel(s.id)).filter((r): r is Text => !!r);
  const rEn = joinReasons(reasons.map((r) => r.en), 'en');
  const rZh = joinReasons(reasons.map((r) => r.zh), 'zh');
  if (v.level === 'high') {
    return {
      en: `High risk that this ${itemEn} is counterfeit: ${rEn}.`,
      zh: `这款${itemZh}很可能是假货：${rZh}。`,
    };
  }
  if (v.level === 'caution') {
    return {
      en: `Caution: this ${itemEn} may not be genuine: ${rEn}.`,
      zh: `注意：这款${itemZh}可能不是正品：${rZh}。`,
    };
  }
  const reassuring = v.signals.filter((s) => s.weight < 0).sort((a, b) => a.weight - b.weight)[0];
  if (reassuring) {
    return {
      en: `Low risk for this ${itemEn}: ${reassuring.message.en}`,
      zh: `这款${itemZh}风险较低：${reassuring.message.zh}`,
    };
  }
  if (risky.length > 0) {
    return {
      en: `Low risk for this ${itemEn}, with a minor point to check: ${rEn}.`,
      zh: `这款${itemZh}风险较低，但有一点值得留意：${rZh}。`,
    };
  }
  return {
    en: `No counterfeit signs found for this ${itemEn}.`,
    zh: `未发现这款${itemZh}有假货迹象。`,
  };
}
