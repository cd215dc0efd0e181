/**
 * The facts behind one verdict, for the popup: what a genuine one costs, where to buy safely on this marketplace,
 * where to report. All from the bundled brand and marketplace data.
 */
import { marketplaceInfo } from '../brands';
import type { Explanation } from '../messages';
import type { Listing } from '../schema/listing';
import type { Verdict } from '../schema/verdict';
import { brandIndex } from './score';

export function explain(listing: Listing, verdict: Verdict): Explanation {
  const market = listing.site === 'generic' ? undefined : marketplaceInfo(listing.site);
  const marketplace = market
    ? {
        name: market.name,
        buyerProtection: market.buyerProtection,
        ipReport: market.ipReport,
        ...(market.reportListing ? { reportListing: market.reportListing } : {}),
      }
    : null;
  const brand = verdict.brand ? brandIndex().byId(verdict.brand.id) : undefined;
  if (!brand) return { brand: null, genuinePrice: null, marketplace };
  const site = listing.site as keyof NonNullable<typeof brand.officialStores>;
  const storesHere = [...(brand.officialStores?.[site] ?? []), ...(brand.authorisedSellers?.[site] ?? [])];
  const floor = verdict.productType ? brand.products.find((p) => p.type === verdict.productType) : undefined;
  return {
    brand: {
      id: brand.id,
      name: brand.name,
      officialDomains: brand.officialDomains,
      storesHere,
      reportUrl: brand.report?.url ?? null,
    },
    genuinePrice:
      floor?.floorUsd !== undefined
        ? { productType: floor.type, floorUsd: floor.floorUsd, source: floor.source, asOf: floor.asOf }
        : null,
    marketplace,
  };
}
