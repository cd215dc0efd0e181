/**
 * Signal `no-authorised-sales`: the brand says it has no authorised sales of new goods on this marketplace
 * (brand data `noAuthorisedSales`). Not applied to used/refurbished items (reselling genuine used goods is legal and
 * common) nor to official/authorised sellers (the data would then be out of date).
 */
import type { Signal } from '../schema/verdict';
import { itemName, marketplaceName, marketplaceNameZh } from './common';
import { brandName, shortSource, year } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function noAuthorisedSales(f: Facts): Signal | null {
  const nas = f.brand.noAuthorisedSales;
  const site = f.listing.site;
  if (!nas || !nas.marketplaces.includes(site) || f.condition !== 'new') return null;
  if (f.sellerStatus === 'official' || f.sellerStatus === 'authorised') return null;
  const src = `brand data, ${year(nas.asOf)}`;
  const srcZh = `品牌资料，${year(nas.asOf)}`;
  return {
    id: 'no-authorised-sales',
    weight: WEIGHTS.noAuthorisedSales,
    message: {
      en: `${brandName(f.brand, 'en')} has no authorised sellers of new goods on ${marketplaceName(site)} (${src}): a new ${itemName(f, 'en')} here does not come from the brand.`,
      zh: `${brandName(f.brand, 'zh')}没有在${marketplaceNameZh(site)}授权任何人销售全新商品（来源：${srcZh}）：这里的全新${itemName(f, 'zh')}并非来自品牌方。`,
    },
    evidence: { marketplace: site, source: shortSource(nas.source), fullSource: nas.source, asOf: nas.asOf },
  };
}
