import { describe, expect, it } from 'vitest';
import { brandedItem, money, priceText, shortSource, summary } from '../../../lib/scoring/messages';
import { fold } from '../../../lib/scoring/text';
import { GUCCI } from './helpers';

describe('messages', () => {
  it('formats money like shops do', () => {
    expect(money(38, 'USD')).toBe('$38');
    expect(money(12.5, 'USD')).toBe('$12.50');
    expect(money(1234.4, 'EUR')).toBe('€1,234');
    expect(money(12800, 'JPY')).toBe('¥12,800');
    expect(money(298, 'CNY')).toBe('CN¥298');
    expect(money(20999, 'INR')).toBe('₹20,999');
    expect(money(12.5, 'CHF')).toBe('CHF 12.50');
    expect(priceText(27, 'EUR', 30, 'en')).toBe('€27 (about $30)');
    expect(priceText(27, 'EUR', 30, 'zh')).toBe('€27（约 $30）');
  });
  it('names items naturally', () => {
    expect(brandedItem('Nike', 'sneakers', 'en')).toBe('pair of Nike sneakers');
    expect(brandedItem('Gucci', 'belt', 'en')).toBe('Gucci belt');
    expect(brandedItem('古驰', 'belt', 'zh')).toBe('古驰腰带');
    expect(brandedItem('Gucci', null, 'en')).toBe('Gucci item');
  });
  it('shortens long source notes', () => {
    expect(shortSource('GG belts list around US$450+; floor set well below')).toBe('GG belts list around US$450+');
    expect(shortSource('x'.repeat(200)).length).toBeLessThanOrEqual(80);
  });
  it('has a Chinese summary for every level, using the brand’s Chinese name', () => {
    const s = summary({ level: 'low', kind: null, brand: GUCCI, productType: 'bag', signals: [] });
    expect(s.zh).toBe('未发现这款古驰包有假货迹象。');
    expect(summary({ level: 'none', kind: null, brand: null, productType: null, signals: [] }).en).toContain('No known brand');
  });
  it('folds width, case, accents and spaces; ASCII fast path agrees with the slow one', () => {
    expect(fold('ＧＵＣＣＩ  Réplica')).toBe('gucci replica');
    expect(fold('  Gucci   BELT ')).toBe('gucci belt');
  });
});
