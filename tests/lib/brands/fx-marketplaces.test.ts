import { describe, expect, it } from 'vitest';
import { marketplaceInfo, toUsd } from '../../../lib/brands/index';
import type { FxTable } from '../../../lib/brands/schema';

describe('toUsd', () => {
  const fx: FxTable = { base: 'USD', asOf: '2025-05', source: 'test', perUsd: { USD: 1, EUR: 0.8, JPY: 150 } };
  it('divides by units per USD', () => {
    expect(toUsd(80, 'EUR', fx)).toBeCloseTo(100);
    expect(toUsd(15000, 'JPY', fx)).toBeCloseTo(100);
    expect(toUsd(42, 'USD', fx)).toBe(42);
    expect(toUsd(42, 'usd', fx)).toBe(42);
  });
  it('returns null for unknown currencies and bad amounts', () => {
    expect(toUsd(10, 'XXX', fx)).toBeNull();
    expect(toUsd(Number.NaN, 'EUR', fx)).toBeNull();
    expect(toUsd(-1, 'EUR', fx)).toBeNull();
    expect(toUsd(10, undefined as unknown as string, fx)).toBeNull();
  });
  it('uses the bundled table by default', () => {
    const eur = toUsd(100, 'EUR');
    expect(eur).not.toBeNull();
    expect(eur!).toBeGreaterThan(90);
    expect(eur!).toBeLessThan(140);
    const cny = toUsd(720, 'CNY');
    expect(cny!).toBeGreaterThan(80);
    expect(cny!).toBeLessThan(130);
  });
});

describe('marketplaceInfo', () => {
  it('knows the IP-report portals', () => {
    expect(marketplaceInfo('amazon')?.buyerProtection.name).toMatch(/A-to-z/);
    expect(marketplaceInfo('ebay')?.ipReport.name).toMatch(/VeRO/);
    for (const id of ['aliexpress', 'taobao', 'tmall']) expect(marketplaceInfo(id)?.ipReport.url).toBe('https://ipp.alibabagroup.com/');
    expect(marketplaceInfo('walmart')?.ipReport.url).toMatch(/^https:\/\/brandportal\.walmart\.com/);
    expect(marketplaceInfo('generic')).toBeUndefined();
    expect(marketplaceInfo('nope')).toBeUndefined();
  });
});
