import { describe, expect, it } from 'vitest';
import { asciiDigits, blockText, cleanBrand, decodeEntities, firstText, normalizeSpace, plainSpaces } from '../../../lib/extract/text';

describe('text helpers', () => {
  it('decodeEntities: named, decimal and hex entities; unknown ones kept', () => {
    expect(decodeEntities('1&nbsp;490 &euro; &amp; &#36;5 &#x20AC; &bogus; &#0;')).toBe('1\u00a0490 € & $5 € &bogus; &#0;');
    expect(decodeEntities(5 as unknown as string)).toBe('');
  });
  it('plainSpaces / normalizeSpace: every space kind, zero-width and bidi marks', () => {
    expect(plainSpaces('a\u00a0b\u202fc\u2009d\u200be\u200ff')).toBe('a b c def');
    expect(normalizeSpace('  a \n\t b  ')).toBe('a b');
    expect(normalizeSpace(null)).toBe('');
  });
  it('asciiDigits: full-width and Arabic-Indic digits and separators', () => {
    expect(asciiDigits('１２，３４５．６７')).toBe('12,345.67');
    expect(asciiDigits('١٢٬٣٤٥٫٦٧')).toBe('12,345.67');
  });
  it('blockText separates block elements, skips scripts', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p><b>Pack</b></p>For use<br>with cats<script>var x = 1;</script><li>one</li><li>two</li>';
    expect(blockText(div)).toBe('Pack For use with cats one two');
    expect(blockText(null)).toBe('');
  });
  it('firstText returns the first non-empty string', () => {
    expect(firstText(undefined, '  ', 3, ' x ')).toBe('x');
    expect(firstText()).toBeUndefined();
  });
  it.each([
    ['Brand: Nike', 'Nike'],
    ['Marke: Adidas', 'Adidas'],
    ['Ver mais artigos da Marca: Panasonic', 'Panasonic'],
    ['Visit the Apple Store', 'Apple'],
    ['Besuchen Sie den Bosch-Store', 'Bosch'],
    ['Levi’s', 'Levi’s'],
    ['Brand New Day', 'Brand New Day'],
    ['  ', undefined],
  ])('cleanBrand(%j) → %j', (input, expected) => {
    expect(cleanBrand(input)).toBe(expected);
  });
});
