/**
 * Signal `seller-unrelated`: on a marketplace where copies are common (thresholds HIGH_RISK_MARKETPLACES), a store whose
 * name has nothing to do with the brand sells a new item of it. Not added when `seller-not-official` already speaks
 * about the seller (the brand has an official store there).
 */
import type { Signal } from '../schema/verdict';
import { marketplaceName, marketplaceNameZh } from './common';
import { brandName } from './messages';
import { sellerNamesBrand } from './seller';
import { officialStoresHere } from './seller-not-official';
import { HIGH_RISK_MARKETPLACES, WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function sellerUnrelated(f: Facts): Signal | null {
  const site = f.listing.site;
  if (!f.seller || f.sellerStatus !== 'third-party' || f.condition !== 'new') return null;
  if (!HIGH_RISK_MARKETPLACES.includes(site) || officialStoresHere(f).length > 0) return null;
  if (sellerNamesBrand(f.seller.name, f.brand)) return null;
  return {
    id: 'seller-unrelated',
    weight: WEIGHTS.sellerUnrelated,
    message: {
      en: `The store "${f.seller.name}" has no link to ${brandName(f.brand, 'en')}, on ${marketplaceName(site)}, where copies are common.`,
      zh: `店铺“${f.seller.name}”与${brandName(f.brand, 'zh')}没有任何关联，而${marketplaceNameZh(site)}上仿品较多。`,
    },
    evidence: { seller: f.seller.name, marketplace: site },
  };
}
