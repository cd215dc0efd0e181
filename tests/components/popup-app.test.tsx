import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/popup/App';
import type { PageRecord } from '../../lib/background/page-store';
import type { PopupApi } from '../../lib/popup/api';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Verdict } from '../../lib/schema/verdict';
import type { Explanation } from '../../lib/messages';

const high: Verdict = {
  level: 'high',
  score: 88,
  kind: 'counterfeit',
  brand: { id: 'gucci', name: 'Gucci', how: 'exact', matched: 'Gucci' },
  productType: 'belt',
  summary: { en: 'Likely a copy: a price far below genuine.', zh: '疑似仿品：价格远低于正品。' },
  signals: [
    { id: 'price-below-floor', weight: 45, message: { en: 'Price is $38, 92% below the lowest genuine price ($450).', zh: '价格 $38……' }, evidence: { priceUsd: 38 } },
    { id: 'official-store', weight: -10, message: { en: 'Something reassuring.', zh: '……' }, evidence: {} },
  ],
};
const low: Verdict = { ...high, level: 'low', score: 5, signals: [], summary: { en: 'No warning signs.', zh: '未见风险迹象。' } };

const listing = (title: string) => ({
  site: 'amazon' as const,
  url: 'https://www.amazon.com/dp/B0',
  title,
  brand: 'Gucci',
  price: { amount: 38, currency: 'USD' },
  seller: { name: 'Cheap Store' },
});

const explanation: Explanation = {
  brand: { id: 'gucci', name: 'Gucci', officialDomains: ['gucci.com'], storesHere: [], reportUrl: null },
  genuinePrice: { productType: 'belt', floorUsd: 450, source: 'brand list prices', asOf: '2025-06' },
  marketplace: null,
};

function fakeApi(page: PageRecord | null, over: Partial<PopupApi> = {}): PopupApi {
  return {
    activeTab: async () => ({ id: 7, url: page?.url ?? 'https://shop.example/x' }),
    page: async () => page,
    explain: async (_t, ref) => {
      const item = page?.items.find((i) => i.ref === ref);
      return item ? { item, explanation } : null;
    },
    reveal: vi.fn(async () => undefined),
    checkPage: async () => null,
    settings: async () => DEFAULT_SETTINGS,
    openOptions: async () => undefined,
    saveReport: async () => ({ ok: false, message: 'not in this test' }),
    copy: async () => undefined,
    uiLanguage: () => 'en-US',
    ...over,
  };
}

const flush = () => new Promise((r) => setTimeout(r, 20));
let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function mount(api: PopupApi) {
  root = document.createElement('div');
  document.body.append(root);
  render(<App api={api} />, root);
}

describe('popup', () => {
  it('explains a product: verdict sentence, signals with numbers, genuine price, limits', async () => {
    mount(fakeApi({ tabId: 7, url: 'https://www.amazon.com/dp/B0', pageKind: 'product', updatedAt: 1, items: [{ ref: 'c1', listing: listing('Gucci belt'), verdict: high }] }));
    await flush();
    await flush();
    expect(root.querySelector('[data-testid=level]')?.textContent).toBe('High risk');
    expect(root.querySelector('[data-testid=summary]')?.textContent).toContain('far below genuine');
    expect(root.querySelector('[data-signal=price-below-floor]')?.textContent).toContain('92%');
    expect(root.querySelector('[data-testid=genuine-price]')?.textContent).toContain('$450');
    expect(root.querySelector('details.limits')).not.toBeNull();
  });

  it('summarises a search page and lists only the flagged listings; "Show on page" reveals the card', async () => {
    const api = fakeApi({
      tabId: 7,
      url: 'https://www.amazon.com/s?k=belt',
      pageKind: 'search',
      updatedAt: 1,
      items: [
        { ref: 'c1', listing: listing('Fake-ish Gucci belt'), verdict: high },
        { ref: 'c2', listing: listing('Plain belt'), verdict: low },
      ],
    });
    mount(api);
    await flush();
    expect(root.querySelector('[data-testid=search-summary]')?.textContent).toContain('2 listings checked on this page, 1 flagged');
    const items = root.querySelectorAll('[data-testid=flagged] li');
    expect(items).toHaveLength(1);
    (items[0]!.querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(api.reveal).toHaveBeenCalledWith(7, 'c1');
  });

  it('offers "Check this page" on a shop it does not read, and shows what it found', async () => {
    const found: PageRecord = { tabId: 7, url: 'https://shop.example/x', pageKind: 'product', updatedAt: 1, items: [{ ref: 'g1', listing: { ...listing('Gucci belt'), site: 'generic' }, verdict: high }] };
    const api = fakeApi(null, {
      checkPage: async () => found,
      explain: async () => ({ item: found.items[0]!, explanation }),
    });
    mount(api);
    await flush();
    const button = root.querySelector<HTMLButtonElement>('[data-testid=check-page]');
    expect(button).not.toBeNull();
    button!.click();
    await flush();
    await flush();
    expect(root.querySelector('[data-testid=level]')?.textContent).toBe('High risk');
  });

  it('speaks Simplified Chinese when the browser does', async () => {
    mount(fakeApi(null, { uiLanguage: () => 'zh-CN' }));
    await flush();
    expect(root.querySelector('h1')?.textContent).toBe('仿品卫士');
    expect(root.textContent).toContain('检查本页');
  });
});

describe('popup report form', () => {
  it('saves a report, says so only after the store confirmed, and shows next steps with a copyable summary', async () => {
    const saved: unknown[] = [];
    const copied: string[] = [];
    let confirm!: () => void;
    const api = fakeApi(
      { tabId: 7, url: 'https://www.amazon.com/dp/B0', pageKind: 'product', updatedAt: 1, items: [{ ref: 'c1', listing: listing('Gucci belt'), verdict: high }] },
      {
        saveReport: (input) =>
          new Promise((resolve) => {
            saved.push(input);
            confirm = () =>
              resolve({
                ok: true,
                savedAt: '2026-11-29T09:00:00Z',
                nextSteps: {
                  channels: [{ kind: 'buyer-protection', label: { en: 'Amazon A-to-z Guarantee', zh: '亚马逊商城交易保障' }, url: 'https://www.amazon.com/gp/help/customer/display.html' }],
                  summary: { en: 'Report: Gucci belt, $38, seller Cheap Store', zh: '举报……' },
                },
              });
          }),
        copy: async (text) => void copied.push(text),
      },
    );
    mount(api);
    await flush();
    await flush();
    (root.querySelector('[data-testid=report-button]') as HTMLButtonElement).click();
    await flush();
    const other = root.querySelector<HTMLInputElement>('input[value=received-fake]')!;
    other.click();
    await flush();
    root.querySelector<HTMLFormElement>('[data-testid=report-form]')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ reason: 'received-fake', listing: { title: 'Gucci belt' }, verdict: { level: 'high' } });
    expect(root.querySelector('[data-testid=report-saved]')).toBeNull(); // not "saved" before the store answered
    confirm();
    await flush();
    expect(root.querySelector('[data-testid=report-saved]')?.textContent).toContain('Report saved');
    expect(root.querySelector('.channels a')?.getAttribute('href')).toContain('amazon.com');
    (root.querySelector('[data-testid=copy-summary]') as HTMLButtonElement).click();
    await flush();
    expect(copied).toEqual(['Report: Gucci belt, $38, seller Cheap Store']);
  });

  it('shows the store error and no "saved" when saving fails', async () => {
    const api = fakeApi(
      { tabId: 7, url: 'https://www.amazon.com/dp/B0', pageKind: 'product', updatedAt: 1, items: [{ ref: 'c1', listing: listing('Gucci belt'), verdict: high }] },
      { saveReport: async () => ({ ok: false, message: 'Storage is full; your earlier reports are safe.' }) },
    );
    mount(api);
    await flush();
    await flush();
    (root.querySelector('[data-testid=report-button]') as HTMLButtonElement).click();
    await flush();
    root.querySelector<HTMLFormElement>('[data-testid=report-form]')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await flush();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Storage is full');
    expect(root.querySelector('[data-testid=report-saved]')).toBeNull();
  });
});

describe('popup opened for one listing (popup.html?tab=&ref=)', () => {
  it('shows that listing of that tab, not the active tab', async () => {
    const page: PageRecord = {
      tabId: 42,
      url: 'https://www.amazon.com/s?k=belt',
      pageKind: 'search',
      updatedAt: 1,
      items: [
        { ref: 'c1', listing: listing('First belt'), verdict: low },
        { ref: 'c2', listing: listing('Second belt'), verdict: high },
      ],
    };
    const asked: number[] = [];
    mount(
      fakeApi(page, {
        activeTab: async () => ({ id: 1 }),
        location: () => '?tab=42&ref=c2',
        explain: async (tabId, ref) => {
          asked.push(tabId);
          const item = page.items.find((i) => i.ref === ref);
          return item ? { item, explanation } : null;
        },
      }),
    );
    await flush();
    await flush();
    expect(asked).toEqual([42]);
    expect(root.querySelector('#product-title')?.textContent).toBe('Second belt');
  });

  it("does not show an earlier page's record as this page's (the tab moved on to a shop we do not read)", async () => {
    const old: PageRecord = { tabId: 7, url: 'https://www.amazon.com/dp/B0', pageKind: 'product', updatedAt: 1, items: [{ ref: 'c1', listing: listing('Gucci belt'), verdict: high }] };
    mount(fakeApi(old, { activeTab: async () => ({ id: 7, url: 'https://shop.example-watches.com/p/1' }) }));
    await flush();
    await flush();
    expect(root.querySelector('[data-testid=summary]')).toBeNull();
    expect(root.querySelector('[data-testid=check-page]')).not.toBeNull();
  });

  it('forThisPage: same origin and path is the same page; another path, host or site is not', async () => {
    const { forThisPage } = await import('../../lib/popup/page-record');
    const rec: PageRecord = { tabId: 1, url: 'https://www.amazon.com/s?k=belt', pageKind: 'search', updatedAt: 1, items: [] };
    expect(forThisPage(rec, 'https://www.amazon.com/s?k=belt&ref=sr_pg_1#top')).toBe(rec);
    expect(forThisPage(rec, undefined)).toBe(rec);
    expect(forThisPage(rec, 'https://www.amazon.com/dp/B0')).toBeNull();
    expect(forThisPage(rec, 'https://smile.amazon.com/s?k=belt')).toBeNull();
    expect(forThisPage(rec, 'https://www.example-shop.com/s?k=belt')).toBeNull();
    expect(forThisPage(null, 'https://www.amazon.com/s?k=belt')).toBeNull();
  });

  it('same page (a #fragment apart): the record is shown; opened as popup.html?tab=ID the URL comes from tabs.get', async () => {
    const rec: PageRecord = { tabId: 9, url: 'https://www.amazon.com/dp/B0', pageKind: 'product', updatedAt: 1, items: [{ ref: 'c1', listing: listing('Gucci belt'), verdict: high }] };
    mount(fakeApi(rec, { activeTab: async () => ({ id: 9, url: 'https://www.amazon.com/dp/B0#reviews' }) }));
    await flush();
    await flush();
    expect(root.querySelector('[data-testid=summary]')).not.toBeNull();
    render(null, root);
    root.remove();
    const asked: number[] = [];
    mount(fakeApi(rec, { location: () => '?tab=9', tabUrl: async (id) => (asked.push(id), 'https://www.ebay.com/itm/1') }));
    await flush();
    await flush();
    expect(asked).toEqual([9]);
    expect(root.querySelector('[data-testid=summary]')).toBeNull();
    expect(root.querySelector('[data-testid=nothing-here]'), 'eBay is a supported marketplace: no "Check this page"').not.toBeNull();
  });
});
