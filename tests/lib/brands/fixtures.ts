/** Small inline brand set for the matcher's rule tests (independent of the bundled data's churn). */
import type { Brand, ProductType } from '../../../lib/brands/schema';
import { loadBrandData } from '../../../lib/brands/data';

const floor = (type: string) => ({ type, floorUsd: 100, source: 'test fixture', asOf: '2025-05' });

export function brand(id: string, name: string, extra: Partial<Brand> = {}, types: string[] = ['bag']): Brand {
  return { id, name, sector: 'luxury-fashion', products: types.map(floor), officialDomains: [], ...extra };
}

export const TEST_BRANDS: Brand[] = [
  brand('gucci', 'Gucci', { misspellings: ['Gucchi'], native: [{ lang: 'zh', name: '古驰' }, { lang: 'ja', name: 'グッチ' }, { lang: 'ru', name: 'Гуччи' }] }, ['bag', 'belt', 'wallet']),
  brand('louis-vuitton', 'Louis Vuitton', { aliases: ['LV'], native: [{ lang: 'zh', name: '路易威登' }] }, ['bag', 'wallet']),
  brand('nike', 'Nike', { misspellings: ['Nkie'], native: [{ lang: 'zh', name: '耐克' }] }, ['sneakers', 'clothing']),
  brand('adidas', 'Adidas', { native: [{ lang: 'zh', name: '阿迪达斯' }] }, ['sneakers', 'clothing']),
  brand('tiffany', 'Tiffany & Co.', { aliases: ['Tiffany'] }, ['necklace', 'ring', 'bracelet']),
  brand('hermes', 'Hermès', { native: [{ lang: 'zh', name: '爱马仕' }] }, ['bag', 'belt', 'scarf']),
  brand('cartier', 'Cartier', {}, ['ring', 'bracelet', 'watch']),
  brand('chanel', 'Chanel', {}, ['bag', 'perfume']),
  brand('dyson', 'Dyson', {}, ['hair-tool']),
  brand('playstation-maker', 'PlayStation', {}, ['game-console']),
  brand('spigen', 'Spigen', {}, ['phone-case']),
  brand('samsung', 'Samsung', { native: [{ lang: 'zh', name: '三星' }] }, ['smartphone', 'earbuds', 'memory-card', 'smartwatch']),
  brand('apple', 'Apple', {
    aliases: ['AirPods', 'iPhone'],
    native: [{ lang: 'zh', name: '苹果' }],
    ambiguous: { context: ['smartphone', 'earbuds', 'smartwatch', 'laptop', 'charger', 'iphone', 'macbook'], why: 'a fruit' },
  }, ['smartphone', 'earbuds', 'charger', 'smartwatch']),
  brand('coach', 'Coach', { ambiguous: { context: ['bag', 'wallet', 'belt', 'leather', 'handbag', 'purse'], why: 'sports coach, bus' } }, ['bag', 'wallet']),
  brand('puma', 'Puma', { ambiguous: { context: ['sneakers', 'shoes', 'clothing', 'jersey'], why: 'an animal' } }, ['sneakers']),
  brand('gap', 'Gap', { ambiguous: { context: ['clothing', 'jacket', 'hoodie', 'jeans'], why: 'a common word' } }, ['clothing']),
  brand('on', 'On', { aliases: ['On Running'], ambiguous: { context: ['sneakers', 'shoes', 'cloudmonster'], why: 'a preposition' } }, ['sneakers']),
  brand('omega', 'Omega', { ambiguous: { context: ['watch', 'seamaster', 'speedmaster'], why: 'Greek letter, omega-3' } }, ['watch']),
];

export function testData(): { brands: Brand[]; productTypes: ProductType[] } {
  return { brands: TEST_BRANDS, productTypes: loadBrandData().productTypes };
}
