import { describe, expect, it } from 'vitest';
import { buildBrandIndex } from '../../../lib/brands/index';
import { testData } from './fixtures';

const index = buildBrandIndex(testData());
const pt = (t: string) => index.productType(t);

describe('product type detection', () => {
  it.each([
    // English
    ['Gucci GG Marmont leather shoulder bag', 'bag'],
    ['Mens leather wallet bifold', 'wallet'],
    ['Reversible leather belt 35mm', 'belt'],
    ['Air Jordan 1 Retro High OG', 'sneakers'],
    ['Chelsea boots suede', 'boots'],
    ['Rolex Submariner Date 41mm', 'watch'],
    ['AirPods Pro 2nd generation', 'earbuds'],
    ['iPhone 15 Pro Max 256GB unlocked', 'smartphone'],
    ['SanDisk Extreme 128GB microSDXC', 'memory-card'],
    ['Chanel Coco Mademoiselle eau de parfum 100ml', 'perfume'],
    ['LEGO Star Wars Millennium Falcon building set', 'building-set'],
    ['Pokemon Scarlet Violet booster box', 'trading-cards'],
    ['Bosch Aerotwin wiper blades', 'wiper-blade'],
    ['NGK iridium spark plugs set of 4', 'spark-plug'],
    ['Titleist Pro V1 golf balls dozen', 'golf-ball'],
    ['Montblanc Meisterstück fountain pen', 'pen'],
    ['Oral-B replacement brush heads 8 pack', 'toothbrush-head'],
    ['HP 63 XL ink cartridge black', 'ink-cartridge'],
    ['Dyson Airwrap multi-styler', 'hair-tool'],
    ['Friends the complete series DVD box set', 'dvd-boxset'],
    // Chinese
    ['古驰女包新款单肩包', 'bag'],
    ['耐克运动鞋男款', 'sneakers'],
    ['蒂芙尼项链 925银', 'necklace'],
    ['劳力士手表 机械表', 'watch'],
    ['闪迪内存卡 128G', 'memory-card'],
    ['香奈儿口红', 'lipstick'],
    ['乐高积木 拼装', 'building-set'],
    // German
    ['Damenhandtasche aus Leder', 'bag'],
    ['Herren Armbanduhr Automatik', 'watch'],
    ['Geldbörse Damen Leder', 'wallet'],
    ['Bremsbeläge vorne Satz', 'brake-pads'],
    // French
    ['Sac à main en cuir noir', 'bag'],
    ['Montre automatique homme', 'watch'],
    ['Baskets homme blanches', 'sneakers'],
    ["Boucles d'oreilles en argent", 'earrings'],
    // Spanish
    ['Bolso de mano mujer piel', 'bag'],
    ['Zapatillas deportivas hombre', 'sneakers'],
    ['Gafas de sol polarizadas', 'sunglasses'],
    // Italian
    ['Borsa a tracolla donna pelle', 'bag'],
    ['Orologio uomo cronografo', 'watch'],
    ['Occhiali da sole donna', 'sunglasses'],
    // Japanese
    ['グッチ 長財布 メンズ', 'wallet'],
    ['ナイキ スニーカー エアマックス', 'sneakers'],
    ['シャネル 香水 100ml', 'perfume'],
  ])('%s → %s', (title, type) => {
    expect(pt(title)).toBe(type);
  });

  it('picks the most specific type', () => {
    expect(pt('Leather belt bag waist pack')).toBe('bag'); // "belt bag" is a bag
    expect(pt('Nike running shoes sneakers')).toBe('sneakers'); // sneakers over shoes
    expect(pt('Samsung 25W fast charger for Galaxy phone')).toBe('charger'); // the part, not the device
    expect(pt('USB-C charging cable 2m')).toBe('cable');
    expect(pt('PS5 DualSense wireless controller')).toBe('game-controller');
    expect(pt('Smart watch fitness tracker')).toBe('smartwatch');
    expect(pt('Toyota brake pads front')).toBe('brake-pads');
    expect(pt('Pandora charm bracelet silver')).toBe('bracelet');
  });

  it('knows what is not the product', () => {
    expect(pt('Rolex Submariner watch box')).toBeNull();
    expect(pt('Watch winder for 4 watches')).toBeNull();
    expect(pt('Apple Watch Band Sport Strap Replacement')).toBeNull();
    expect(pt('Ring light with tripod')).toBeNull();
    expect(pt('Key ring holder')).toBeNull();
    expect(pt('Cable knit sweater')).toBe('clothing');
  });

  it('tells accessories for a device from the device', () => {
    expect(pt('iPhone 15 Pro Max case clear')).toBe('phone-case');
    expect(pt('Case for iPhone 15')).toBe('phone-case');
    expect(pt('Samsung Galaxy S23 Case')).toBe('phone-case');
    expect(pt('AirPods Pro 2 with MagSafe Charging Case')).toBe('earbuds');
    expect(pt('Apple Watch Series 9 GPS 45mm Aluminium Case with Sport Band')).toBe('smartwatch');
    expect(pt('iPhone 15 Pro 256GB + case')).toBe('smartphone');
    expect(pt('苹果iPhone15手机壳')).toBe('phone-case');
  });

  it('returns null when the title names no product type', () => {
    expect(pt('')).toBeNull();
    expect(pt('Gucci')).toBeNull();
    expect(pt('包邮 正品')).toBeNull();
  });

  it('lists every type, most specific first', () => {
    expect(index.productTypes('Nike sneakers and hoodie set')).toEqual(['sneakers', 'clothing']);
  });
});
