/**
 * Reassuring signal `authenticated`: the marketplace has an independent authenticator check the item before it
 * reaches the buyer (Listing.authenticated, e.g. eBay Authenticity Guarantee).
 */
import type { Signal } from '../schema/verdict';
import { marketplaceName, marketplaceNameZh } from './common';
import { WEIGHTS } from './thresholds';
import type { Facts } from './types';

export function authenticated(f: Facts): Signal | null {
  if (f.listing.authenticated !== true) return null;
  const site = f.listing.site;
  return {
    id: 'authenticated',
    weight: WEIGHTS.authenticated,
    message: {
      en: `${marketplaceName(site)} has this item checked by an independent authenticator before it is sent to you.`,
      zh: `${marketplaceNameZh(site)}会在发货前安排独立鉴定机构查验这件商品。`,
    },
    evidence: { authenticated: true },
  };
}
