/**
 * Who sells: the brand's official store, an authorised retailer, the brand's own web shop, or a third party.
 * Also `sellerKey`, the normalised id the report store keeps for a seller. Pure functions.
 */
import type { Brand } from '../brands/schema';
import type { Listing, Seller } from '../schema/listing';
import { hostIsOn } from '../sites';
import { OFFICIAL_FLAG_SITES } from './thresholds';
import { compact } from './text';
import type { SellerStatus } from './types';

/**
 * The key the report store keeps for a seller on a site: its id when the page gives one, else its name,
 * folded (case, width, accents, spaces and punctuation ignored). "aliexpress:id:1102345", "ebay:name:luxurydeals".
 */
export function sellerKey(site: string, seller: Pick<Seller, 'name' | 'id'>): string {
  const id = seller.id ? compact(seller.id) : '';
  return id ? `${site}:id:${id}` : `${site}:name:${compact(seller.name)}`;
}

/** Every key a seller can be known by (id and name), so a report stored under either still matches. */
export function sellerKeys(site: string, seller: Pick<Seller, 'name' | 'id'>): string[] {
  const keys = [`${site}:name:${compact(seller.name)}`];
  if (seller.id && compact(seller.id)) keys.unshift(`${site}:id:${compact(seller.id)}`);
  return keys;
}

/** The brand's names as compact strings (name, aliases, native), for "does this store name mention the brand". */
export function brandNameKeys(brand: Brand): string[] {
  const names = [brand.name, ...(brand.aliases ?? []), ...(brand.native ?? []).map((n) => n.name)];
  return names.map(compact).filter((n) => n.length >= 2);
}

export function sellerNamesBrand(sellerName: string, brand: Brand): boolean {
  const s = compact(sellerName);
  if (!s) return false;
  // Why ≥ 3 for Latin names: two-letter aliases ("LV", "MK") occur inside unrelated store names; CJK names are
  // two characters or more and distinctive.
  return brandNameKeys(brand).some((n) => (n.length >= 3 || /[^\x00-\x7f]/.test(n)) && s.includes(n));
}

function inList(name: string, list: readonly string[] | undefined): boolean {
  if (!list || list.length === 0) return false;
  const s = compact(name);
  return s.length > 0 && list.some((x) => compact(x) === s);
}

function urlHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function sellerStatus(listing: Listing, brand: Brand): SellerStatus {
  if (listing.site === 'generic') {
    const host = urlHost(listing.url);
    if (host && brand.officialDomains.some((d) => hostIsOn(host, d))) return 'own-domain';
  }
  const seller = listing.seller;
  if (!seller) return 'unknown';
  const site = listing.site;
  if (site !== 'generic') {
    const stores = brand.officialStores?.[site];
    if (inList(seller.name, stores) || (seller.id !== undefined && inList(seller.id, stores))) return 'official';
    if (
      seller.official === true &&
      OFFICIAL_FLAG_SITES.includes(site) &&
      (site === 'tmall' || sellerNamesBrand(seller.name, brand))
    )
      return 'official';
    if (inList(seller.name, brand.authorisedSellers?.[site])) return 'authorised';
  }
  return 'third-party';
}
