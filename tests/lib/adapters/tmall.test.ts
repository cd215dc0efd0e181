// Tmall adapter: TShop.Setup (old) and ICE (new) items, flagship vs 专卖店/专营店 stores, list.tmall.com search.
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../lib/adapters/tmall';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite, hostileInputSuite } from './adapter-suite';

fixtureSuite(adapter);

describe('tmall adapter', () => {
  matchesOnlyOwnSite(adapter);

  it('old TShop.Setup item: the flagship store (旗舰店) is official; promo price paid, base price crossed out; CNY', async () => {
    const { listings } = await runFile(adapter, 'tmall', 'product-old');
    const l = listings[0]!;
    expect(l.seller).toMatchObject({ name: 'Nike官方旗舰店', official: true });
    expect(l.price).toEqual({ amount: 749, currency: 'CNY' });
    expect(l.listPrice).toEqual({ amount: 899, currency: 'CNY' });
    expect(l.brand).toBe('Nike/耐克');
    expect(l.seller?.rating).toBe(0.98);
  });

  it('new ICE item from a 专营店 (multi-brand reseller): not official; shop score and open date from state', async () => {
    const { listings } = await runFile(adapter, 'tmall', 'product-new');
    const s = listings[0]!.seller!;
    expect(s.name).toBe('运动派专营店');
    expect(s.official).toBeUndefined();
    expect(s).toMatchObject({ rating: 0.94, since: '2016-08-19' });
    expect(listings[0]!.price).toEqual({ amount: 1099, currency: 'CNY' });
    expect(listings[0]!.shipsFrom).toBe('福建泉州');
  });

  it('search: 3 cards; only the 旗舰店 is official (专营店 and 专卖店 are resellers); a price range is flagged', async () => {
    const { listings } = await runFile(adapter, 'tmall', 'search');
    expect(listings.map((l) => [l.seller?.name, l.seller?.official ?? false])).toEqual([
      ['Nike官方旗舰店', true],
      ['运动派专营店', false],
      ['耐克宏达专卖店', false],
    ]);
    expect(listings[2]!.price).toEqual({ amount: 599, currency: 'CNY', range: true });
  });

  it('pageKind is "other" on an app-download page', async () => {
    expect((await runFile(adapter, 'tmall', 'other')).pageKind).toBe('other');
  });

  it('a shop page lists its items with the shop as seller', async () => {
    const html = `<div class="slogo"><a class="slogo-shopname" href="//nike.tmall.com"><strong>Nike官方旗舰店</strong></a></div>
      <div class="J_TItems"><div class="item" data-id="612345678901"><a class="item-name" href="//detail.tmall.com/item.htm?id=612345678901">Air Force 1 '07</a><span class="c-price">749.00</span></div></div>`;
    const { pageKind, listings } = await runOn(adapter, html, 'https://nike.tmall.com/search.htm?search=y');
    expect(pageKind).toBe('search');
    expect(listings[0]).toMatchObject({ title: "Air Force 1 '07", price: { amount: 749, currency: 'CNY' }, seller: { name: 'Nike官方旗舰店', official: true } });
  });
});

describe('isFlagshipName', async () => {
  const { isFlagshipName } = await import('../../../lib/adapters/alibaba-common');
  it('旗舰店 / 官方旗舰店 are flagships; 专卖店 / 专营店 and plain shops are not', () => {
    expect(isFlagshipName('Nike官方旗舰店')).toBe(true);
    expect(isFlagshipName('优衣库旗舰店')).toBe(true);
    expect(isFlagshipName('耐克宏达专卖店')).toBe(false);
    expect(isFlagshipName('运动派专营店')).toBe(false);
    expect(isFlagshipName('潮流皮具小店')).toBe(false);
  });
});

hostileInputSuite(adapter, ['https://detail.tmall.com/item.htm?id=612345678901', 'https://list.tmall.com/search_product.htm?q=x']);
