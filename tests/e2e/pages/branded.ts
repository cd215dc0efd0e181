/**
 * Authored pages with listings whose verdicts differ: cheap branded goods from unrelated sellers, genuine goods from
 * official stores, lookalikes sold honestly as such, unbranded goods. The tests compute the expected badges with the
 * real engine (pages.ts expectedBadgesFor) and also pin the kinds these pages were written to produce.
 */
import { aliProduct, aliSearch, amazonProduct, amazonSearch, ebayProduct, ebaySearch } from './templates';

export const AMAZON_SEARCH = amazonSearch('gucci belt', [
  { asin: 'B0G0000001', title: 'Gucci GG Marmont Leather Belt Men Double G Buckle Black', price: '$12.99', brandLine: 'Generic' },
  { asin: 'B0G0000002', title: 'Mens Leather Belt Ratchet Buckle Adjustable Black 35mm', price: '$18.99', brandLine: 'Beltwise' },
  { asin: 'B0G0000003', title: 'Replica Gucci Belt AAA Quality Mirror 1:1 Leather', price: '$24.00' },
  { asin: 'B0G0000004', title: 'Gucci Inspired Belt Dupe GG Style Buckle Womens', price: '$15.50' },
  { asin: 'B0G0000005', title: 'Canvas Web Belt Unisex Striped Casual', price: '$9.99' },
]);

export const AMAZON_PRODUCT = amazonProduct({
  asin: 'B0G1000001',
  title: 'Gucci GG Marmont Leather Belt with Double G Buckle, Black, Size 90',
  price: '$14.99',
  listPrice: '$520.00',
  brand: 'Gucci',
  shipsFrom: 'Shenzhen Yuli Trading Co',
  soldBy: 'Shenzhen Yuli Trading Co',
});

export const EBAY_SEARCH = ebaySearch('rolex submariner', [
  { id: '110000000001', title: 'Rolex Submariner Date 41mm Black Dial Automatic Mens Watch', price: 'US $89.00', sellerInfo: 'watchdeals_2025 (3) 66.7%' },
  { id: '110000000002', title: 'Stainless Steel Diver Watch 40mm Automatic Black Bezel', price: 'US $45.00', sellerInfo: 'steelwatch (1,204) 99.1%' },
  { id: '110000000003', title: 'Replica Rolex Submariner Super Clone 1:1 AAA', price: 'US $120.00', sellerInfo: 'clonetime (7) 80.0%' },
  { id: '110000000004', title: 'Nylon NATO Watch Strap 20mm Olive Green', price: 'US $7.99', sellerInfo: 'strapshop (9,876) 99.8%' },
]);

export const EBAY_PRODUCT = ebayProduct({
  id: '110000000011',
  title: 'Rolex Submariner Date 126610LN Black Dial 41mm Watch New',
  price: 'US $149.00',
  seller: 'luxtime_outlet88',
  ratings: '(4)',
  feedback: '75.0% positive feedback',
  brand: 'Rolex',
});

export const ALI_SEARCH = aliSearch('nike air jordan', [
  { id: '4000000000001', title: 'Nike Air Jordan 1 Retro High OG Chicago Men Basketball Shoes', price: 'US $29.99', store: 'Putian Shoes Factory Store' },
  { id: '4000000000002', title: 'Basketball Socks Men Elite Sports Socks 5 Pairs', price: 'US $5.20', store: 'Sport Socks Store' },
  { id: '4000000000003', title: 'Replica Air Jordan 1 High Top 1:1 Mirror Quality Sneakers', price: 'US $35.00', store: 'Best Replica Kicks Store' },
  { id: '4000000000004', title: 'Canvas Shoes Men Casual High Top Sneakers', price: 'US $12.40', store: 'Walk Easy Store' },
]);

export const ALI_PRODUCT = aliProduct({
  id: '1005000000000001',
  title: 'Nike Air Jordan 1 Retro High OG Men Basketball Shoes Chicago',
  price: 'US $31.50',
  store: 'Fujian Sneaker Factory Store',
  brand: 'Nike',
});

export const ALI_PRODUCT_OFFICIAL = aliProduct({
  id: '1005000000000002',
  title: 'Baseus 65W GaN Charger USB C Fast Charging PD for iPhone MacBook',
  price: 'US $21.99',
  store: 'Baseus Official Store',
  official: true,
  brand: 'Baseus',
});
