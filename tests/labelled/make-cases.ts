/**
 * Authoring aid for the labelled set: the cases are written here as compact rows and expanded into full Listings in
 * tests/labelled/{counterfeit-risk,genuine,dupe,unbranded}.json (the files the test reads; review them in the diff).
 *   npx tsx tests/labelled/make-cases.ts
 * Every case is ours: titles, prices and sellers are written from our own knowledge of how such listings look
 * (2025), not copied from any page. Prices are what a shopper would see; labels say what the listing really is.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Listing, Seller } from '../../lib/schema/listing';

type Label = 'counterfeit-risk' | 'genuine' | 'dupe' | 'unbranded';
interface Case { id: string; label: Label; reason: string; listing: Listing }

const HOSTS: Record<string, string> = {
  amazon: 'https://www.amazon.com/dp/B0', ebay: 'https://www.ebay.com/itm/', aliexpress: 'https://www.aliexpress.com/item/',
  temu: 'https://www.temu.com/goods-', walmart: 'https://www.walmart.com/ip/', dhgate: 'https://www.dhgate.com/product/',
  etsy: 'https://www.etsy.com/listing/', taobao: 'https://item.taobao.com/item.htm?id=', tmall: 'https://detail.tmall.com/item.htm?id=',
};
let n = 1000;
function urlFor(site: string): string {
  n += 7919;
  const base = HOSTS[site];
  if (!base) throw new Error(`generic cases need a url (${site})`);
  if (site === 'amazon') return `${base}${String(n).padStart(8, '0')}`;
  if (site === 'aliexpress' || site === 'dhgate') return `${base}${n}.html`;
  if (site === 'temu') return `${base}${n}.html`;
  return `${base}${n}`;
}

type SellerIn = string | (Partial<Seller> & { name: string }) | null;
interface Extra extends Partial<Omit<Listing, 'seller' | 'price'>> { host?: string }

const all: Case[] = [];
function c(id: string, label: Label, site: Listing['site'], title: string, price: string | null, seller: SellerIn, reason: string, extra: Extra = {}): void {
  const { host, ...rest } = extra;
  let url = rest.url ?? urlFor(site);
  if (host) url = url.replace(/^https:\/\/[^/]+/, `https://${host}`);
  let money: Listing['price'] = null;
  if (price) {
    const [amount, currency] = price.split(' ');
    money = { amount: Number(amount), currency: currency ?? 'USD' };
  }
  all.push({
    id, label, reason,
    listing: {
      site, title, brand: null, price: money,
      seller: seller === null ? null : typeof seller === 'string' ? { name: seller } : seller,
      ...rest,
      ...(rest.url ? { url: rest.url } : { url }),
    },
  });
}
const used = { condition: 'used' as const };
const ag = { condition: 'used' as const, authenticated: true };
const good = (name: string, since = '2012'): Seller => ({ name, ratingCount: 4200, rating: 0.996, since });

// ───────────────────────────── counterfeit-risk ─────────────────────────────
const R: Label = 'counterfeit-risk';
// Luxury and big brands on marketplaces where the brand sells nothing, far below the floor.
c('cf-001', R, 'dhgate', 'Luxury Designer Gucci Marmont Shoulder Bag Women Chain Crossbody', '45 USD', 'bagsfactory2021', 'Gucci bag at $45 on DHgate, where Gucci sells nothing');
c('cf-002', R, 'dhgate', 'Gucci GG Belt Men Genuine Leather Double G Buckle 4cm', '19 USD', 'Top Belts Store', 'Gucci belt at $19 on DHgate');
c('cf-003', R, 'aliexpress', 'Louis Vuitton Neverfull MM Monogram Tote Bag', '59 USD', 'Fashion Bags Store', 'Louis Vuitton tote at $59 on AliExpress');
c('cf-004', R, 'aliexpress', 'LV Keepall 45 Travel Bag Monogram Canvas', '89 USD', 'Travel Goods Mall', 'LV travel bag, alias only, $89');
c('cf-005', R, 'temu', 'Chanel Classic Flap Bag Quilted Lambskin Chain Shoulder Bag', '25.99 USD', 'Guangzhou Fashion', 'Chanel flap bag for $26 on Temu');
c('cf-006', R, 'dhgate', 'Hermes Birkin 30 Togo Leather Handbag Gold Hardware', '180 USD', 'luxury_house88', 'Birkin for $180');
c('cf-007', R, 'aliexpress', 'Prada Re-Edition 2005 Re-Nylon Shoulder Bag', '39 USD', 'Women Bags Factory Store', 'Prada bag at $39 on AliExpress');
c('cf-008', R, 'dhgate', 'Rolex Submariner Date 41mm Automatic Mens Watch Black Dial', '120 USD', 'watchworld2020', 'Rolex for $120');
c('cf-009', R, 'aliexpress', 'Omega Seamaster Diver 300M Automatic Watch Blue Dial', '85 USD', 'Men Watches Store', 'Omega for $85');
c('cf-010', R, 'dhgate', 'Cartier Love Bracelet 18K Gold Plated Screw Bangle', '15 USD', 'jewelry_wholesale', 'Cartier Love bracelet for $15');
c('cf-011', R, 'temu', 'Tiffany & Co Return to Tiffany Heart Tag Necklace Sterling Silver', '6.49 USD', 'Shine Jewelry', 'Tiffany necklace for $6.49 on Temu');
c('cf-012', R, 'aliexpress', 'Pandora Moments Snake Chain Bracelet Sterling Silver S925', '4.5 USD', 'Silver Charm Store', 'Pandora bracelet for $4.50');
c('cf-013', R, 'dhgate', 'Canada Goose Expedition Parka Men Down Jacket', '95 USD', 'winter_outlet', 'Canada Goose parka for $95');
c('cf-014', R, 'aliexpress', 'Moncler Maya Hooded Down Jacket Men', '70 USD', 'Down Coat Store', 'Moncler jacket for $70');
c('cf-015', R, 'temu', 'Ray-Ban Aviator Classic RB3025 Polarized Sunglasses', '4.99 USD', 'Sun Shades Co', 'Ray-Ban for $4.99 on Temu');
c('cf-016', R, 'aliexpress', 'Apple AirPods Pro 2nd Generation Wireless Earbuds with MagSafe Case', '12.99 USD', { name: 'Smart Audio Store', since: '2026-08' }, 'AirPods Pro for $13 from a new AliExpress store');
c('cf-017', R, 'dhgate', 'Beats Studio Pro Wireless Noise Cancelling Headphones', '29 USD', 'audio_direct', 'Beats Studio Pro for $29');
c('cf-018', R, 'temu', 'Bose QuietComfort Ultra Earbuds Noise Cancelling', '15.99 USD', 'Sound Life Shop', 'Bose earbuds for $16 on Temu');
c('cf-019', R, 'dhgate', 'Dyson Airwrap Multi-Styler Complete Long', '89 USD', 'hairtools_pro', 'Dyson Airwrap for $89');
c('cf-020', R, 'aliexpress', "Nike Air Force 1 '07 White Sneakers Men Women", '25 USD', 'Sneaker Town Store', 'Nike on AliExpress (Nike sells none there) at $25');
c('cf-021', R, 'dhgate', 'Nike Air Jordan 1 Retro High OG Chicago', '45 USD', 'kicks_factory', 'Jordan 1 Chicago for $45 on DHgate');
c('cf-022', R, 'dhgate', 'Adidas Yeezy Boost 350 V2 Zebra 1:1 Top Quality', '45 USD', 'yeezy_king', 'Yeezy "1:1" on DHgate');
c('cf-023', R, 'temu', 'New Balance 550 White Green Sneakers Unisex', '21.99 USD', 'Trendy Kicks', 'New Balance 550 for $22 on Temu');
c('cf-024', R, 'dhgate', 'UGG Classic Ultra Mini Boots Chestnut Women', '35 USD', 'boots_wholesale', 'UGG boots for $35 on DHgate');
c('cf-025', R, 'aliexpress', "Louis Vuitton Men's Belt LV Initiales 40mm Reversible", '22 USD', 'Belt Factory Store', 'LV belt for $22');
c('cf-026', R, 'dhgate', 'Dior Saddle Bag Oblique Jacquard Women', '75 USD', 'lux_bags_2024', 'Dior Saddle for $75');
c('cf-027', R, 'aliexpress', 'Balenciaga Triple S Sneakers Men Chunky', '65 USD', 'Chunky Shoes Store', 'Balenciaga sneakers for $65');
c('cf-028', R, 'temu', 'Michael Kors Jet Set Travel Large Tote Bag', '19.99 USD', 'Lady Bags Mall', 'Michael Kors tote for $20 on Temu');
c('cf-029', R, 'dhgate', 'Coach Tabby Shoulder Bag 26 Signature Canvas', '32 USD', 'bag_outlet_88', 'Coach Tabby for $32 on DHgate');
c('cf-030', R, 'aliexpress', 'Swarovski Crystal Swan Pendant Necklace', '3.9 USD', 'Crystal Beauty Store', 'Swarovski necklace for $3.90');
c('cf-031', R, 'aliexpress', 'Saint Laurent YSL Monogram Leather Card Holder Wallet', '12 USD', 'Leather Goods Store', 'YSL wallet for $12');
c('cf-032', R, 'dhgate', 'Bvlgari Serpenti Viper Ring 18K Rose Gold', '18 USD', 'ring_maker', 'Bvlgari ring for $18');
c('cf-033', R, 'temu', 'Burberry Vintage Check Cashmere Scarf', '9.99 USD', 'Warm Scarf Shop', 'Burberry cashmere scarf for $10');
c('cf-034', R, 'dhgate', 'Fendi Baguette Bag FF Jacquard Shoulder', '88 USD', 'fashion_hub_gz', 'Fendi Baguette for $88');
c('cf-035', R, 'aliexpress', 'Van Cleef & Arpels Alhambra Clover Necklace 18K', '9.9 USD', 'Lucky Clover Jewelry', 'Van Cleef necklace for $9.90');
c('cf-036', R, 'dhgate', 'Audemars Piguet Royal Oak 41mm Automatic Steel', '160 USD', 'ap_watch_store', 'Royal Oak for $160');
c('cf-037', R, 'aliexpress', "TAG Heuer Carrera Chronograph Men's Watch", '49 USD', 'Sport Watch Store', 'TAG Heuer for $49');
c('cf-038', R, 'dhgate', 'Patek Philippe Nautilus 5711 Blue Dial Watch', '210 USD', 'swiss_time_hk', 'Nautilus for $210');
c('cf-039', R, 'temu', 'Lululemon Align High-Rise Pant 25" Leggings', '12.99 USD', 'Yoga Life', 'Lululemon leggings for $13 on Temu (Lululemon sells only itself)');
c('cf-040', R, 'dhgate', "Arc'teryx Beta AR Jacket Gore-Tex Men", '69 USD', 'outdoor_pro', "Arc'teryx shell for $69");
// Chinese titles on Taobao: replica words.
c('cf-041', R, 'taobao', '高仿古驰女包 GG Marmont 链条包 单肩斜挎包', '298 CNY', '潮流女包小铺', '"高仿" Gucci bag on Taobao for ¥298');
c('cf-042', R, 'taobao', 'LV路易威登 原单 老花 Neverfull 托特包 大容量', '450 CNY', '欧美精品店', '"原单" LV tote');
c('cf-043', R, 'taobao', 'A货 香奈儿 CF 链条包 羊皮 菱格', '380 CNY', '小香家', '"A货" Chanel bag');
c('cf-044', R, 'taobao', '顶级复刻 劳力士 潜航者 绿水鬼 男士机械表', '1280 CNY', '名表汇', '"顶级复刻" Rolex for ¥1280');
c('cf-045', R, 'taobao', '耐克 Air Jordan 1 莆田纯原 男鞋 篮球鞋', '199 CNY', '潮鞋工厂店', '"莆田纯原" Nike (Putian fakes)');
c('cf-046', R, 'taobao', '爱马仕 精仿 铂金包 30 togo 牛皮 女包', '1680 CNY', '奢品工坊', '"精仿" Hermès Birkin');
c('cf-047', R, 'taobao', '卡地亚 1比1 LOVE 手镯 18k 玫瑰金', '260 CNY', '饰品之家', '"1比1" Cartier Love');
c('cf-048', R, 'taobao', '迪奥 马鞍包 超A 原版皮 女包', '520 CNY', '名媛包包', '"超A" Dior Saddle');
c('cf-049', R, 'taobao', '普拉达 高仿 尼龙 双肩包 女包', '188 CNY', '包包批发', '"高仿" Prada');
c('cf-050', R, 'taobao', '巴黎世家 老爹鞋 Triple S 公司级', '368 CNY', '潮鞋仓库', '"公司级" Balenciaga sneakers');
c('cf-051', R, 'taobao', '欧米茄 海马 复刻表 自动机械 男表', '980 CNY', '钟表小铺', '"复刻表" Omega');
c('cf-052', R, 'taobao', '香奈儿 5号香水 100ml 专柜品质', '89 CNY', '香水小屋', 'Chanel No 5 "专柜品质" for ¥89');
c('cf-053', R, 'taobao', '蒂芙尼 心形吊坠项链 925银 高仿', '39 CNY', '银饰坊', '"高仿" Tiffany');
// Replica words elsewhere, several languages.
c('cf-054', R, 'ebay', 'Rolex Submariner Replica Watch Automatic Green Dial', '180 USD', { name: 'watchman_uk', ratingCount: 24, rating: 0.95 }, 'says "replica", Rolex at $180 on eBay');
c('cf-055', R, 'amazon', 'Michael Kors Tote Bag Women AAA Quality Leather', '29.99 USD', 'Fashion Lady US', '"AAA quality" Michael Kors on Amazon');
c('cf-056', R, 'walmart', 'Chanel No 5 Eau de Parfum 100ml Original Quality', '19.99 USD', 'Perfume World Inc', '"original quality" Chanel perfume for $20');
c('cf-057', R, 'aliexpress', 'Dior Sauvage Eau de Parfum 100ml 1:1', '18 USD', 'Fragrance Store', '"1:1" Dior Sauvage');
c('cf-058', R, 'dhgate', 'MAC Ruby Woo Retro Matte Lipstick AAA', '2 USD', 'makeup_wholesale', '"AAA" MAC lipstick for $2');
c('cf-059', R, 'temu', 'Urban Decay Naked Heat Eyeshadow Palette Mirror Quality', '6.99 USD', 'Beauty Corner', '"mirror quality" Urban Decay palette');
c('cf-060', R, 'aliexpress', 'Bolso Louis Vuitton réplica AAA Speedy 30', '49 USD', 'Bolsos de Moda Store', 'Spanish "réplica AAA" LV');
c('cf-061', R, 'ebay', 'Borsa Gucci copia perfetta GG Supreme', '60 EUR', { name: 'moda_roma', ratingCount: 40 }, 'Italian "copia perfetta" Gucci on eBay.it', { host: 'www.ebay.it' });
c('cf-062', R, 'aliexpress', 'Сумка Chanel реплика люкс качество', '45 USD', 'Luxury Bags RU Store', 'Russian "реплика" Chanel', { host: 'aliexpress.ru' });
c('cf-063', R, 'ebay', 'Rolex Submariner Nachbildung Herrenuhr Automatik', '150 EUR', { name: 'uhren_handel24', ratingCount: 31 }, 'German "Nachbildung" Rolex on eBay.de', { host: 'www.ebay.de' });
c('cf-064', R, 'ebay', 'Sac Chanel réplique matelassé chaîne cuir', '80 EUR', { name: 'mode_paris', ratingCount: 18 }, 'French "réplique" Chanel on eBay.fr', { host: 'www.ebay.fr' });
c('cf-065', R, 'amazon', 'Louis Vuitton スーパーコピー 財布 長財布', '3500 JPY', 'ブランド館', 'Japanese "スーパーコピー" LV wallet', { host: 'www.amazon.co.jp' });
c('cf-066', R, 'etsy', 'Gucci Inspired GG Belt AAA Mirror Quality', '35 USD', 'BeltCraftShop', '"inspired" but also "AAA mirror quality": a copy, not an honest dupe');
c('cf-067', R, 'dhgate', 'Chanel inspired 1:1 Classic Flap Bag Caviar', '120 USD', 'flapbag_store', '"inspired" + "1:1": counterfeit, not dupe');
c('cf-068', R, 'aliexpress', 'LV style bag high copy monogram canvas', '25 USD', 'Copy Bags Store', '"style" + "high copy": counterfeit, not dupe');
c('cf-069', R, 'amazon', 'Adidas Yeezy Boost 350 V2 Super Fake Best Version', '60 USD', 'KicksPlug', 'says "super fake"');
c('cf-070', R, 'ebay', 'Pandora Charm Bracelet Knockoff Silver Moments', '9.99 USD', { name: 'charms4less', ratingCount: 60 }, 'self-described knock-off Pandora');
c('cf-071', R, 'walmart', "Cartier Santos Watch Unauthorized Authentic Men's", '199 USD', 'Luxury Time Deals', '"unauthorized authentic" Cartier');
c('cf-072', R, 'aliexpress', 'Часы Rolex Submariner копия мужские', '3500 RUB', 'Watch RU Store', 'Russian "копия" Rolex', { host: 'aliexpress.ru' });
// Disguised and misspelled names.
c('cf-073', R, 'aliexpress', 'G-U-C-C-I Belt Men Luxury Designer Leather', '15 USD', 'Designer Belt Store', 'name spelled out with dashes to dodge filters');
c('cf-074', R, 'aliexpress', 'Guchi Belt Men Double G Buckle Leather', '12 USD', 'Men Belt Store', 'misspelled "Guchi"');
c('cf-075', R, 'dhgate', 'Nkie Air Max 270 Running Sneakers', '22 USD', 'sport_shoes_pt', 'misspelled "Nkie"');
c('cf-076', R, 'temu', 'Adiddas Ultraboost 22 Running Shoes Men', '18.99 USD', 'Run Fast Shop', 'misspelled "Adiddas"');
c('cf-077', R, 'aliexpress', 'Rolx Submariner Mens Watch Automatic', '59 USD', 'Mechanical Watch Store', 'misspelled "Rolx"');
c('cf-078', R, 'dhgate', 'Tiffiny Heart Tag Bracelet Silver 925', '7 USD', 'silver_925_shop', 'misspelled "Tiffiny"');
c('cf-079', R, 'aliexpress', 'Ch@nel Quilted Flap Bag Women Chain', '40 USD', 'Lady Fashion Store', '"@" for "a"');
c('cf-080', R, 'dhgate', 'PRAD@ Re-Nylon Backpack Black', '28 USD', 'backpack_world', '"@" for "a"');
c('cf-081', R, 'aliexpress', 'Burbery Check Scarf Cashmere Feel Unisex', '8 USD', 'Scarf Shawl Store', 'misspelled "Burbery"');
c('cf-082', R, 'ebay', 'Micheal Kors Crossbody Bag Brown Signature NEW', '18 USD', { name: 'bargainbags_1', ratingCount: 4, since: '2026-07' }, 'misspelled, $18, new eBay seller');
c('cf-083', R, 'walmart', 'Luis Vuitton Neverfull Tote Bag Monogram', '49.99 USD', 'Handbag Deals Inc', 'misspelled "Luis Vuitton" on Walmart');
c('cf-084', R, 'temu', 'Dolce Gabana Light Blue Perfume 100ml Women', '9.99 USD', 'Scent Shop', 'misspelled "Dolce Gabana"');
c('cf-085', R, 'aliexpress', 'Omgea Speedmaster Moonwatch Chronograph Watch', '79 USD', 'Chrono Watch Store', 'misspelled "Omgea"');
c('cf-086', R, 'dhgate', 'Versache Medusa Belt Gold Buckle Men', '16 USD', 'belt_king_gz', 'misspelled "Versache"');
c('cf-087', R, 'aliexpress', 'Monclear Down Jacket Women Hooded Winter', '55 USD', 'Winter Coat Store', 'misspelled "Monclear"');
c('cf-088', R, 'dhgate', 'L.V Monogram Speedy 30 Bag Women', '42 USD', 'speedy_bags', '"L.V" dotted');
c('cf-089', R, 'temu', 'Nlke Dunk Low Panda Sneakers', '24.99 USD', 'Street Kicks', '"l" for "i"');
// Seller signals on Amazon, eBay, Walmart.
c('cf-090', R, 'amazon', 'Apple AirPods Pro (2nd Generation) Wireless Earbuds USB-C', '24.99 USD', { name: 'QWE Tech Store', ratingCount: 12, since: '2026-07' }, 'AirPods Pro for $25 from a 4-month-old seller');
c('cf-091', R, 'walmart', 'Beats Solo 4 Wireless On-Ear Headphones', '19.99 USD', { name: 'Top Electronic Mall', ratingCount: 8, rating: 0.78 }, 'Beats for $20, poorly rated seller');
c('cf-092', R, 'walmart', "UGG Women's Classic Short II Boot Chestnut", '29.99 USD', 'XYZ Shoes Store', 'UGG boots for $30');
c('cf-093', R, 'ebay', 'Gucci GG Marmont Matelassé Small Shoulder Bag NEW', '89 USD', { name: 'bestdeals_4u', ratingCount: 3, since: '2026-09' }, 'new Gucci bag for $89 from a 2-month-old seller');
c('cf-094', R, 'ebay', 'Louis Vuitton Speedy 30 Monogram Brand New with Dust Bag', '120 USD', { name: 'lux.closet22', ratingCount: 7, rating: 0.86 }, 'new LV for $120 on eBay, where LV sells nothing');
c('cf-095', R, 'amazon', 'Canada Goose Chilliwack Bomber Jacket Men', '129 USD', 'Winter Outlet Direct', 'Canada Goose on Amazon for $129');
c('cf-096', R, 'ebay', 'Chanel Classic Flap Bag Medium Caviar New', '399 USD', { name: 'paris.luxe.outlet', ratingCount: 15, since: '2026-06' }, 'new Chanel flap for $399');
c('cf-097', R, 'walmart', 'Rolex Datejust 41 Mens Automatic Watch', '249 USD', 'Luxury Time Deals', 'Rolex on Walmart for $249');
c('cf-098', R, 'amazon', 'Apple 20W USB-C Power Adapter Fast Charger', '3.99 USD', { name: 'Gadget Hub US', ratingCount: 6, since: '2026-09' }, 'Apple charger for $3.99 from a new seller');
c('cf-099', R, 'ebay', 'Bose QuietComfort 45 Headphones Brand New Sealed', '49 USD', { name: 'electro_clearance', ratingCount: 5, since: '2026-08' }, 'Bose QC45 for $49 from a new seller');
c('cf-100', R, 'amazon', 'SanDisk Ultra 2TB Micro SD Card Class 10', '15.99 USD', { name: 'TechDeals2026', ratingCount: 3, since: '2026-10' }, 'fake-capacity card: 2TB for $16 (the data has no memory-card floor, expected miss)');
// Near-genuine price from an unauthorised seller (the bargain hunter's nightmare).
c('cf-101', R, 'dhgate', 'Hermes Birkin 25 Togo Leather Gold Hardware Handbag', '1200 USD', 'luxury_atelier', '"superfake" Birkin at near-genuine price on DHgate');
c('cf-102', R, 'aliexpress', 'Rolex Daytona 116500LN White Dial Ceramic', '3200 USD', 'Prestige Watches Store', 'Daytona at $3,200 on AliExpress');
c('cf-103', R, 'dhgate', 'Chanel Classic Flap Bag Medium Caviar Gold Hardware', '1500 USD', 'paris_flap_house', 'Chanel flap at $1,500 on DHgate');
c('cf-104', R, 'temu', 'Dyson Supersonic Hair Dryer Fuchsia', '169.99 USD', 'Home Beauty Mall', 'Dyson at near price on Temu, where Dyson sells nothing');
c('cf-105', R, 'aliexpress', 'Canada Goose Langford Parka Black Men', '320 USD', 'Parka Pro Store', 'Canada Goose at $320 on AliExpress');
c('cf-106', R, 'dhgate', 'Louis Vuitton Neverfull MM Damier Ebene Tote', '700 USD', 'lv_premium', 'LV at $700 on DHgate');
// Sellers the user reported before (tests/labelled/reported-sellers.json).
c('cf-107', R, 'ebay', 'Coach Tabby Shoulder Bag 26 Pebbled Leather', '95 USD', { name: 'handbag_heaven_77', ratingCount: 310, rating: 0.97, since: '2019' }, 'seller the user reported before');
c('cf-108', R, 'amazon', 'Anker PowerCore 20000 Portable Charger Power Bank', '15.99 USD', 'PowerMax Direct', 'seller reported before; not AnkerDirect');
c('cf-109', R, 'aliexpress', "Casio G-Shock GA-2100 Men's Watch", '18 USD', { name: 'Time Zone Watch Store', id: '1102233' }, 'seller reported before (by id)');
// Other currencies and storefronts.
c('cf-110', R, 'amazon', 'Burberry Check Scarf Cashmere Unisex', '19.99 GBP', 'Scarves Direct UK', 'Burberry cashmere scarf for £20', { host: 'www.amazon.co.uk' });
c('cf-111', R, 'amazon', 'Ray-Ban Wayfarer RB2140 Sunglasses Unisex', '499 INR', 'Shades India', 'Ray-Ban for ₹499', { host: 'www.amazon.in' });
c('cf-112', R, 'amazon', 'Canada Goose Expedition Parka Men', '299 CAD', 'Parka Outlet CA', 'Canada Goose for CA$299 on Amazon', { host: 'www.amazon.ca' });
c('cf-113', R, 'ebay', 'Louis Vuitton Pochette Metis Monogram Bag', '150 AUD', { name: 'aus_lux_deals', ratingCount: 9, since: '2026-05' }, 'LV for A$150 on eBay.com.au', { host: 'www.ebay.com.au' });
c('cf-114', R, 'amazon', 'Michael Kors Jet Set Damen Handtasche Leder', '24.99 EUR', 'Mode Handel GmbH', 'Michael Kors for €25 on Amazon.de', { host: 'www.amazon.de' });
c('cf-115', R, 'amazon', 'Rolex Daytona 腕時計 メンズ 自動巻き', '12800 JPY', '時計ショップ', 'Rolex for ¥12,800 on Amazon.co.jp', { host: 'www.amazon.co.jp' });
c('cf-116', R, 'aliexpress', 'Gucci Ace Sneakers Bee Embroidered White Leather', '350 CNY', 'Ace Shoes Store', 'Gucci sneakers priced in CNY (~$49)');
c('cf-117', R, 'etsy', 'Custom Louis Vuitton Monogram Belt Handmade Leather', '35 USD', 'LeatherArtisanCo', 'LV-branded belt on Etsy, where LV sells nothing');
c('cf-118', R, 'etsy', 'Chanel CC Logo Earrings Gold Vintage Style New', '18 USD', 'GlamEarringsShop', 'new Chanel earrings for $18 on Etsy');
// Harder cases, kept honest: some of these are expected misses (the engine cannot see them) and are left in.
c('cf-119', R, 'ebay', 'Apple AirPods Pro 2nd Generation New Sealed', '89 USD', { name: 'gadgetflip_22', ratingCount: 2, since: '2026-09' }, 'AirPods Pro at $89 new from a 2-rating, 2-month-old seller');
c('cf-120', R, 'amazon', 'Nike Air Jordan 1 Retro High OG Chicago', '79 USD', { name: 'Sneaker Vault LLC', ratingCount: 40, rating: 0.93 }, 'Jordan 1 Chicago at $79 (resale price is several times that): the floor is per type, expected miss');
c('cf-121', R, 'walmart', 'Pandora Moments Snake Chain Bracelet', '19.99 USD', 'Jewelry Outlet Store', 'Pandora bracelet for $20 from a third party (just above the price threshold)');
c('cf-122', R, 'etsy', 'Chrome Hearts Cross Pendant Sterling Silver', '45 USD', 'GothSilverStudio', 'Chrome Hearts on Etsy, where it sells nothing');

// ───────────────────────────── genuine ─────────────────────────────
const G: Label = 'genuine';
// Tmall flagship stores (the page marks them official).
const tm = (name: string): Seller => ({ name, official: true });
c('gen-001', G, 'tmall', "Nike耐克官方 Air Force 1 '07 男子空军一号运动鞋 CW2288", '799 CNY', tm('Nike官方旗舰店'), 'Nike Tmall flagship');
c('gen-002', G, 'tmall', 'adidas阿迪达斯官方 Samba OG 男女经典运动鞋', '899 CNY', tm('adidas官方旗舰店'), 'adidas Tmall flagship');
c('gen-003', G, 'tmall', 'Apple/苹果 AirPods Pro (第二代) 主动降噪无线耳机', '1899 CNY', tm('Apple Store 官方旗舰店'), 'Apple Tmall flagship');
c('gen-004', G, 'tmall', 'LEGO乐高 机械组 保时捷911 42096 积木玩具', '1299 CNY', tm('LEGO乐高官方旗舰店'), 'LEGO Tmall flagship');
c('gen-005', G, 'tmall', 'SanDisk闪迪 至尊超极速 1TB 移动固态硬盘 SSD', '699 CNY', tm('SanDisk闪迪官方旗舰店'), 'SanDisk Tmall flagship');
c('gen-006', G, 'tmall', '雅诗兰黛 特润修护肌活精华露 小棕瓶 50ml', '760 CNY', tm('雅诗兰黛官方旗舰店'), 'Estée Lauder Tmall flagship');
c('gen-007', G, 'tmall', '兰蔻 小黑瓶 精华肌底液 50ml', '1080 CNY', tm('兰蔻官方旗舰店'), 'Lancôme Tmall flagship');
c('gen-008', G, 'tmall', 'GUCCI古驰 Marmont系列 绗缝小号肩背包', '19800 CNY', tm('GUCCI古驰官方旗舰店'), 'Gucci Tmall Luxury Pavilion store');
c('gen-009', G, 'tmall', '卡地亚 Cartier LOVE 手镯 18K玫瑰金', '49500 CNY', tm('Cartier卡地亚官方旗舰店'), 'Cartier Tmall store');
c('gen-010', G, 'tmall', 'BURBERRY博柏利 经典格纹羊绒围巾', '4500 CNY', tm('BURBERRY官方旗舰店'), 'Burberry Tmall store');
c('gen-011', G, 'tmall', 'COACH蔻驰 Tabby 26号 女士单肩包', '3600 CNY', tm('COACH蔻驰官方旗舰店'), 'Coach Tmall store');
c('gen-012', G, 'tmall', 'Michael Kors MK Jet Set 女士托特包 大号', '1590 CNY', tm('Michael Kors官方旗舰店'), 'Michael Kors Tmall store');
c('gen-013', G, 'tmall', '潘多拉 Pandora Moments 蛇骨链 手链 925银', '599 CNY', tm('PANDORA潘多拉官方旗舰店'), 'Pandora Tmall store');
c('gen-014', G, 'tmall', '索尼 Sony WH-1000XM5 头戴式降噪耳机', '2499 CNY', tm('索尼官方旗舰店'), 'Sony Tmall store');
c('gen-015', G, 'tmall', '三星 Samsung Galaxy Buds2 Pro 真无线耳机', '999 CNY', tm('三星官方旗舰店'), 'Samsung Tmall store');
c('gen-016', G, 'tmall', '新百伦 New Balance 530 复古跑鞋 男女同款', '699 CNY', tm('New Balance官方旗舰店'), 'New Balance Tmall store ("男女同款" = unisex, not a dupe)');
c('gen-017', G, 'tmall', 'Nike Air Max 90 男子运动鞋 双11 到手价', '399 CNY', tm('Nike官方旗舰店'), 'Singles Day sale at the Nike flagship');
c('gen-018', G, 'tmall', 'UGG 经典短靴 女 Classic Short II 雪地靴', '1699 CNY', tm('UGG官方旗舰店'), 'UGG Tmall store');
c('gen-019', G, 'tmall', '卡西欧 G-SHOCK GA-2100 八王子 男表', '899 CNY', tm('卡西欧官方旗舰店'), 'Casio Tmall store');
c('gen-020', G, 'tmall', '魅可 MAC 子弹头口红 Ruby Woo', '230 CNY', tm('MAC魅可官方旗舰店'), 'MAC Tmall store');
c('gen-021', G, 'tmall', '戴森 Dyson Airwrap 多功能美发造型器 完整版', '3999 CNY', tm('戴森官方旗舰店'), 'Dyson Tmall store');
c('gen-022', G, 'tmall', '施华洛世奇 Swarovski Iconic Swan 天鹅项链', '899 CNY', tm('施华洛世奇官方旗舰店'), 'Swarovski Tmall store');
c('gen-023', G, 'tmall', 'Apple/苹果 iPad Air 11英寸 M2 平板电脑', '4799 CNY', tm('Apple Store 官方旗舰店'), 'Apple Tmall store');
c('gen-024', G, 'tmall', '雷朋 Ray-Ban 飞行员太阳镜 RB3025', '1190 CNY', tm('Ray-Ban官方旗舰店'), 'Ray-Ban Tmall store');
c('gen-025', G, 'tmall', 'Nike Revolution 7 男子跑步鞋 官方清仓 5折', '249 CNY', tm('Nike官方旗舰店'), 'clearance at half price, official store');
// AliExpress official stores.
c('gen-026', G, 'aliexpress', 'Anker 737 Power Bank PowerCore 24K 140W', '89.99 USD', { name: 'Anker Official Store', official: true }, 'Anker official AliExpress store');
c('gen-027', G, 'aliexpress', 'UGREEN 100W USB C Charger GaN Fast Charger', '39.99 USD', { name: 'UGREEN Official Store', official: true }, 'UGREEN official store');
c('gen-028', G, 'aliexpress', 'Baseus 65W GaN Charger USB C PD Fast Charging', '25.99 USD', { name: 'Baseus Official Store', official: true }, 'Baseus official store');
c('gen-029', G, 'aliexpress', 'Xiaomi Redmi Buds 5 Pro Wireless Earbuds', '59 USD', { name: 'Xiaomi Official Store', official: true }, 'Xiaomi official store');
c('gen-030', G, 'aliexpress', 'Anker Nano Charger 20W USB-C Fast Charger', '9.99 USD', 'Anker Official Store', 'Anker official store, sale price, store named in brand data');
// Amazon: sold by Amazon, brand stores.
c('gen-031', G, 'amazon', 'Apple AirPods Pro 2 Wireless Earbuds, Active Noise Cancellation', '189 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-032', G, 'amazon', 'Apple AirTag 4 Pack', '79 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-033', G, 'amazon', 'Samsung Galaxy Buds3 Pro AI True Wireless Earbuds', '179.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-034', G, 'amazon', 'Sony WH-1000XM5 Wireless Noise Canceling Headphones', '328 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-035', G, 'amazon', 'Bose QuietComfort Ultra Wireless Earbuds', '249 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-036', G, 'amazon', 'LEGO Icons Orchid 10311 Building Set', '39.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-037', G, 'amazon', 'SanDisk 256GB Extreme microSDXC UHS-I Memory Card', '21.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-038', G, 'amazon', 'Anker Portable Charger, 313 Power Bank 10000mAh', '19.99 USD', 'AnkerDirect', "Anker's own Amazon store");
c('gen-039', G, 'amazon', 'Duracell Coppertop AAA Batteries, 24 Count Pack', '17.99 USD', 'Amazon.com', '"AAA" batteries are not replica wording');
c('gen-040', G, 'amazon', 'Oral-B iO Replacement Brush Heads, 4 Count', '39.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-041', G, 'amazon', "Casio Men's G-Shock GA2100-1A1 Watch", '99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-042', G, 'amazon', 'Crocs Unisex Classic Clog', '49.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-043', G, 'amazon', "adidas Men's Samba OG Sneakers", '100 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-044', G, 'amazon', "New Balance Women's 574 Core Sneaker", '59.99 USD', 'Amazon.com', '30% off, sold by Amazon.com');
c('gen-045', G, 'amazon', 'Crucial P3 1TB PCIe NVMe SSD', '59.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-046', G, 'amazon', 'Beats Studio Buds + True Wireless Earbuds', '99.95 USD', 'Amazon.com', 'sale, sold by Amazon.com');
c('gen-047', G, 'amazon', 'Nintendo Switch OLED Model Console', '349 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-048', G, 'amazon', 'Spigen Ultra Hybrid Case for iPhone 15 Pro', '15.99 USD', 'Spigen Inc', "Spigen's own store; the case is FOR an iPhone, not Apple's");
c('gen-049', G, 'amazon', 'Apple AirPods 4 Wireless Earbuds', '119 GBP', 'Amazon.co.uk', 'sold by Amazon.co.uk, GBP', { host: 'www.amazon.co.uk' });
c('gen-050', G, 'amazon', 'Apple AirPods Pro 2 Kabellose Ohrhörer', '229 EUR', 'Amazon', 'sold by Amazon on Amazon.de, EUR', { host: 'www.amazon.de' });
c('gen-051', G, 'amazon', 'Apple AirPods Pro 2 ワイヤレスイヤホン', '39800 JPY', 'Amazon.co.jp', 'sold by Amazon.co.jp, JPY', { host: 'www.amazon.co.jp' });
c('gen-052', G, 'amazon', 'Apple AirPods Pro 2nd Generation', '20999 INR', 'Appario Retail Private Ltd', "Amazon India's big retailer, INR, full price", { host: 'www.amazon.in' });
c('gen-053', G, 'amazon', 'Samsung Galaxy Buds FE Wireless Earbuds', '99.99 CAD', 'Amazon.ca', 'Amazon.ca, CAD', { host: 'www.amazon.ca' });
c('gen-054', G, 'amazon', "Levi's Men's 501 Original Fit Jeans", '39.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-055', G, 'amazon', 'Philips Sonicare Genuine W DiamondClean Replacement Toothbrush Heads', '29.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-056', G, 'amazon', 'Zippo Classic Brushed Chrome Pocket Lighter', '17.95 USD', 'Amazon.com', 'sold by Amazon.com');
// The brand's own web shop.
c('gen-057', G, 'generic', 'GG Marmont small shoulder bag', '2690 USD', null, 'gucci.com', { url: 'https://www.gucci.com/us/en/pr/women/handbags/gg-marmont-small-shoulder-bag-p-443497', brand: 'Gucci' });
c('gen-058', G, 'generic', "Nike Air Force 1 '07 Men's Shoes", '115 USD', null, 'nike.com', { url: 'https://www.nike.com/t/air-force-1-07-mens-shoes-5QFp5Z', brand: 'Nike' });
c('gen-059', G, 'generic', 'AirPods Pro 2', '249 USD', null, 'apple.com', { url: 'https://www.apple.com/shop/product/MTJV3AM/A/airpods-pro', brand: 'Apple' });
c('gen-060', G, 'generic', 'LEGO Technic Porsche 911 GT3 RS 42056', '449.99 USD', null, 'lego.com', { url: 'https://www.lego.com/en-us/product/porsche-911-gt3-rs-42056', brand: 'LEGO' });
c('gen-061', G, 'generic', 'Neverfull MM Monogram Canvas Tote Bag', '2030 USD', null, 'louisvuitton.com', { url: 'https://us.louisvuitton.com/eng-us/products/neverfull-mm-monogram-nvprod440011', brand: 'Louis Vuitton' });
c('gen-062', G, 'generic', 'Return to Tiffany Heart Tag Pendant in Silver', '325 USD', null, 'tiffany.com', { url: 'https://www.tiffany.com/jewelry/necklaces-pendants/return-to-tiffany-heart-tag-pendant-GRP10001/', brand: 'Tiffany & Co.' });
c('gen-063', G, 'generic', 'Pandora Moments Snake Chain Bracelet', '65 USD', null, 'pandora.net', { url: 'https://us.pandora.net/en/bracelets/moments-snake-chain-bracelet/590702HV.html', brand: 'Pandora' });
c('gen-064', G, 'generic', "Women's Classic Short II Boot", '180 USD', null, 'ugg.com', { url: 'https://www.ugg.com/women-boots/classic-short-ii-boot/1016223.html', brand: 'UGG' });
c('gen-065', G, 'generic', 'Expedition Parka Heritage', '1595 USD', null, 'canadagoose.com', { url: 'https://www.canadagoose.com/us/en/expedition-parka-heritage-4660MA.html', brand: 'Canada Goose' });
c('gen-066', G, 'generic', 'Samba OG Shoes', '60 USD', null, 'adidas.com, 40% off sale', { url: 'https://www.adidas.com/us/samba-og-shoes/B75806.html', brand: 'adidas' });
c('gen-067', G, 'generic', "Nike Dunk Low Retro Men's Shoes", '109.99 GBP', null, 'nike.com UK, GBP', { url: 'https://www.nike.com/gb/t/dunk-low-retro-mens-shoes-87q0hf', brand: 'Nike' });
c('gen-068', G, 'generic', 'GG Marmont leather belt', '350 GBP', null, 'gucci.com UK, GBP', { url: 'https://www.gucci.com/uk/en_gb/pr/men/accessories/belts/gg-marmont-belt-p-400593', brand: 'Gucci' });
c('gen-069', G, 'generic', 'Sac Lady Dior Mini', '4700 EUR', null, 'dior.com France, EUR', { url: 'https://www.dior.com/fr_fr/fashion/products/M0505ONGE_M900-sac-lady-dior-mini', brand: 'Dior' });
c('gen-070', G, 'generic', 'Ray-Ban Aviator Classic RB3025', '171 USD', null, 'ray-ban.com', { url: 'https://www.ray-ban.com/usa/sunglasses/RB3025%20UNISEX%20001-aviator%20classic-gold/805289602057', brand: 'Ray-Ban' });
c('gen-071', G, 'generic', 'Rolex Submariner Date Oyster 41 mm', null, null, 'rolex.com (no prices online)', { url: 'https://www.rolex.com/watches/submariner/m126610ln-0001', brand: 'Rolex' });
c('gen-072', G, 'generic', 'Dyson Airwrap multi-styler Complete Long', '599.99 USD', null, 'dyson.com', { url: 'https://www.dyson.com/hair-care/hair-stylers/airwrap-id', brand: 'Dyson' });
c('gen-073', G, 'generic', 'Galaxy Buds3 Pro', '249.99 USD', null, 'samsung.com', { url: 'https://www.samsung.com/us/mobile-audio/galaxy-buds3-pro/', brand: 'Samsung' });
c('gen-074', G, 'generic', 'Coach Outlet Tabby Shoulder Bag 26', '197.5 USD', null, 'coachoutlet.com, 50% off', { url: 'https://www.coachoutlet.com/products/tabby-shoulder-bag-26/CH123.html', brand: 'Coach' });
c('gen-075', G, 'generic', 'Jet Set Large Saffiano Leather Tote Bag', '159 USD', null, 'michaelkors.com sale', { url: 'https://www.michaelkors.com/jet-set-large-saffiano-leather-tote-bag/30F2GTTT8L.html', brand: 'Michael Kors' });
c('gen-076', G, 'generic', 'Swarovski Iconic Swan Anhänger', '105 EUR', null, 'swarovski.com Germany, EUR', { url: 'https://www.swarovski.com/de-DE/p-5647553/Swarovski-Iconic-Swan-Anhaenger/', brand: 'Swarovski' });
c('gen-077', G, 'generic', 'Anker Prime Power Bank 20000mAh 200W', '89.99 USD', null, 'anker.com', { url: 'https://www.anker.com/products/a1336', brand: 'Anker' });
// Pre-owned with authentication, and fairly priced used goods.
const aSeller = good('luxe_resale_co', '2014');
c('gen-078', G, 'ebay', 'Louis Vuitton Speedy 30 Monogram Canvas Handbag Pre-owned', '650 USD', aSeller, 'pre-owned, eBay Authenticity Guarantee', ag);
c('gen-079', G, 'ebay', 'Rolex Datejust 16233 36mm Two Tone Pre-owned', '6500 USD', good('prestige_watch_exchange'), 'pre-owned Rolex with eBay AG', ag);
c('gen-080', G, 'ebay', 'Gucci GG Marmont Small Matelassé Shoulder Bag Black Used', '780 USD', aSeller, 'used Gucci, AG', ag);
c('gen-081', G, 'ebay', 'Chanel Classic Double Flap Medium Caviar Pre-owned', '4200 USD', good('vintage_couture_nyc'), 'used Chanel, AG', ag);
c('gen-082', G, 'ebay', 'Omega Speedmaster Professional Moonwatch Pre-owned', '4100 USD', good('watchbox_resale'), 'used Omega, AG', ag);
c('gen-083', G, 'ebay', 'Nike Air Jordan 1 Retro High OG Chicago Lost and Found Size 10', '220 USD', { name: 'sole_keeper', ratingCount: 850, rating: 0.995, since: '2016' }, 'new sneakers with eBay AG', { authenticated: true, condition: 'new' });
c('gen-084', G, 'ebay', 'Hermes Birkin 30 Togo Gold Hardware Pre-owned', '14500 USD', good('birkin_resale_paris'), 'used Birkin, AG', ag);
c('gen-085', G, 'ebay', 'Cartier Tank Must Watch Pre-owned', '2100 USD', good('time_again_watches'), 'used Cartier, AG', ag);
c('gen-086', G, 'ebay', 'Louis Vuitton Neverfull MM Damier Ebene Used', '420 USD', aSeller, 'used LV at 50% of floor, AG', ag);
c('gen-087', G, 'ebay', 'Chanel Wallet on Chain Caviar Pre-owned', '1900 USD', good('vintage_couture_nyc'), 'used Chanel WOC, AG', ag);
c('gen-088', G, 'ebay', 'Tiffany & Co. Return to Tiffany Heart Tag Bracelet Silver Used', '120 USD', good('silver_finds', '2009'), 'used Tiffany, long-standing seller', used);
c('gen-089', G, 'ebay', 'Coach Tabby Shoulder Bag 26 Pre-owned Excellent', '140 USD', good('bag_second_life'), 'used Coach at a used price', used);
c('gen-090', G, 'ebay', 'Burberry Vintage Check Cashmere Scarf Pre-owned', '120 GBP', good('uk_preloved'), 'used Burberry scarf on eBay.co.uk', { ...used, host: 'www.ebay.co.uk' });
c('gen-091', G, 'ebay', 'Rolex Submariner 116610LN gebraucht Herrenuhr', '9500 EUR', good('uhren_boerse'), 'pre-owned Rolex on eBay.de with AG', { ...ag, host: 'www.ebay.de' });
c('gen-092', G, 'ebay', 'Apple AirPods Pro 2nd Gen Refurbished', '119 USD', { name: 'itsworthmore', ratingCount: 150000, rating: 0.99, since: '2011' }, 'refurbished at a refurbished price', { condition: 'refurbished' });
// Reputable third parties and retailers at ordinary or sale prices.
c('gen-093', G, 'walmart', "Nike Men's Revolution 7 Running Shoes", '52 USD', 'Walmart.com', 'Walmart itself');
c('gen-094', G, 'walmart', 'Samsung Galaxy Buds FE', '59 USD', 'Walmart.com', 'Walmart, authorised for Samsung');
c('gen-095', G, 'walmart', 'Apple AirPods 4 Wireless Earbuds', '99 USD', 'Walmart.com', 'Walmart, authorised for Apple, sale price');
c('gen-096', G, 'ebay', "Nike Air Max 90 Men's New in Box", '95 USD', good('sneakerstore_us', '2010'), 'long-standing eBay sneaker shop');
c('gen-097', G, 'amazon', "ASICS Men's Gel-Kayano 30 Running Shoes", '99.95 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-098', G, 'etsy', 'Vintage Coach Legacy Leather Shoulder Bag 1990s', '85 USD', good('RetroFindsStudio', '2015'), 'vintage Coach on Etsy', used);
c('gen-099', G, 'etsy', 'Vintage Pandora Sterling Silver Charm Bracelet', '45 USD', good('SilverAtticFinds', '2016'), 'used Pandora on Etsy', used);
c('gen-100', G, 'amazon', "Levi's Men's 505 Regular Fit Jeans", '35 USD', 'Amazon.com', '40% off, sold by Amazon.com');
c('gen-101', G, 'amazon', 'Ray-Ban RB2140 Original Wayfarer Sunglasses', '128 USD', 'Amazon.com', 'sold by Amazon.com at a normal price');
c('gen-102', G, 'walmart', 'Crocs Classic Clog Unisex', '39.99 USD', 'Walmart.com', 'Walmart itself');
c('gen-103', G, 'amazon', 'Titleist Pro V1 Golf Balls, 12 Pack', '54.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-104', G, 'amazon', 'Callaway Supersoft Golf Balls 12 Pack', '24.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-105', G, 'amazon', 'Bosch ICON Wiper Blade 26A', '28.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-106', G, 'amazon', 'Mobil 1 M1-110A Extended Performance Oil Filter', '12.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-107', G, 'amazon', 'NGK Iridium IX Spark Plugs 4 Pack', '35.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-108', G, 'amazon', 'HP 67XL Black High-yield Ink Cartridge', '34.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-109', G, 'amazon', 'CeraVe Moisturizing Cream 16 oz', '17.78 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-110', G, 'amazon', 'Maybelline Lash Sensational Washable Mascara', '8.98 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-111', G, 'amazon', "L'Oreal Paris Revitalift Hyaluronic Acid Serum", '24.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-112', G, 'generic', 'Advanced Night Repair Serum 50ml', '115 USD', null, 'esteelauder.com', { url: 'https://www.esteelauder.com/product/681/26959/product-catalog/skincare/advanced-night-repair', brand: 'Estée Lauder' });
c('gen-113', G, 'generic', 'MAC Retro Matte Lipstick Ruby Woo', '25 USD', null, 'maccosmetics.com', { url: 'https://www.maccosmetics.com/product/13854/310/products/makeup/lips/lipstick/retro-matte-lipstick', brand: 'MAC' });
c('gen-114', G, 'generic', 'Pillow Talk Matte Revolution Lipstick', '35 USD', null, 'charlottetilbury.com', { url: 'https://www.charlottetilbury.com/us/product/matte-revolution-pillow-talk', brand: 'Charlotte Tilbury' });
c('gen-115', G, 'amazon', 'Jellycat Bashful Bunny Medium Plush', '25 USD', good('Toy Haven Shop', '2013'), 'established toy shop on Amazon');
c('gen-116', G, 'amazon', 'Squishmallows 16-Inch Plush Toy', '19.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-117', G, 'amazon', 'Funko Pop! Marvel Spider-Man Vinyl Figure', '12.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-118', G, 'walmart', 'Barbie Dreamhouse Doll Playset', '179 USD', 'Walmart.com', 'Walmart itself');
c('gen-119', G, 'amazon', 'Pokemon TCG Scarlet & Violet Booster Bundle', '29.99 USD', 'Amazon.com', 'sold by Amazon.com');
c('gen-120', G, 'generic', "Nike Pegasus 41 Men's Road Running Shoes", '84.97 USD', null, 'nike.com sale (~40% off)', { url: 'https://www.nike.com/t/pegasus-41-mens-road-running-shoes-M0h7TL', brand: 'Nike' });
c('gen-121', G, 'generic', 'Tabby Shoulder Bag 20', '247.5 USD', null, 'coach.com sale', { url: 'https://www.coach.com/products/tabby-shoulder-bag-20/CM546.html', brand: 'Coach' });
c('gen-122', G, 'amazon', "Michael Kors Women's Jet Set Travel Tote", '119 USD', good('Luxury Closet Boutique', '2011'), 'established reseller at near list price');
c('gen-123', G, 'generic', 'Knott Medium Satchel', '239.4 USD', null, 'katespade.com, 40% off', { url: 'https://www.katespade.com/products/knott-medium-satchel/PXR00398.html', brand: 'Kate Spade' });
c('gen-124', G, 'generic', 'Miller Sandal', '138 USD', null, 'toryburch.com sale', { url: 'https://www.toryburch.com/en-us/shoes/sandals/miller-sandal/55.html', brand: 'Tory Burch' });
// Department stores and off-price retailers on their own sites (not the brand's domain), sale prices.
c('gen-125', G, 'generic', 'Gucci GG Marmont Leather Belt', '330 USD', null, 'nordstrom.com, authorised retailer, ~30% off', { url: 'https://www.nordstrom.com/s/gucci-gg-marmont-leather-belt/5012345', brand: 'Gucci' });
c('gen-126', G, 'generic', 'Prada Re-Nylon Shoulder Bag', '990 USD', null, 'saksfifthavenue.com sale', { url: 'https://www.saksfifthavenue.com/product/prada-re-nylon-shoulder-bag-0400012345678.html', brand: 'Prada' });
c('gen-127', G, 'generic', 'Burberry Vintage Check Cashmere Scarf', '330 USD', null, 'farfetch.com, 35% off', { url: 'https://www.farfetch.com/shopping/women/burberry-vintage-check-cashmere-scarf-item-12345678.aspx', brand: 'Burberry' });
c('gen-128', G, 'generic', 'Michael Kors Jet Set Large Tote', '79.99 USD', null, 'tjmaxx.com off-price (genuine overstock)', { url: 'https://tjmaxx.tjx.com/store/jump/product/Jet-Set-Large-Tote/1000123456', brand: 'Michael Kors' });
c('gen-129', G, 'generic', "Nike Air Force 1 '07 Men's Shoes", '64.99 USD', null, 'footlocker.com sale', { url: 'https://www.footlocker.com/product/nike-air-force-1-07-mens/CW2288111.html', brand: 'Nike' });
c('gen-130', G, 'ebay', 'Coach Tabby Shoulder Bag 26 New With Tags', '150 USD', good('bag_outlet_direct', '2013'), 'new Coach from an established eBay shop, ~65% off list (outlet pricing)');

// ───────────────────────────── dupe ─────────────────────────────
const D: Label = 'dupe';
c('dupe-001', D, 'aliexpress', 'Belt Inspired by Gucci Double G Buckle Women', '8.99 USD', 'Fashion Belt Store', '"inspired by"');
c('dupe-002', D, 'temu', 'Chanel Style Quilted Chain Crossbody Bag', '15.99 USD', 'Bag Trend', '"Chanel style"');
c('dupe-003', D, 'amazon', 'Dupe for Lululemon Align Leggings Buttery Soft High Waisted', '24.99 USD', 'CRZ YOGA', '"dupe for"');
c('dupe-004', D, 'amazon', 'Dyson Airwrap Alternative 5 in 1 Hair Styler', '59.99 USD', 'Hair Tool Co', '"alternative"');
c('dupe-005', D, 'amazon', 'Cartier Love Bracelet Inspired Titanium Screw Bangle', '14.99 USD', 'Jewel Mood', '"inspired"');
c('dupe-006', D, 'aliexpress', 'Rolex Submariner Homage Automatic Dive Watch 40mm', '89 USD', 'Homage Watch Store', '"homage" (watch-world word for an open lookalike)');
c('dupe-007', D, 'etsy', 'Tiffany Inspired Heart Tag Necklace Sterling Silver', '29 USD', 'SilverLoveStudio', '"inspired"');
c('dupe-008', D, 'etsy', 'Van Cleef Inspired Clover Necklace 18K Gold Plated', '22 USD', 'CloverCharmCo', '"inspired"');
c('dupe-009', D, 'amazon', 'Inspired by Dior Sauvage Eau de Parfum for Men 100ml', '19.99 USD', 'Dossier', '"inspired by" perfume');
c('dupe-010', D, 'amazon', 'Woody Sandalwood Perfume, Inspired by Le Labo Santal 33', '34 USD', 'Dossier', '"inspired by"');
c('dupe-011', D, 'taobao', '古驰同款 双G腰带 男女百搭', '39 CNY', '潮流配饰馆', '"古驰同款" (same style as Gucci)');
c('dupe-012', D, 'taobao', '香奈儿平替 小香风外套 粗花呢', '168 CNY', '小众女装', '"平替"');
c('dupe-013', D, 'taobao', '迪奥平替 唇膏 滋润不拔干', '29 CNY', '美妆集合店', '"平替"');
c('dupe-014', D, 'taobao', 'LV同款 老花 斜挎包 女', '88 CNY', '女包日记', '"LV同款"');
c('dupe-015', D, 'amazon', 'Ray-Ban Wayfarer Style Sunglasses Polarized', '12.99 USD', 'SOJOS', '"Wayfarer style"');
c('dupe-016', D, 'aliexpress', 'Canada Goose Style Parka Women Winter Hooded', '45 USD', 'Winter Warm Store', '"style"');
c('dupe-017', D, 'amazon', 'Hermes Oran Style Sandals Women Flat Leather', '26.99 USD', 'Summer Steps', '"style"');
c('dupe-018', D, 'amazon', 'Lululemon Belt Bag Dupe Everywhere Crossbody', '12.99 USD', 'ODODOS', '"dupe"');
c('dupe-019', D, 'amazon', 'Stanley Quencher Dupe 40 oz Tumbler with Handle', '18.99 USD', 'Drinkware Plus', '"dupe"');
c('dupe-020', D, 'etsy', 'Bottega Veneta Inspired Woven Leather Clutch Handmade', '65 USD', 'WovenCraftStudio', '"inspired"');
c('dupe-021', D, 'aliexpress', 'Celine Style Triomphe Sunglasses Women Oval', '5.99 USD', 'Sunny Eyewear Store', '"style"');
c('dupe-022', D, 'amazon', 'Moncler Inspired Puffer Jacket Women Glossy', '59.99 USD', 'Winter Chic', '"inspired"');
c('dupe-023', D, 'walmart', "Inspired by Chanel No. 5 Women's Perfume 3.4 oz", '14.99 USD', 'Scent Alike', '"inspired by"');
c('dupe-024', D, 'aliexpress', 'Apple Watch Ultra Lookalike Smartwatch 49mm', '29 USD', 'Smart Gear Store', '"lookalike"');
c('dupe-025', D, 'etsy', 'Chanel-Inspired Tweed Jacket Custom Made', '180 USD', 'TweedAtelier', '"-inspired"');
c('dupe-026', D, 'amazon', 'YSL Libre Dupe Perfume Inspired Fragrance', '22 USD', 'Alt Fragrances', '"dupe"');
c('dupe-027', D, 'amazon', 'Omega Seamaster Homage Watch Automatic Blue', '129 USD', 'San Martin Watch', '"homage"');
c('dupe-028', D, 'taobao', '爱马仕平替 凯莉包 女包 真皮 小众设计', '299 CNY', '设计师女包', '"平替"');
c('dupe-029', D, 'amazon', 'Golden Goose Style Distressed Sneakers Women', '39.99 USD', 'Urban Soles', '"style"');
c('dupe-030', D, 'temu', 'Birkenstock Style Boston Clogs Suede', '19.99 USD', 'Comfy Feet', '"style"');
c('dupe-031', D, 'amazon', 'Loro Piana Inspired Summer Walk Loafers', '49 USD', 'Loafer Lab', '"inspired"');
c('dupe-032', D, 'amazon', 'UGG Style Mini Boots Women Platform', '34.99 USD', 'Cozy Boots', '"style"');
c('dupe-033', D, 'aliexpress', 'Michael Kors Inspired Tote Bag Women', '12 USD', 'Tote Bag Store', '"inspired"');
c('dupe-034', D, 'amazon', 'Similar to Pandora Moments Bracelet, Snake Chain Charm Bracelet', '11.99 USD', 'Charm Garden', '"similar to"');

// ───────────────────────────── unbranded ─────────────────────────────
const U: Label = 'unbranded';
c('unb-001', U, 'amazon', 'Silicone Case Compatible with iPhone 15 Pro Max', '9.99 USD', 'CASEKOO', 'accessory for an iPhone');
c('unb-002', U, 'amazon', 'Sport Band Compatible with Apple Watch 45mm 44mm', '12.99 USD', 'Lerobo', 'band for an Apple Watch');
c('unb-003', U, 'amazon', 'USB C Charger for Samsung Galaxy S24 Fast Charging 25W', '11.99 USD', 'Powerline Tech', 'charger for a Samsung phone');
c('unb-004', U, 'amazon', 'Replacement Ear Tips for AirPods Pro, Memory Foam', '8.99 USD', 'Comply Fit', 'ear tips for AirPods');
c('unb-005', U, 'aliexpress', 'Screen Protector for iPad Air 11 Tempered Glass', '2.99 USD', 'Glass Guard Store', 'for an iPad');
c('unb-006', U, 'amazon', 'Organic Apple Cider Vinegar with the Mother 32 oz', '8.49 USD', 'Amazon.com', 'apple cider vinegar');
c('unb-007', U, 'amazon', 'Coach Bus Toy Die-Cast Model 1:50 Scale', '19.99 USD', 'Model Transport Co', 'coach = bus');
c('unb-008', U, 'amazon', 'Puma Plush Stuffed Animal Mountain Lion 12 inch', '14.99 USD', 'Wild Republic', 'puma = the animal');
c('unb-009', U, 'amazon', 'Omega-3 Fish Oil 1000mg Softgels 180 Count', '19.99 USD', 'Nature Made', 'omega-3');
c('unb-010', U, 'amazon', 'Citizen Kane (Blu-ray)', '14.99 USD', 'Amazon.com', 'a film');
c('unb-011', U, 'amazon', 'Diesel Fuel Additive Injector Cleaner 16 oz', '12.99 USD', 'Auto Care Supply', 'diesel fuel');
c('unb-012', U, 'etsy', 'Fossil Ammonite Specimen from Madagascar', '24 USD', 'RockHoundFinds', 'a fossil');
c('unb-013', U, 'amazon', 'Guess Who? Classic Board Game', '12.99 USD', 'Amazon.com', 'a board game');
c('unb-014', U, 'walmart', 'Jordan Almonds Candy 1 lb Pastel', '9.99 USD', 'Sweet Treats', 'Jordan almonds');
c('unb-015', U, 'amazon', 'Columbia River Gorge Map Print Poster', '16 USD', 'Map Art Prints', 'a river');
c('unb-016', U, 'amazon', 'Mobile Phone Stand Holder for Desk', '9.99 USD', 'Desk Mate', 'no brand at all');
c('unb-017', U, 'aliexpress', 'Wireless Earbuds Bluetooth 5.3 Noise Cancelling Headphones', '9.99 USD', 'Audio Tech Store', 'generic earbuds');
c('unb-018', U, 'temu', "Women's Canvas Tote Bag Large Capacity", '6.99 USD', 'Bag Life', 'generic tote');
c('unb-019', U, 'amazon', "Men's Automatic Mechanical Watch Stainless Steel Waterproof", '39.99 USD', 'Time Craft', 'generic watch');
c('unb-020', U, 'amazon', 'Genuine Leather Belt for Men 35mm Black', '18.99 USD', 'Belt Works', 'generic belt');
c('unb-021', U, 'dhgate', 'Sterling Silver Heart Tag Necklace 925', '5.99 USD', 'silver_925_shop', 'generic necklace');
c('unb-022', U, 'taobao', '2024新款 女包 斜挎包 百搭 小方包', '59 CNY', '女包小铺', 'generic bag, Chinese');
c('unb-023', U, 'taobao', '无线蓝牙耳机 降噪 超长续航', '69 CNY', '数码小店', 'generic earbuds, Chinese');
c('unb-024', U, 'taobao', '新鲜 红富士苹果 5斤装 当季水果', '29.9 CNY', '果园直发', '苹果 = apples (fruit)');
c('unb-025', U, 'taobao', '适用于苹果15手机壳 iPhone15 透明硅胶', '19 CNY', '手机壳工厂', 'case for an iPhone, Chinese');
c('unb-026', U, 'aliexpress', 'Case for Samsung Galaxy S24 Ultra Shockproof', '3.99 USD', 'Phone Case Store', 'case for a Samsung');
c('unb-027', U, 'amazon', 'Replacement Band for Fitbit Charge 6', '9.99 USD', 'Band Co', 'band for a Fitbit');
c('unb-028', U, 'temu', 'Phone Charger Cable USB C to Lightning 6ft for iPhone', '3.99 USD', 'Cable World', 'cable for an iPhone');
c('unb-029', U, 'amazon', 'Kids Toy Vans Set of 4 Pull Back Cars', '15.99 USD', 'Toy Garage', 'vans = vehicles');
c('unb-030', U, 'amazon', "Pandora's Box Greek Mythology Book", '14.99 USD', 'Amazon.com', 'Pandora = myth');
c('unb-031', U, 'amazon', 'Head Lamp Rechargeable LED Headlamp for Running', '15.99 USD', 'Bright Trail', 'head lamp');
c('unb-032', U, 'amazon', 'Ping Pong Paddle Set of 2 with 3 Balls', '19.99 USD', 'Table Sport', 'ping pong');
c('unb-033', U, 'aliexpress', 'Watch Box 12 Slots Leather Organizer', '18 USD', 'Storage Store', 'generic watch box');
c('unb-034', U, 'amazon', 'Brother and Sister Matching Shirts', '22 USD', 'Family Tees', 'brother = sibling');
c('unb-035', U, 'amazon', 'Marshall Islands Flag 3x5 ft', '9.99 USD', 'Flag Zone', 'Marshall Islands');
c('unb-036', U, 'amazon', 'Apple Slicer and Corer Stainless Steel', '11.99 USD', 'Kitchen Pro', 'apple = fruit');
c('unb-037', U, 'walmart', 'Coach Whistle with Lanyard, Pack of 12', '10.99 USD', 'Sports Supply', 'coach = trainer');
c('unb-038', U, 'amazon', 'Crocodile Leather Pattern Wallet for Men', '19.99 USD', 'Wallet House', 'generic wallet');
c('unb-039', U, 'amazon', 'Golden Goose Egg Christmas Ornament', '12.99 USD', 'Holiday Decor', 'fairy-tale golden goose');
c('unb-040', U, 'taobao', '小香风 外套 女 秋冬 粗花呢', '128 CNY', '小众女装', 'Chanel-ish style word, no brand named');
c('unb-041', U, 'amazon', 'Supreme Court Justices Poster', '12 USD', 'History Prints', 'Supreme Court');
c('unb-042', U, 'amazon', 'Champion Juicer Commercial Heavy Duty', '299 USD', 'Kitchen Masters', 'a juicer, not the sportswear brand');
c('unb-043', U, 'amazon', 'Shower Head High Pressure 6 Settings', '19.99 USD', 'Bath Pro', 'shower head');
c('unb-044', U, 'amazon', 'Samsung Galaxy S24 Screen Protector Tempered Glass 3 Pack', '9.99 USD', 'ScreenShield', 'protector for a Samsung');
c('unb-045', U, 'ebay', 'Leather Card Holder Wallet Slim RFID', '12.99 USD', { name: 'wallet_world', ratingCount: 900, rating: 0.99 }, 'generic wallet');

// ───────────────────────────── write ─────────────────────────────
const here = path.dirname(fileURLToPath(import.meta.url));
const ids = new Set<string>();
for (const k of all) {
  if (ids.has(k.id)) throw new Error(`duplicate id ${k.id}`);
  ids.add(k.id);
}
for (const label of ['counterfeit-risk', 'genuine', 'dupe', 'unbranded'] as const) {
  const cases = all.filter((k) => k.label === label);
  writeFileSync(path.join(here, `${label}.json`), `${JSON.stringify(cases, null, 1)}\n`);
  console.log(`${label}: ${cases.length}`);
}
console.log(`total: ${all.length}`);
