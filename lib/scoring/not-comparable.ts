/**
 * Words that say the price is not the price of the brand's product itself: packaging (box, dust bag), parts and
 * add-ons (strap, band, lens, charm), samples and decants, or an item "for"/"compatible with" the brand.
 * When one appears, price signals are skipped: a $30 "Rolex watch box" is not a $30 Rolex.
 * Matched word-aware on folded text. Contributor knowledge of listing titles, 2025.
 */
import { B, E, fold } from './text';

// Why so few generic words: "mini bag", "card holder", "long sleeve", "polarized lens", "Pandora charm", "booster box",
// "with tags", "USB-C power adapter" and car "parts" are genuine products, so only unambiguous packaging/part words.
const WORDS = [
  // packaging and paperwork
  'empty box', 'box only', 'watch box', 'shoe box', 'dust bag', 'dustbag', 'gift bag', 'shopping bag', 'paper bag',
  'packaging', 'receipt', 'certificate', 'ribbon', 'empty bottle', 'empty',
  // parts and add-ons
  'strap only', 'replacement strap', 'watch strap', 'watch band', 'replacement band', 'bracelet links',
  'buckle only', 'replacement', 'spare', 'insoles', 'laces', 'shoelaces', 'keychain', 'key chain', 'keyring',
  'sticker', 'stickers', 'decal', 'decals', 'poster', 'screen protector', 'protector', 'case for', 'cover for',
  // samples and small sizes
  'sample', 'samples', 'vial', 'decant', 'decants', 'travel size', 'miniature', 'tester',
  // accessory wording
  'compatible', 'compatible with', 'fits', 'fit for', 'works with',
  // multi-language
  'echantillon', 'muestra', 'campione', 'probe size',
];
const ZH = ['包装盒', '盒子', '空盒', '防尘袋', '手提袋', '表带', '替换', '配件', '小样', '试用装', '分装', '适用于', '适用', '贴纸', '钥匙扣'];

const RE = new RegExp(`${B}(${WORDS.map((w) => w.replace(/ /g, ' ?')).join('|')})${E}|${ZH.join('|')}`, 'u');

// Why: "with dust bag", "+ box", "含防尘袋" describe what comes WITH the item (genuine and fake listings alike), not
// what is sold.
const INCLUDED = /(with|w\/|incl\.?|including|includes|\+|&|and|plus|mit|avec|con|含|带|送|附)\s*$/u;
const RE_G = new RegExp(RE.source, 'gu');

/** The first not-comparable word in the (folded or not) title, or null. */
export function findNotComparable(title: string, alreadyFolded = false): string | null {
  const t = alreadyFolded ? title : fold(title);
  RE_G.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RE_G.exec(t)) !== null) {
    if (!INCLUDED.test(t.slice(Math.max(0, m.index - 12), m.index))) return m[0];
  }
  return null;
}
