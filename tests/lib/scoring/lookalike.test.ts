import { describe, expect, it } from 'vitest';
import { isDupe, soldAsLookalike } from '../../../lib/scoring/lookalike';
import { findLookalikeTerms, stripLookalikePhrases } from '../../../lib/scoring/lookalike-words';
import { factsFor, listing } from './helpers';

describe('lookalike words', () => {
  it.each([
    ['Belt inspired by Gucci GG', 'Gucci', 'inspired by'],
    ['Gucci dupe belt', 'Gucci', 'dupe'],
    ['Chanel-style quilted bag', 'Chanel', 'style'],
    ['Gucci inspired belt', 'Gucci', 'inspired'],
    ['Submariner homage automatic watch', '', 'homage'],
    ['大牌平替 腰带', '', '平替'],
    ['古驰同款 腰带', '古驰', '同款'],
    ['LV同款 老花 斜挎包', 'LV', '同款'],
    ['alternative to Dyson Airwrap', '', 'alternative to'],
  ])('finds %s', (title, matched, term) => {
    expect(findLookalikeTerms(title, matched)).toContain(term);
  });
  it.each([
    ['Nike Air Max 90 Style DM0029-100', 'Nike'],
    ['Samsung Type-C fast charger', 'Samsung'],
    ['Apple Watch like new', 'Apple'],
    ['明星同款 包包', ''],
    ['Gucci GG Marmont belt', 'Gucci'],
    ['Silver style necklace', 'LV'],
  ])('does not find lookalike wording in %s', (title, matched) => {
    expect(findLookalikeTerms(title, matched)).toEqual([]);
  });
  it('strips lookalike phrases so the matcher can see the brand', () => {
    expect(stripLookalikePhrases('Dupe for Gucci belt')).toBe('Gucci belt');
    expect(stripLookalikePhrases('Bag inspired by Chanel')).toBe('Bag Chanel');
    expect(stripLookalikePhrases('Tiffany Inspired Heart Tag Necklace')).toBe('Tiffany Heart Tag Necklace');
    expect(stripLookalikePhrases('古驰同款 腰带')).toBe('古驰 腰带');
  });
});

describe('sold-as-lookalike', () => {
  it('makes an honest lookalike a dupe, with a weight of 0', () => {
    const f = factsFor(listing({ title: 'Gucci inspired belt' }));
    expect(isDupe(f)).toBe(true);
    const s = soldAsLookalike(f);
    expect(s?.weight).toBe(0);
    expect(s?.message.en).toContain('not as Gucci');
  });
  it('a "dupe" with replica wording or a disguised name is not a dupe', () => {
    expect(isDupe(factsFor(listing({ title: 'Gucci inspired belt AAA 1:1' })))).toBe(false);
    expect(isDupe(factsFor(listing({ title: 'G-ucci inspired belt' })))).toBe(false);
    expect(soldAsLookalike(factsFor(listing({ title: 'G-ucci inspired belt' })))).toBeNull();
  });
});
