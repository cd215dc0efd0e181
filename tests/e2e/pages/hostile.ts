/**
 * Hostile pages: titles and seller names that carry markup, script, event handlers, attribute break-outs, RTL
 * overrides and 100 KB strings — AS TEXT (escaped in the served HTML, so the page itself runs none of it). Anything
 * that turned page text back into HTML would run the payloads, which set window.__pwned and call alert().
 * Each page also carries a main-world watcher (installed before the content script runs, at parse time) that records
 * every change to the page's DOM that is not one of our copycat-guard-* elements, and click handlers of its own.
 */
import { amazonProduct, amazonSearch, ebayProduct, ebaySearch } from './templates';

const PWN = (tag: string) => `window.__pwned=(window.__pwned||[]).concat('${tag}');alert('${tag}')`;

export const PAYLOADS = {
  img: `<img src=x onerror="${PWN('img')}">`,
  script: `<script>${PWN('script')}</script>`,
  svg: `<svg/onload="${PWN('svg')}">`,
  breakout: `"><img src=x onerror=${PWN('breakout')}>`,
  handler: `' onmouseover='${PWN('handler')}' x='`,
  iframe: `<iframe srcdoc="<script>parent.${PWN('iframe')}</script>"></iframe>`,
  rtl: '\u202Egnp.exe\u202C',
  big: 'A'.repeat(100_000),
};

/** Main-world watcher + the page's own click handlers. Runs while the page parses: before any content script. */
export const WATCH_SCRIPT = `<script>
(() => {
  const ours = (n) => { for (let x = n; x; x = x.parentNode) if (x.nodeType === 1 && /^copycat-guard-/.test(x.localName)) return true; return false; };
  window.__foreign = [];
  window.__ourHosts = 0;
  window.__clicks = 0;
  let armed = false; // the parser's own insertions are not changes
  const mo = new MutationObserver((records) => {
    if (!armed) return;
    for (const r of records) {
      if (r.type === 'childList') {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1 && /^copycat-guard-/.test(n.localName)) { window.__ourHosts++; continue; }
          if (!ours(r.target)) window.__foreign.push('added ' + (n.nodeName || '?') + ' to ' + r.target.nodeName);
        }
        for (const n of r.removedNodes) {
          if (!(n.nodeType === 1 && /^copycat-guard-/.test(n.localName))) window.__foreign.push('removed ' + n.nodeName);
        }
      } else if (!ours(r.target)) {
        window.__foreign.push(r.type + ' ' + (r.attributeName || '') + ' on ' + r.target.nodeName);
      }
    }
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  // The DOM as parsed, before any content script (they run at document_idle, after DOMContentLoaded).
  document.addEventListener('DOMContentLoaded', () => {
    mo.takeRecords();
    armed = true;
    window.__initialHTML = document.documentElement.outerHTML;
  });
  // The page's own handlers: a delegated click on result links (as marketplaces log clicks) and a cart button.
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a');
    if (a && !a.closest('copycat-guard-badge')) { e.preventDefault(); window.__clicks++; }
  });
})();
</script>`;

const CART = `<button id="add-to-cart" type="button" onclick="window.__cart=(window.__cart||0)+1">Add to cart</button>`;

export const HOSTILE_AMAZON_SEARCH = amazonSearch(
  'gucci belt',
  [
    { asin: 'B0H0000001', title: `Gucci GG Marmont Leather Belt ${PAYLOADS.img} Double G Buckle`, price: '$12.99', brandLine: PAYLOADS.script },
    { asin: 'B0H0000002', title: `Replica Gucci Belt AAA 1:1 ${PAYLOADS.svg}${PAYLOADS.breakout}`, price: '$24.00' },
    { asin: 'B0H0000003', title: `Gucci Belt ${PAYLOADS.rtl} Mirror Replica ${PAYLOADS.handler}`, price: '$19.00' },
    { asin: 'B0H0000004', title: `Replica Gucci Belt AAA ${PAYLOADS.big}`, price: '$21.00', brandLine: PAYLOADS.big },
    { asin: 'B0H0000005', title: `Plain Canvas Belt ${PAYLOADS.iframe}`, price: '$9.99' },
  ],
  CART,
  WATCH_SCRIPT,
);

export const HOSTILE_AMAZON_PRODUCT = (() => {
  const p = amazonProduct(
    {
      asin: 'B0H1000001',
      title: `Gucci GG Marmont Leather Belt ${PAYLOADS.img}${PAYLOADS.rtl} ${PAYLOADS.big}`,
      price: '$14.99',
      brand: `Gucci${PAYLOADS.script}`,
      shipsFrom: `${PAYLOADS.breakout} Trading ${PAYLOADS.rtl}`,
      soldBy: `Replica Outlet ${PAYLOADS.svg}${PAYLOADS.handler} ${PAYLOADS.big}`,
    },
    CART,
  );
  return { url: p.url, html: p.html.replace('</title>', `</title>${WATCH_SCRIPT}`) };
})();

export const HOSTILE_EBAY_SEARCH = (() => {
  const p = ebaySearch(
    'rolex',
    [
      { id: '120000000001', title: `Rolex Submariner ${PAYLOADS.img} Black Dial`, price: 'US $89.00', sellerInfo: `${PAYLOADS.script}x (3) 66.7%` },
      { id: '120000000002', title: `Replica Rolex Super Clone 1:1 ${PAYLOADS.rtl}${PAYLOADS.breakout}`, price: 'US $120.00', sellerInfo: `${PAYLOADS.big} (7) 80.0%` },
      { id: '120000000003', title: `Rolex Datejust ${PAYLOADS.big}`, price: 'US $75.00', sellerInfo: `${PAYLOADS.handler} (2) 50.0%` },
      { id: '120000000004', title: `Nylon Watch Strap ${PAYLOADS.iframe}`, price: 'US $7.99', sellerInfo: 'strapshop (9,876) 99.8%' },
    ],
    CART,
  );
  return { url: p.url, html: p.html.replace('</title>', `</title>${WATCH_SCRIPT}`) };
})();

export const HOSTILE_EBAY_PRODUCT = (() => {
  const p = ebayProduct(
    {
      id: '120000000011',
      title: `Rolex Submariner Date ${PAYLOADS.svg} ${PAYLOADS.rtl} ${PAYLOADS.big}`,
      price: 'US $149.00',
      seller: `${PAYLOADS.img}${PAYLOADS.breakout}${PAYLOADS.big}`,
      ratings: '(4)',
      feedback: `${PAYLOADS.script} 75.0% positive feedback`,
      brand: `Rolex ${PAYLOADS.handler}`,
    },
    CART,
  );
  return { url: p.url, html: p.html.replace('</title>', `</title>${WATCH_SCRIPT}`) };
})();
