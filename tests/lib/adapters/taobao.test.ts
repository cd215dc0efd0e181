// Taobao adapter: old DOM / ICE-state items, g_page_config and 2023 DOM search, Tmall shops inside Taobao search.
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../lib/adapters/taobao';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite, hostileInputSuite } from './adapter-suite';

fixtureSuite(adapter);

describe('taobao adapter', () => {
  matchesOnlyOwnSite(adapter);

  it('old item page: promo price (淘宝价) in CNY, 好评率 as rating, shop link', async () => {
    const { listings } = await runFile(adapter, 'taobao', 'product-old');
    const l = listings[0]!;
    expect(l.price).toEqual({ amount: 89, currency: 'CNY' });
    expect(l.listPrice).toEqual({ amount: 168, currency: 'CNY' });
    expect(l.seller).toMatchObject({ name: '潮流皮具小店', rating: 0.9876, url: 'https://shop123456789.taobao.com/' });
    expect(l.seller?.official).toBeUndefined();
  });

  it('new ICE item page: shop from state, 描述 score / 5 as rating, open date, brand attribute', async () => {
    const { listings } = await runFile(adapter, 'taobao', 'product-new');
    expect(listings[0]).toMatchObject({
      brand: 'Louis Vuitton/路易威登',
      price: { amount: 6580, currency: 'CNY' },
      seller: { name: '东京中古奢品店', rating: 0.98, since: '2019-04-02' },
    });
  });

  it('g_page_config search: Tmall flagship listed in Taobao search is official, a Taobao shop calling itself 旗舰店 is not', async () => {
    const { listings } = await runFile(adapter, 'taobao', 'search');
    expect(listings).toHaveLength(3);
    expect(listings.map((l) => [l.seller?.name, l.seller?.official ?? false])).toEqual([
      ['潮流皮具小店', false],
      ['GUCCI官方旗舰店', true],
      ['皮带批发旗舰店', false],
    ]);
    expect(listings[0]!.title).toBe('新款G字母扣腰带男真皮潮牌百搭大牌同款皮带');
    expect(listings[2]!.price).toEqual({ amount: 35, currency: 'CNY' });
  });

  it('2023 DOM search: split integer/decimal price, shop name, card is the link element', async () => {
    const { listings, elements } = await runFile(adapter, 'taobao', 'search-new');
    expect(listings.map((l) => l.price)).toEqual([{ amount: 128, currency: 'CNY' }, { amount: 749, currency: 'CNY' }]);
    expect(listings[0]!.seller?.name).toBe('莆田鞋业直销');
    expect(listings[1]!.seller?.official).toBe(true);
    expect(elements).toEqual(['A', 'A']);
  });

  it('pageKind is "other" on the orders page', async () => {
    expect((await runFile(adapter, 'taobao', 'other')).pageKind).toBe('other');
  });

  it('"¥" on Taobao is CNY, never yen', async () => {
    const html = '<div id="J_Title"><h3 class="tb-main-title">测试商品</h3></div><strong id="J_StrPrice"><em class="tb-rmb-num">¥1,299.00</em></strong>';
    const { listings } = await runOn(adapter, html, 'https://item.taobao.com/item.htm?id=600000000001');
    expect(listings[0]!.price).toEqual({ amount: 1299, currency: 'CNY' });
  });
});

hostileInputSuite(adapter, ['https://item.taobao.com/item.htm?id=654321098765', 'https://s.taobao.com/search?q=x']);
