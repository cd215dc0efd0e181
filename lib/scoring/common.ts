/** Small helpers shared by the signal functions. */
import { MARKETPLACES } from '../sites';
import { brandName, brandedItem } from './messages';
import type { Facts } from './types';

export function marketplaceName(site: string): string {
  if (site === 'generic') return 'this site';
  return MARKETPLACES.find((m) => m.id === site)?.name ?? site;
}

export function marketplaceNameZh(site: string): string {
  const zh: Record<string, string> = {
    amazon: '亚马逊', ebay: 'eBay', aliexpress: '速卖通', temu: 'Temu', walmart: '沃尔玛', dhgate: '敦煌网',
    etsy: 'Etsy', taobao: '淘宝', tmall: '天猫',
  };
  return zh[site] ?? '该网站';
}

/** "Gucci belt" / "古驰腰带" for the facts' brand and product type. */
export function itemName(f: Facts, lang: 'en' | 'zh'): string {
  return brandedItem(brandName(f.brand, lang), f.productType, lang);
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;
