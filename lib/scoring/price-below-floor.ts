/**
 * Signal `price-below-floor`: the price (in USD) is far below the brand's conservative floor for a NEW genuine item of
 * this product type. Softened for used and refurbished items and for the low end of a price range; skipped when the
 * title says the item is packaging, a part, a sample or an accessory (lib/scoring/not-comparable.ts).
 */
import type { Signal } from '../schema/verdict';
import { itemName, round2 } from './common';
import { money, pct, priceText, shortSource, year } from './messages';
import { PRICE } from './thresholds';
import type { Facts } from './types';


/** Weight for a new item at `ratio` = price / floor (0 when not below the threshold). */
export function priceWeight(ratio: number): number {
  if (ratio >= PRICE.belowRatio) return 0;
  if (ratio <= PRICE.extremeRatio) return PRICE.extremeWeight;
  if (ratio <= PRICE.floorRatio) return PRICE.atFloorRatio;
  const t = (PRICE.belowRatio - ratio) / (PRICE.belowRatio - PRICE.floorRatio);
  return PRICE.atBelowRatio + t * (PRICE.atFloorRatio - PRICE.atBelowRatio);
}

export function priceBelowFloor(f: Facts): Signal | null {
  const price = f.listing.price;
  if (!f.floor || f.priceUsd === null || !price || f.priceNotComparable || f.priceUsd <= 0) return null;
  const ratio = f.priceUsd / f.floor.floorUsd;
  const limit =
    f.condition === 'used' ? PRICE.usedBelowRatio : f.condition === 'refurbished' ? PRICE.refurbishedBelowRatio : PRICE.belowRatio;
  if (ratio >= limit) return null;
  let weight = priceWeight(ratio);
  if (f.condition === 'used') weight *= PRICE.usedFactor;
  if (f.condition === 'refurbished') weight *= PRICE.refurbishedFactor;
  if (price.range) weight *= PRICE.rangeFactor;
  weight = Math.round(weight);
  const below = pct(1 - ratio);
  const floorText = money(f.floor.floorUsd, 'USD');
  const src = `${shortSource(f.floor.source)}, ${year(f.floor.asOf)}`;
  const usedEn = f.condition === 'new' ? '' : ` Even for a ${f.condition} item this is very low.`;
  const usedZh = f.condition === 'new' ? '' : f.condition === 'used' ? '即使是二手商品，这个价格也明显偏低。' : '即使是翻新商品，这个价格也明显偏低。';
  const rangeEn = price.range ? ' (the lowest price of a range)' : '';
  const rangeZh = price.range ? '（价格区间的最低价）' : '';
  return {
    id: 'price-below-floor',
    weight,
    message: {
      en: `Price is ${priceText(price.amount, price.currency, f.priceUsd, 'en')}${rangeEn}, ${below} below the lowest price a new genuine ${itemName(f, 'en')} sells for (${floorText}, ${src}).${usedEn}`,
      zh: `售价 ${priceText(price.amount, price.currency, f.priceUsd, 'zh')}${rangeZh}，比${itemName(f, 'zh')}全新正品的最低售价（${floorText}）还低 ${below}（数据来源：${src}）。${usedZh}`,
    },
    evidence: {
      price: price.amount,
      currency: price.currency,
      priceUsd: round2(f.priceUsd),
      floorUsd: f.floor.floorUsd,
      ratio: round2(ratio),
      condition: f.condition,
      range: price.range === true,
      source: f.floor.source,
      asOf: f.floor.asOf,
    },
  };
}
