/**
 * Tmall (tmall.com: detail.tmall.com items, list.tmall.com search, <brand>.tmall.com shop pages).
 * Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup is not recognised.
 * Prices are CNY. Extraction is shared with Taobao (alibaba-common.ts).
 *
 * Official stores: a Tmall shop whose name contains "旗舰店" (flagship store; "官方旗舰店" = official flagship) is
 * the brand's own store → `seller.official: true`. "专卖店" (franchise store) and "专营店" (multi-brand store) are
 * authorised resellers, not the flagship: `official` stays undefined for them (not false: the page does not call
 * them unofficial, and the scoring treats "unknown" and "reseller" alike).
 *
 * What is known and what is a best guess (the live site could not be loaded while writing this):
 * - Fairly confident (2014–2021 markup): items call `TShop.Setup({... "itemDO": {title, brand, reservePrice,
 *   itemId}, "valItemInfo": {"skuMap": {";…;": {price}}} ...})`; the shop header `.slogo-shopname`; item DOM
 *   `.tb-detail-hd h1`, `#J_PromoPrice .tm-price`, `#J_StrPriceModBox .tm-price`, attributes `#J_AttrUL li`;
 *   search cards `div.product[data-id]` with `.productTitle a[title]`, `.productPrice em[title]`, `.productShop-name`.
 * - Unverified best guesses: the 2023+ ICE app state shared with Taobao (see taobao.ts) and shop-page item grids
 *   (`.J_TItems .item[data-id]`).
 */
import { hostIsOn } from '../sites';
import type { Adapter, CardListing } from './types';
import { firstMatch } from './common';
import { taobaoCards, taobaoProduct, taobaoShop, taobaoState } from './alibaba-common';

function matchesUrl(url: URL): boolean {
  return hostIsOn(url.hostname, 'tmall.com');
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (/^(?:detail|chaoshi\.detail|detail\.m|world\.detail)\./.test(host) && url.searchParams.get('id')) return 'product';
  if (/\/item\.htm/.test(path) && url.searchParams.get('id')) return 'product';
  if (/^list\./.test(host) || /\/search_product\.htm/.test(path)) return 'search';
  if (/\/(?:search\.htm|category[-\d]*\.htm)/.test(path)) return 'search';
  if (firstMatch(doc, ['#J_ItemList .product[data-id]', '.J_TItems .item[data-id]'])) return 'search';
  return 'other';
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  return taobaoProduct(doc, url, 'tmall');
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const onShop = /\/(?:search\.htm|category[-\d]*\.htm)/.test(url.pathname) && !/^list\./.test(url.hostname);
  const shop = onShop && 'querySelector' in doc ? taobaoShop(taobaoState(doc), doc as Document, url, 'tmall') : null;
  return taobaoCards(root, url, 'tmall', shop);
}

export const adapter: Adapter = { id: 'tmall', matchesUrl, pageKind, extractProduct, extractCards };
