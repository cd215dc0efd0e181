/**
 * Reassuring signal `official-store`: the seller is the brand's official store on this marketplace (brand data
 * officialStores, or the platform's own verified label: thresholds OFFICIAL_FLAG_SITES).
 */
import type { Signal } from '../schema/verdict';
import { marketplaceName, marketplaceNameZh } from './common';
import { brandName } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function officialStore(f: Facts): Signal | null {
  if (f.sellerStatus !== 'official' || !f.seller) return null;
  const site = f.listing.site;
  return {
    id: 'official-store',
    weight: WEIGHTS.officialStore,
    message: {
      en: `Sold by ${brandName(f.brand, 'en')}'s official store on ${marketplaceName(site)} ("${f.seller.name}").`,
      zh: `由${brandName(f.brand, 'zh')}在${marketplaceNameZh(site)}的官方店铺（“${f.seller.name}”）销售。`,
    },
    evidence: { seller: f.seller.name, pageSaysOfficial: f.seller.official === true },
  };
}
