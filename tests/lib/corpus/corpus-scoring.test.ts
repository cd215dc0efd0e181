// The product-pages scoring rule for the benchmark's '.'-grouping labels (groupedLabelMatch in corpus.ts).
import { describe, expect, it } from 'vitest';
import { groupedLabelMatch } from './corpus';

describe("groupedLabelMatch: the benchmark's '.'-grouping label convention", () => {
  it('accepts label × 1000 when the page prints that number grouped beside the symbol', () => {
    expect(groupedLabelMatch('24.99', 24990, ['$'], '<div class="item-price">\n$24.990\n</div>')).toBe(true);
    expect(groupedLabelMatch('3.34', 3340, ['$'], '<strong>Precios:</strong>&nbsp;&nbsp;$3.340<br>')).toBe(true);
    expect(groupedLabelMatch('23.450', 23450, ['Rs'], '<span data-aut-id="itemPrice">Rs 23,450</span>')).toBe(true);
    expect(groupedLabelMatch('1.5', 1500, ['€'], '<b>1.500 €</b>')).toBe(true);
  });
  it('rejects other ×1000 coincidences', () => {
    // Amount is not label × 1000.
    expect(groupedLabelMatch('24.99', 2499, ['$'], '$24.990')).toBe(false);
    // The page prints the label as a real decimal price, or the number without a group.
    expect(groupedLabelMatch('24.99', 24990, ['$'], '<span>$24.99</span>')).toBe(false);
    expect(groupedLabelMatch('24.99', 24990, ['$'], '<span>$24990</span>')).toBe(false);
    // Grouped, but part of a longer number, or with decimals after it.
    expect(groupedLabelMatch('24.99', 24990, ['$'], '$124.990')).toBe(false);
    expect(groupedLabelMatch('24.99', 24990, ['$'], '$24.990,50')).toBe(false);
    // Grouped, but not beside the benchmark's symbol (a SKU, a count), or no symbol known.
    expect(groupedLabelMatch('24.99', 24990, ['$'], 'Art. 24.990 <span>$ 19.990</span>')).toBe(false);
    expect(groupedLabelMatch('24.99', 24990, [], '$24.990')).toBe(false);
    // Labels that are not "d{1,3}.d{1,3}".
    expect(groupedLabelMatch('2499', 2499000, ['$'], '$2.499.000')).toBe(false);
    expect(groupedLabelMatch('24.9999', 24999.9, ['$'], '$24.999,9')).toBe(false);
  });
});
