/**
 * Signal `near-genuine-price` — the bargain hunter's nightmare: the price is close to genuine (thresholds
 * NEAR_GENUINE: 0.6–1.3 of the floor) but the seller is not the brand's store nor an authorised retailer. Not a sign
 * of a fake by itself; it says what is at stake (the price) and where to buy the genuine item safely instead.
 */
import type { Signal } from '../schema/verdict';
import { itemName, marketplaceName, marketplaceNameZh, round2 } from './common';
import { brandName, money, pct, priceText } from './messages';
import { officialStoresHere } from './seller-not-official';
import { NEAR_GENUINE, WEIGHTS } from './thresholds';
import type { Facts } from './types';

/** Where to buy safely: the official store here, an authorised seller here, or the brand's own site. */
export function safePlace(f: Facts): { en: string; zh: string; store: string | null; domain: string | null } | null {
  const site = f.listing.site;
  const store = officialStoresHere(f)[0] ?? (site !== 'generic' ? f.brand.authorisedSellers?.[site]?.[0] : undefined);
  const domain = f.brand.officialDomains[0] ?? null;
  if (store && domain) {
    return {
      en: `"${store}" on ${marketplaceName(site)} or ${domain}`,
      zh: `${marketplaceNameZh(site)}上的“${store}”或品牌官网 ${domain} `,
      store,
      domain,
    };
  }
  if (store) return { en: `"${store}" on ${marketplaceName(site)}`, zh: `${marketplaceNameZh(site)}上的“${store}”`, store, domain: null };
  if (domain) return { en: `the brand's own site, ${domain}`, zh: `品牌官网 ${domain} `, store: null, domain };
  return null;
}

export function nearGenuinePrice(f: Facts): Signal | null {
  const price = f.listing.price;
  if (!f.floor || f.priceUsd === null || !price || f.priceNotComparable) return null;
  if (f.condition !== 'new' || f.sellerStatus !== 'third-party' || !f.seller) return null;
  const ratio = f.priceUsd / f.floor.floorUsd;
  if (ratio < NEAR_GENUINE.fromRatio || ratio > NEAR_GENUINE.toRatio) return null;
  const safe = safePlace(f);
  if (!safe) return null;
  const shownEn = priceText(price.amount, price.currency, f.priceUsd, 'en');
  const shownZh = priceText(price.amount, price.currency, f.priceUsd, 'zh');
  return {
    id: 'near-genuine-price',
    weight: WEIGHTS.nearGenuinePrice,
    message: {
      en: `You would pay ${shownEn}, close to the ${money(f.floor.floorUsd, 'USD')} a new genuine ${itemName(f, 'en')} costs at least, to "${f.seller.name}", a seller ${f.brand.name} does not list as official or authorised on ${marketplaceName(f.listing.site)}. If it is a fake, that is the money at stake. To be sure it is genuine, buy from ${safe.en}.`,
      zh: `你将向“${f.seller.name}”支付 ${shownZh}，接近${itemName(f, 'zh')}全新正品的最低价 ${money(f.floor.floorUsd, 'USD')}，但该卖家并非${brandName(f.brand, 'zh')}在${marketplaceNameZh(f.listing.site)}的官方店铺或授权经销商。万一是假货，损失的就是这笔钱。想确保买到正品，请到${safe.zh}购买。`,
    },
    evidence: {
      price: price.amount,
      currency: price.currency,
      priceUsd: round2(f.priceUsd),
      floorUsd: f.floor.floorUsd,
      ratio: round2(ratio),
      percentOfFloor: pct(ratio),
      safeStore: safe.store,
      safeDomain: safe.domain,
    },
  };
}
