import { describe, expect, it } from 'vitest';
import { priceFromElement } from '../../../lib/extract/price-dom';

function el(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html.trim();
  return host.firstElementChild!;
}

describe('priceFromElement', () => {
  it('joins cents in <sup>', () => {
    expect(priceFromElement(el('<span>$12<sup>99</sup></span>'))).toEqual({ amount: 12.99, currency: 'USD' });
    expect(priceFromElement(el('<span><sup>$</sup>1,299<sup>00</sup></span>'))).toEqual({ amount: 1299, currency: 'USD' });
    expect(priceFromElement(el('<span>12<sup>99</sup> €</span>'))).toEqual({ amount: 12.99, currency: 'EUR' });
    // A footnote mark in <sup> is not cents.
    expect(priceFromElement(el('<span>$12.99<sup>*</sup></span>'))).toEqual({ amount: 12.99, currency: 'USD' });
  });

  it('prefers Amazon .a-offscreen text', () => {
    const amazon = el(`<span class="a-price" data-a-size="xl">
      <span class="a-offscreen">$24.99</span>
      <span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">25<span class="a-price-decimal">.</span></span><span class="a-price-fraction">49</span></span>
    </span>`);
    expect(priceFromElement(amazon)).toEqual({ amount: 24.99, currency: 'USD' });
  });

  it('rebuilds Amazon whole + fraction when .a-offscreen is empty', () => {
    const us = el(`<span class="a-price"><span class="a-offscreen"> </span><span aria-hidden="true">
      <span class="a-price-symbol">$</span><span class="a-price-whole">1,024<span class="a-price-decimal">.</span></span>
      <span class="a-price-fraction">95</span></span></span>`);
    expect(priceFromElement(us)).toEqual({ amount: 1024.95, currency: 'USD' });
    const de = el(`<span class="a-price"><span aria-hidden="true"><span class="a-price-whole">1.299<span class="a-price-decimal">,</span></span><span class="a-price-fraction">99</span><span class="a-price-symbol">€</span></span></span>`);
    expect(priceFromElement(de)).toEqual({ amount: 1299.99, currency: 'EUR' });
    const noDecimalNode = el(`<span><span class="a-price-symbol">£</span><span class="a-price-whole">24</span>
      <span class="a-price-fraction">99</span></span>`);
    expect(priceFromElement(noDecimalNode)).toEqual({ amount: 24.99, currency: 'GBP' });
    const jp = el(`<span class="a-price"><span class="a-price-symbol">￥</span><span class="a-price-whole">1,280</span></span>`);
    expect(priceFromElement(jp, { domain: 'amazon.co.jp' })).toEqual({ amount: 1280, currency: 'JPY' });
  });

  it('inserts a comma before split cents when the whole part groups with dots', () => {
    expect(priceFromElement(el('<span>1.299<span class="cents">90</span> €</span>'))?.amount).toBe(1299.9);
    expect(priceFromElement(el('<span>12<sup>50</sup></span>'), { decimalSeparator: ',' })?.amount).toBe(12.5);
  });

  it('reads content / data-price / value attributes, currency from text or hints', () => {
    expect(priceFromElement(el('<meta itemprop="price" content="119.99">'))).toEqual({ amount: 119.99, currency: null });
    expect(priceFromElement(el('<meta itemprop="price" content="119.99">'), { currency: 'USD' })).toEqual({ amount: 119.99, currency: 'USD' });
    expect(priceFromElement(el('<span itemprop="price" content="1299.00">1.299,00 €</span>'))).toEqual({ amount: 1299, currency: 'EUR' });
    expect(priceFromElement(el('<div data-price="45.5">$45.50</div>'))).toEqual({ amount: 45.5, currency: 'USD' });
    expect(priceFromElement(el('<input type="hidden" value="7.25">'), { currency: '£' })).toEqual({ amount: 7.25, currency: 'GBP' });
    // A printed attribute value goes through the text parser.
    expect(priceFromElement(el('<span data-price="1.234,50 €"></span>'))).toEqual({ amount: 1234.5, currency: 'EUR' });
  });

  it('prefers screen-reader text over split visual text', () => {
    const e = el('<span class="price"><span aria-hidden="true">$1<sup>99</sup></span><span class="sr-only">$1.99</span></span>');
    expect(priceFromElement(e)).toEqual({ amount: 1.99, currency: 'USD' });
    const ebay = el('<span class="ux-textspans"><span class="clipped">US $49.99</span><span aria-hidden="true">US $49.99</span></span>');
    expect(priceFromElement(ebay)).toEqual({ amount: 49.99, currency: 'USD' });
  });

  it('does not take currency-less screen-reader text from a larger element as the price', () => {
    const card = el('<div><span class="sr-only">4.5 out of 5 stars</span><span class="price">$19.99</span></div>');
    expect(priceFromElement(card)).toEqual({ amount: 19.99, currency: 'USD' });
  });

  it('skips hidden duplicates and struck-through was-prices', () => {
    expect(priceFromElement(el('<span><span style="display: none">$99.99</span>$12.99</span>'))?.amount).toBe(12.99);
    expect(priceFromElement(el('<span><span hidden>$99.99</span>$12.99</span>'))?.amount).toBe(12.99);
    expect(priceFromElement(el('<div><s>$19.99</s> $9.99</div>'))?.amount).toBe(9.99);
    expect(priceFromElement(el('<div><del>€19,99</del> 9,99 €</div>'))).toEqual({ amount: 9.99, currency: 'EUR' });
    // Only a struck price: better that than nothing.
    expect(priceFromElement(el('<div><del>$19.99</del></div>'))?.amount).toBe(19.99);
    expect(priceFromElement(el('<div>$5.00<script>var p = "$999";</script></div>'))?.amount).toBe(5);
  });

  it('returns null for nothing or garbage, never throws', () => {
    expect(priceFromElement(null)).toBeNull();
    expect(priceFromElement(undefined)).toBeNull();
    expect(priceFromElement(el('<span>Currently unavailable</span>'))).toBeNull();
    expect(priceFromElement(el('<span></span>'))).toBeNull();
    expect(priceFromElement({} as Element)).toBeNull();
  });
});
