/** Tests of the reassuring signals: official-store, authorised-seller, own-domain, authenticated. */
import { describe, expect, it } from 'vitest';
import { authenticated } from '../../../lib/scoring/authenticated';
import { authorisedSeller } from '../../../lib/scoring/authorised-seller';
import { officialStore } from '../../../lib/scoring/official-store';
import { ownDomain } from '../../../lib/scoring/own-domain';
import { factsFor, listing } from './helpers';

describe('reassuring signals', () => {
  it('official-store: by brand data name, or by the platform flag where it is verified', () => {
    const byName = officialStore(factsFor(listing({ site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=1', seller: { name: 'Gucci官方旗舰店' } })));
    expect(byName?.weight).toBe(-50);
    expect(byName?.message.zh).toContain('古驰在天猫的官方店铺');
    const byFlag = officialStore(factsFor(listing({ site: 'aliexpress', title: 'Nike sneakers', seller: { name: 'Nike Flagship', official: true } })));
    expect(byFlag).not.toBeNull();
  });
  it('a seller-written "official" label does not count on Temu/DHgate, nor for a store not naming the brand', () => {
    expect(officialStore(factsFor(listing({ site: 'dhgate', url: 'https://www.dhgate.com/p/1', title: 'Nike sneakers', seller: { name: 'Nike Official', official: true } })))).toBeNull();
    expect(officialStore(factsFor(listing({ site: 'aliexpress', title: 'Nike sneakers', seller: { name: 'Best Shoes', official: true } })))).toBeNull();
  });
  it('authorised-seller: Amazon.com for Apple, not for Gucci', () => {
    const amazon = (title: string) => factsFor(listing({ site: 'amazon', url: 'https://www.amazon.com/dp/B1', title, seller: { name: 'Amazon.com' } }));
    expect(authorisedSeller(amazon('Apple AirPods Pro'))?.weight).toBe(-40);
    expect(authorisedSeller(amazon('Gucci belt'))).toBeNull();
  });
  it('own-domain: on the brand’s own site only (no look-alike hosts)', () => {
    const own = (url: string) => ownDomain(factsFor(listing({ site: 'generic', url, seller: null })));
    expect(own('https://www.gucci.com/us/en/pr/belt')?.weight).toBe(-60);
    expect(own('https://gucci.com.outlet-sale.shop/belt')).toBeNull();
    expect(own('https://gucci-outlet.com/belt')).toBeNull();
  });
  it('authenticated: eBay Authenticity Guarantee', () => {
    const s = authenticated(factsFor(listing({ site: 'ebay', url: 'https://www.ebay.com/itm/1', authenticated: true })));
    expect(s?.weight).toBe(-25);
    expect(s?.message.en).toContain('eBay has this item checked');
    expect(authenticated(factsFor(listing()))).toBeNull();
  });
});
