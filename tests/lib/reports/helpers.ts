import type { Listing } from '../../../lib/schema/listing';
import type { Verdict } from '../../../lib/schema/verdict';
import type { NewReport } from '../../../lib/reports/schema';

export const verdict: Verdict = {
  level: 'high',
  score: 88,
  kind: 'counterfeit',
  brand: { id: 'gucci', name: 'Gucci', how: 'exact', matched: 'Gucci' },
  productType: 'belt',
  summary: { en: 'Likely a copy.', zh: '疑似仿品。' },
  signals: [
    {
      id: 'price-below-floor',
      weight: 45,
      message: { en: 'Price is $38, 92% below the lowest genuine price ($450).', zh: '价格 $38，比正品最低价（$450）低 92%。' },
      evidence: { priceUsd: 38, floorUsd: 450 },
    },
    { id: 'official-store', weight: -10, message: { en: 'Reassuring.', zh: '放心。' }, evidence: {} },
  ],
};

export function listing(i = 0, over: Partial<Listing> = {}): Listing {
  return {
    site: 'amazon',
    url: `https://www.amazon.com/dp/B0TEST${i}`,
    title: `GG Marmont belt ${i}`,
    brand: 'Gucci',
    price: { amount: 38, currency: 'USD' },
    seller: { name: 'Cheap Store', id: 'A1B2C3' },
    ...over,
  };
}

export function newReport(i = 0, over: Partial<NewReport> = {}): NewReport {
  return { reason: 'looks-counterfeit', note: `note ${i}`, listing: listing(i), verdict, ...over };
}
