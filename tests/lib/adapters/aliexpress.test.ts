// AliExpress adapter: runParams (old) / component (new) product state, _init_data_ search state, DOM-only search.
import { describe, expect, it } from 'vitest';
import { adapter } from '../../../lib/adapters/aliexpress';
import { runOn, runFile, fixtureSuite, matchesOnlyOwnSite, hostileInputSuite } from './adapter-suite';

fixtureSuite(adapter);

describe('aliexpress adapter', () => {
  matchesOnlyOwnSite(adapter);

  it('matches the .us and .ru storefronts and language subdomains', () => {
    for (const u of ['https://www.aliexpress.us/item/3256801234567890.html', 'https://aliexpress.ru/item/1005001234567890.html', 'https://fr.aliexpress.com/item/1005001234567890.html']) {
      expect(adapter.matchesUrl(new URL(u))).toBe(true);
    }
  });

  it('old runParams product: store name, positive feedback %, open-since date, price range low end, brand spec', async () => {
    const { listings } = await runFile(adapter, 'aliexpress', 'product-old');
    const l = listings[0]!;
    expect(l.seller).toEqual({
      name: 'Shop1102345678 Store',
      id: '1102345678',
      url: 'https://www.aliexpress.com/store/1102345678',
      rating: 0.912,
      since: '2021-03-03',
    });
    expect(l.price).toEqual({ amount: 12.34, currency: 'USD', range: true });
    expect(l.listPrice).toEqual({ amount: 30.85, currency: 'USD' });
    expect(l.brand).toBe('NoEnName_Null');
  });

  it('new component state: brand official store is official', async () => {
    const { listings } = await runFile(adapter, 'aliexpress', 'product-new');
    expect(listings[0]!.seller).toMatchObject({ name: 'Baseus Official Store', official: true, rating: 0.978, since: '2017-05-12' });
    expect(listings[0]!.price).toEqual({ amount: 21.99, currency: 'USD' });
    expect(listings[0]!.brand).toBe('Baseus');
  });

  it('search (_init_data_): 4 cards, header deal link skipped, only the badged store is official', async () => {
    const { listings } = await runFile(adapter, 'aliexpress', 'search');
    expect(listings).toHaveLength(4);
    expect(listings.map((l) => l.url)).not.toContain('https://www.aliexpress.com/item/1005001111111111.html');
    expect(listings.map((l) => l.seller?.official ?? false)).toEqual([false, false, true, false]);
    expect(listings[0]).toMatchObject({ price: { amount: 12.06, currency: 'USD' }, seller: { name: 'Fashion Belts World Store', id: '1103456789' } });
    // The fourth card is not in the state: read from the DOM alone.
    expect(listings[3]).toMatchObject({ title: 'Belt Buckle Replacement Set 5 Pieces', price: { amount: 2.15, currency: 'USD' } });
  });

  it('old DOM-only search: one card per item although image and title are separate links', async () => {
    const { listings } = await runFile(adapter, 'aliexpress', 'search-old');
    expect(listings).toHaveLength(2);
    expect(listings[1]!.price).toEqual({ amount: 5.2, currency: 'USD', range: true });
  });

  it('pageKind is "other" on the wish list', async () => {
    expect((await runFile(adapter, 'aliexpress', 'other')).pageKind).toBe('other');
  });

  it('prices on aliexpress.ru are read in roubles', async () => {
    const html = '<div id="card-list"><div><a href="/item/1005001234567890.html"><h3>Ремень мужской</h3><div class="price-sale">1 234,56 руб.</div></a></div></div>';
    const { listings } = await runOn(adapter, html, 'https://aliexpress.ru/wholesale?SearchText=belt');
    expect(listings[0]!.price).toEqual({ amount: 1234.56, currency: 'RUB' });
  });
});

describe('alibaba-common helpers', async () => {
  const c = await import('../../../lib/adapters/alibaba-common');
  it('relaxedJsonAfter reads JS object literals with bare keys, single quotes and trailing commas', () => {
    expect(c.relaxedJsonAfter(" = { data: {a: 'it\\'s', \"b\": [1, 2,], c: undefined}, };")).toEqual({ data: { a: "it's", b: [1, 2], c: null } });
    expect(c.relaxedJsonAfter('= {a: 1')).toBeNull();
    expect(c.relaxedJsonAfter('= function () {}')).toBeNull();
  });
  it('sinceFrom: dates, years and relative ages against a fixed now', () => {
    const now = new Date('2026-11-29T00:00:00Z');
    expect(c.sinceFrom('Jun 10, 2016', now)).toBe('2016-06-10');
    expect(c.sinceFrom('2019-04-02 09:00:00', now)).toBe('2019-04-02');
    expect(c.sinceFrom('Opened 3 years', now)).toBe('2023');
    expect(c.sinceFrom('开店时长 5年', now)).toBe('2021');
    expect(c.sinceFrom('Since 2015', now)).toBe('2015');
    expect(c.sinceFrom('soon', now)).toBeUndefined();
  });
  it('percentFrom', () => {
    expect(c.percentFrom('96.5%')).toBe(0.965);
    expect(c.percentFrom('1%')).toBe(0.01);
    expect(c.percentFrom(0.9)).toBe(0.9);
    expect(c.percentFrom('abc')).toBeUndefined();
  });
  it('deepFind is bounded on cyclic-looking deep input and never throws', () => {
    let deep: Record<string, unknown> = { goodsId: 1, title: 'x' };
    for (let i = 0; i < 100; i++) deep = { next: deep };
    expect(c.deepFind(deep, (o) => o.goodsId !== undefined)).toEqual([]);
    expect(c.deepFind({ a: { goodsId: 1 } }, () => { throw new Error('boom'); })).toEqual([]);
  });
});

hostileInputSuite(adapter, ['https://www.aliexpress.com/item/1005001234567890.html', 'https://www.aliexpress.com/w/wholesale-x.html']);

describe('aliexpress store page', () => {
  it('cards without a store line get the page store as seller', async () => {
    const html = `<div class="store-header"><div><div><a data-pl="store-name" href="https://www.aliexpress.com/store/912345678">WESTAL Official Store</a></div></div></div>
      <ul><li><a href="/item/1005004444444403.html"><h3>WESTAL Belt</h3><span class="price-current">US $15.80</span></a></li></ul>`;
    const { listings, pageKind } = await runOn(adapter, html, 'https://www.aliexpress.com/store/912345678/search?SortType=bestmatch_sort');
    expect(pageKind).toBe('search');
    expect(listings[0]).toMatchObject({ title: 'WESTAL Belt', seller: { name: 'WESTAL Official Store', id: '912345678' } });
    expect(listings[0]!.seller?.url).toBe('https://www.aliexpress.com/store/912345678');
  });
});
