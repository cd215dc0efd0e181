// runAdapter: positions, validation (drop invalid listings / fields), never throws.
import { describe, expect, it } from 'vitest';
import { runAdapter, validListing } from '../../../lib/adapters/run';
import type { Adapter } from '../../../lib/adapters/types';

const base = { site: 'generic' as const, url: 'https://x.example/p', title: 'T', brand: null, price: null, seller: null };
const el = document.createElement('div');

function fake(cards: unknown[], kind: 'search' | 'product' = 'search', throwIn?: string): Adapter {
  return {
    id: 'generic',
    matchesUrl: () => true,
    pageKind: () => {
      if (throwIn === 'pageKind') throw new Error('boom');
      return kind;
    },
    extractProduct: () => ({ listing: cards[0] as never, element: el }),
    extractCards: () => {
      if (throwIn === 'cards') throw new Error('boom');
      return cards.map((listing) => ({ listing: listing as never, element: el }));
    },
  };
}

describe('runAdapter', () => {
  const url = new URL('https://x.example/s');
  it('numbers cards 1..n in order, skipping invalid ones and repeats of the same listing', () => {
    const r = runAdapter(fake([{ ...base, url: 'https://x.example/1' }, { ...base, title: '' }, { ...base, url: 'https://x.example/2' }, { ...base, url: 'https://x.example/1' }]), document, url);
    expect(r.listings.map((c) => [c.listing.url, c.listing.position])).toEqual([
      ['https://x.example/1', 1],
      ['https://x.example/2', 2],
    ]);
  });
  it('drops an invalid optional field but keeps the listing', () => {
    const l = validListing({ ...base, image: 'javascript:alert(1)', seller: { name: 'S', rating: 7 } });
    expect(l).toEqual({ ...base, seller: { name: 'S' } });
  });
  it('an adapter that throws gives what was read, never an exception', () => {
    expect(runAdapter(fake([], 'search', 'pageKind'), document, url)).toEqual({ pageKind: 'other', listings: [] });
    expect(runAdapter(fake([], 'search', 'cards'), document, url)).toEqual({ pageKind: 'search', listings: [] });
  });
});
