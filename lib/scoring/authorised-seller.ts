/** Reassuring signal `authorised-seller`: an authorised retailer of the brand on this marketplace ("Amazon.com"). */
import type { Signal } from '../schema/verdict';
import { marketplaceName, marketplaceNameZh } from './common';
import { brandName } from './messages';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function authorisedSeller(f: Facts): Signal | null {
  if (f.sellerStatus !== 'authorised' || !f.seller) return null;
  const site = f.listing.site;
  return {
    id: 'authorised-seller',
    weight: WEIGHTS.authorisedSeller,
    message: {
      en: `Sold by ${f.seller.name}, an authorised retailer of ${brandName(f.brand, 'en')} on ${marketplaceName(site)}.`,
      zh: `由${brandName(f.brand, 'zh')}在${marketplaceNameZh(site)}的授权经销商“${f.seller.name}”销售。`,
    },
    evidence: { seller: f.seller.name },
  };
}
