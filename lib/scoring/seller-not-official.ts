/**
 * Signal `seller-not-official`: the brand runs an official store on this marketplace, and this seller is neither that
 * store nor an authorised retailer. Weak on its own (honest resellers exist); it tells the user where the brand sells.
 */
import type { Signal } from '../schema/verdict';
import { marketplaceName, marketplaceNameZh } from './common';
import { brandName } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function officialStoresHere(f: Facts): readonly string[] {
  const site = f.listing.site;
  if (site === 'generic') return [];
  return f.brand.officialStores?.[site] ?? [];
}

export function sellerNotOfficial(f: Facts): Signal | null {
  if (f.sellerStatus !== 'third-party' || !f.seller) return null;
  const stores = officialStoresHere(f);
  const store = stores[0];
  if (!store) return null;
  const site = f.listing.site;
  return {
    id: 'seller-not-official',
    weight: WEIGHTS.sellerNotOfficial,
    message: {
      en: `${brandName(f.brand, 'en')} has an official store on ${marketplaceName(site)} ("${store}"); this seller ("${f.seller.name}") is not it, nor an authorised retailer.`,
      zh: `${brandName(f.brand, 'zh')}在${marketplaceNameZh(site)}开有官方店铺（“${store}”），而该卖家（“${f.seller.name}”）既不是官方店铺，也不是授权经销商。`,
    },
    evidence: { seller: f.seller.name, officialStore: store },
  };
}
