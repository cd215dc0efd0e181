/**
 * Pages that change after load, the way real marketplaces do: an infinite-scroll search page that appends cards in
 * batches, and a single-page app that swaps a search view for a product view with history.pushState (and back).
 * The cards use the Amazon search-card markup (templates.ts), so the real amazon adapter reads them.
 */
import { amazonCard, amazonProductBody, amazonSearch, type AmazonCard, type AmazonProduct } from './templates';

/** Listing n of a long result list: every 5th a cheap "Gucci" belt, every 7th a replica, the rest unbranded. */
export function scrollCard(n: number): AmazonCard {
  const asin = `B0S${String(n).padStart(7, '0')}`;
  if (n % 7 === 0) return { asin, title: `Replica Gucci Belt AAA Quality Mirror 1:1 Leather Lot ${n}`, price: '$24.00' };
  if (n % 5 === 0) return { asin, title: `Gucci GG Marmont Leather Belt Men Double G Buckle Style ${n}`, price: '$12.99' };
  return { asin, title: `Mens Leather Belt Ratchet Buckle Adjustable Style ${n}`, price: `$${(10 + (n % 20)).toFixed(2)}` };
}

export interface ScrollPage {
  url: string;
  html: string;
  /** Every card the page ends with, in order (initial + appended): for computing the expected badges. */
  allCards: AmazonCard[];
}

/**
 * A search page with `initial` cards that, once `window.__startScroll()` is called, appends `total` more in batches of
 * `batch` every `everyMs`. Each appended card carries data-inserted-at (performance.now() just before insertion); a
 * main-world MutationObserver records, per card, the time from insertion to its badge in window.__badgeLatency.
 * window.__append(html) appends arbitrary card HTML (used after the service worker was stopped).
 */
export function infiniteScrollPage(opts: { initial: number; total: number; batch: number; everyMs: number; query?: string }): ScrollPage {
  const first = Array.from({ length: opts.initial }, (_, i) => scrollCard(i + 1));
  const more = Array.from({ length: opts.total }, (_, i) => scrollCard(opts.initial + i + 1));
  const moreHtml = more.map((c, i) => amazonCard(c, opts.initial + i + 1));
  const script = `<script>
(() => {
  const MORE = ${JSON.stringify(moreHtml).replace(/</g, '\\u003c')};
  const slot = document.getElementById('results');
  window.__badgeLatency = [];
  window.__appendedCount = 0;
  window.__done = false;
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || n.localName !== 'copycat-guard-badge') continue;
      const card = n.closest('[data-inserted-at]');
      if (card) window.__badgeLatency.push(now - Number(card.getAttribute('data-inserted-at')));
    }
  }).observe(slot, { childList: true, subtree: true });
  const appendHtml = (html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    const at = String(performance.now());
    for (const el of t.content.children) el.setAttribute('data-inserted-at', at);
    slot.append(t.content);
  };
  window.__append = appendHtml;
  window.__startScroll = () => {
    let i = 0;
    const tick = () => {
      appendHtml(MORE.slice(i, i + ${opts.batch}).join(''));
      i += ${opts.batch};
      window.__appendedCount = Math.min(i, MORE.length);
      if (i < MORE.length) setTimeout(tick, ${opts.everyMs}); else window.__done = true;
    };
    tick();
  };
})();
</script>`;
  const page = amazonSearch(opts.query ?? 'belt', first, script);
  return { url: page.url, html: page.html, allCards: [...first, ...more] };
}

export const SPA_SEARCH_CARDS: AmazonCard[] = [
  { asin: 'B0P0000001', title: 'Replica Gucci Belt AAA Quality Mirror 1:1 Leather', price: '$24.00' },
  { asin: 'B0P0000002', title: 'Mens Leather Belt Ratchet Buckle Adjustable Black 35mm', price: '$18.99' },
  { asin: 'B0P0000003', title: 'Gucci GG Marmont Leather Belt Men Double G Buckle Black', price: '$12.99' },
];

export const SPA_PRODUCT: AmazonProduct = {
  asin: 'B0P1000001',
  title: 'Rolex Submariner Date Black Dial 41mm Automatic Watch',
  price: '$99.00',
  brand: 'Rolex',
  shipsFrom: 'Guangzhou Timeworks Trading',
  soldBy: 'Guangzhou Timeworks Trading',
};

/**
 * A single-page app at an Amazon search URL. window.__openProduct() pushState()s to /dp/<asin> and then renders the
 * product view (as routers do: URL first, render after; `renderBeforePush` swaps the order); history.back() (popstate) renders the search view again from scratch (new elements, as frameworks do).
 */
export function spaPage(opts: { renderBeforePush?: boolean } = {}): { url: string; productUrl: string; html: string } {
  const search = amazonSearch('belt', SPA_SEARCH_CARDS);
  const productUrl = `https://www.amazon.com/dp/${SPA_PRODUCT.asin}`;
  const searchBody = /<body>\n([\s\S]*)\n<\/body>/.exec(search.html)?.[1] ?? '';
  const productBody = amazonProductBody(SPA_PRODUCT);
  const script = `<script>
(() => {
  const VIEWS = { search: ${JSON.stringify(searchBody).replace(/</g, '\\u003c')}, product: ${JSON.stringify(productBody).replace(/</g, '\\u003c')} };
  const app = document.getElementById('app');
  const render = (v) => { app.innerHTML = VIEWS[v]; document.title = v; };
  const push = () => history.pushState({ v: 'product' }, '', ${JSON.stringify(new URL(productUrl).pathname)});
  window.__openProduct = ${opts.renderBeforePush ? "() => { render('product'); push(); }" : "() => { push(); render('product'); }"};
  addEventListener('popstate', (e) => render(e.state && e.state.v === 'product' ? 'product' : 'search'));
})();
</script>`;
  const html = search.html.replace(/<body>\n([\s\S]*)\n<\/body>/, (_m, inner: string) => `<body>\n<div id="app">${inner}</div>${script}\n</body>`);
  return { url: search.url, productUrl, html };
}
