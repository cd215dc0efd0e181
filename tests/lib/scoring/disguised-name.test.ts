import { describe, expect, it } from 'vitest';
import { disguisedName } from '../../../lib/scoring/disguised-name';
import { factsFor, listing } from './helpers';

describe('disguised-name', () => {
  it('fires for a disguise, quoting what the page wrote', () => {
    const s = disguisedName(factsFor(listing({ title: 'G-ucci belt men' })));
    expect(s?.weight).toBe(30);
    expect(s?.message.en).toContain('"g-ucci" instead of "Gucci"');
    expect(s?.message.zh).toContain('伪装');
  });
  it('fires more weakly for a misspelling', () => {
    const s = disguisedName(factsFor(listing({ title: 'Guchi belt' })));
    expect(s?.weight).toBe(22);
    expect(s?.evidence.how).toBe('misspelled');
  });
  it('is silent for the plain name and native names', () => {
    expect(disguisedName(factsFor(listing({ title: 'Gucci belt' })))).toBeNull();
    expect(disguisedName(factsFor(listing({ title: '古驰 腰带' })))).toBeNull();
  });
});
