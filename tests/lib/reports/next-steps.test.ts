import { describe, expect, it } from 'vitest';
import { marketplaceInfo, loadBrandData } from '../../../lib/brands';
import { channelsFor, nextSteps, reportSummary } from '../../../lib/reports/next-steps';
import { createReport } from '../../../lib/reports/schema';
import { newReport } from './helpers';

const report = createReport(newReport(1, { note: 'Stitching is wrong' }), {
  id: '0b6d3c1e-8f2a-4c55-9e0d-2f1a3b4c5d6e',
  now: new Date('2026-11-29T08:00:00.000Z'),
  endpointSet: false,
});

describe('next steps', () => {
  it('lists the marketplace claim and IP pages and the brand page from the bundled data', () => {
    const amazon = marketplaceInfo('amazon');
    expect(amazon, 'assets/marketplaces.json has amazon').toBeDefined();
    // Any bundled brand with an anti-counterfeiting page (the data is being filled in by another helper).
    const brand = loadBrandData().brands.find((b) => b.report);
    expect(brand, 'at least one bundled brand has report.url').toBeDefined();
    const steps = nextSteps(report, amazon, brand);
    const kinds = steps.channels.map((c) => c.kind);
    expect(kinds).toContain('buyer-protection');
    expect(kinds).toContain('ip-report');
    expect(steps.channels.find((c) => c.kind === 'buyer-protection')!.url).toBe(amazon!.buyerProtection.url);
    expect(steps.channels.find((c) => c.kind === 'brand')!.url).toBe(brand!.report!.url);
    for (const c of steps.channels) if (c.url) expect(c.url).toMatch(/^https:\/\//);
  });

  it('works from the popup Explanation shape (reportUrl) and with nothing known', () => {
    expect(channelsFor(null, { name: 'Gucci', reportUrl: 'https://www.gucci.com/anti-counterfeiting' })).toEqual([
      expect.objectContaining({ kind: 'brand', url: 'https://www.gucci.com/anti-counterfeiting' }),
    ]);
    expect(channelsFor(null, null)).toEqual([]);
  });

  it('writes a paste-ready summary with url, title, price, seller, reasons with numbers and date, in en and zh', () => {
    const en = reportSummary(report, 'en', 'Amazon');
    expect(en).toContain('URL: https://www.amazon.com/dp/B0TEST1');
    expect(en).toContain('Listing: GG Marmont belt 1');
    expect(en).toContain('Price: 38 USD');
    expect(en).toContain('Seller: Cheap Store (id A1B2C3)');
    expect(en).toContain('Reason: Looks counterfeit');
    expect(en).toContain('- Price is $38, 92% below the lowest genuine price ($450).');
    expect(en).not.toContain('Reassuring'); // only the warning signals
    expect(en).toContain('score 88/100');
    expect(en).toContain('Note: Stitching is wrong');
    expect(en).toContain('Reported on: 2026-11-29');
    const zh = reportSummary(report, 'zh', 'Amazon');
    expect(zh).toContain('链接: https://www.amazon.com/dp/B0TEST1');
    expect(zh).toContain('举报原因: 疑似假货');
    expect(zh).toContain('比正品最低价（$450）低 92%');
    expect(zh).toContain('举报日期: 2026-11-29');
  });
});
