/**
 * Taobao (taobao.com: item.taobao.com items, s.taobao.com search, <shop>.taobao.com shop pages).
 * Contract: pure functions of (doc/root, url); never throw; fewer fields when the markup is not recognised.
 * Prices are CNY ("¥" on Taobao is renminbi). The extraction is shared with Tmall (alibaba-common.ts).
 *
 * What is known and what is a best guess (the live site could not be loaded while writing this; it also needs a
 * login for most pages):
 * - Fairly confident (long-stable 2015–2021 markup, widely documented): search state
 *   `g_page_config = {"mods":{"itemlist":{"data":{"auctions":[{nid, raw_title, view_price, nick, item_loc,
 *   view_sales, detail_url, pic_url, user_id, shopcard:{isTmall}}]}}}}`; old item DOM `#J_Title .tb-main-title`,
 *   `#J_StrPrice .tb-rmb-num`, `#J_PromoPriceNum`, `.tb-shop-name`.
 * - Unverified best guesses: the 2023+ ICE app state (`window.__ICE_APP_CONTEXT__` with item / seller /
 *   componentsVO.priceVO, seller.evaluates, seller.starts) and its CSS-module class prefixes (`ItemHeader--`,
 *   `Price--`, `ShopInfo--`, `Card--`); the 2023+ search DOM. State objects are found by key anywhere in the state.
 * - Seller rating: the shop's "好评率" (positive rate) when shown, else the "描述相符" (item-as-described) score / 5.
 *   Taobao's heart/diamond/crown credit levels are not a 0..1 rating and are not reported.
 * - `official`: only a Tmall shop (listed in Taobao search) named "…旗舰店" is official; a plain Taobao shop never is.
 */
import { hostIsOn } from '../sites';
import type { Adapter, CardListing } from './types';
import { firstMatch } from './common';
import { taobaoCards, taobaoProduct, taobaoShop, taobaoState } from './alibaba-common';

function matchesUrl(url: URL): boolean {
  return hostIsOn(url.hostname, 'taobao.com');
}

function pageKind(doc: Document, url: URL): 'product' | 'search' | 'other' {
  const host = url.hostname.toLowerCase();
  const path = url.pathname;
  if (/^(?:item|detail|h5\.m)\./.test(host) && /item\.htm|detail/.test(path) && url.searchParams.get('id')) return 'product';
  if (/\/i\d{6,}\.htm/.test(path)) return 'product';
  if (/^(?:s|s\.m|uland)\./.test(host) || /^\/(?:search|list)(?:\.htm)?/.test(path)) return 'search';
  // Shop pages: <shop>.taobao.com/search.htm, /category-123.htm, /shop/view_shop.htm.
  if (/^shop\d*\./.test(host) || /\/(?:search\.htm|category[-\d]*\.htm|shop\/view_shop\.htm)/.test(path)) return 'search';
  if (firstMatch(doc, ['#mainsrp-itemlist .item[data-category="auctions"]', '[class*="Card--doubleCardWrapper"]'])) return 'search';
  return 'other';
}

function extractProduct(doc: Document, url: URL): CardListing | null {
  return taobaoProduct(doc, url, 'taobao');
}

function extractCards(root: ParentNode, url: URL): CardListing[] {
  // On a shop page the shop is the header's, not each card's.
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const onShop = /^shop\d*\./.test(url.hostname) || /\/(?:search\.htm|category[-\d]*\.htm)/.test(url.pathname);
  const shop = onShop && 'querySelector' in doc ? taobaoShop(taobaoState(doc), doc as Document, url, 'taobao') : null;
  return taobaoCards(root, url, 'taobao', shop);
}

export const adapter: Adapter = { id: 'taobao', matchesUrl, pageKind, extractProduct, extractCards };
