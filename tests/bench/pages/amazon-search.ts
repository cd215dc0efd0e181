/**
 * Amazon-search-like pages for the page-overhead benchmark (authored for the bench, not copied from Amazon):
 * `s-search-result` cards as lib/adapters/amazon.ts reads them (data-asin, title-recipe h2, brand h5 line,
 * `.a-price` with `.a-offscreen`, struck list price, `img.s-image`), plus enough layout markup and CSS that the
 * page's own work (parse, style, layout, paint) is not trivially small.
 * Deterministic: the same arguments give the same bytes.
 *   npx tsx tests/bench/pages/amazon-search.ts   rewrites tests/bench/pages/amazon-search-60.html
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SEARCH_URL = 'https://www.amazon.com/s?k=wireless+earbuds&ref=bench';
export const INFINITE_URL = 'https://www.amazon.com/s?k=bench+infinite+scroll';

/** A product row: title, brand line (or ''), price, list price (or null). */
interface CardSpec {
  title: string;
  brand: string;
  price: number;
  list: number | null;
}

// Brand titles at implausible prices (the risk engine's "too cheap for the brand" case), lookalike/"inspired by"
// titles, brand accessories, and no-brand titles, in the proportions of a typical marketplace search.
const BRANDED: [string, string, number][] = [
  ['Apple AirPods Pro 2', 'Apple', 249],
  ['Chanel No 5 Eau de Parfum 100ml', 'Chanel', 165],
  ['Bose QuietComfort Ultra Earbuds, Black', 'Bose', 299],
  ['Omega Speedmaster Moonwatch Professional', 'Omega', 7000],
  ['Samsung Galaxy Buds2 Pro Bluetooth Earbuds', 'Samsung', 229],
  ['Pandora Moments Snake Chain Bracelet', 'Pandora', 65],
  ['Rolex Submariner Date 41mm Oystersteel Watch', 'Rolex', 10250],
  ['Gucci GG Marmont Small Shoulder Bag', 'Gucci', 2590],
  ['Louis Vuitton Neverfull MM Monogram Canvas Tote', 'Louis Vuitton', 2030],
  ['Ray-Ban RB2140 Original Wayfarer Sunglasses', 'Ray-Ban', 171],
];
const LOOKALIKE = [
  'Pro Earbuds 2nd Gen Inspired Design Wireless Earphones (AirPods Pro Dupe)',
  'Luxury Style Automatic Watch Submariner Homage 40mm',
  'Designer Inspired Monogram Tote Bag, Neverfull Style',
  'Retro High Basketball Sneakers Jordan 1 Style Replica',
];
const ACCESSORY = [
  'Case for AirPods Pro 2nd Generation, Silicone Cover with Keychain',
  'Replacement Ear Tips for Sony WF-1000XM4, 3 Pairs',
  'Charging Cable Compatible with Beats Studio Buds, USB-C 2 Pack',
];
const GENERIC = [
  'Wireless Earbuds Bluetooth 5.3 Headphones with Charging Case, IPX7 Waterproof',
  'Open Ear Headphones, Bone Conduction Sports Earphones with Mic',
  'Kids Headphones with Volume Limit, Foldable, Blue',
  'Noise Cancelling Over-Ear Headphones, 60H Playtime',
  'USB-C Wired Earbuds with Microphone, In-Ear Headphones',
  'Gaming Headset with RGB Light, Surround Sound',
];

/** Card i of a page: every 4th a cheap brand title, every 6th a lookalike, some accessories, the rest no-brand. */
export function cardSpec(i: number): CardSpec {
  const r = (i * 7919) % 101;
  if (i % 4 === 0) {
    const [title, brand, msrp] = BRANDED[(i / 4) % BRANDED.length]!;
    // Every other branded card is priced at ~10% of the brand's price (suspicious), the rest near full price.
    const price = (i / 4) % 2 === 0 ? Math.round(msrp * 0.1 * 100) / 100 + 0.99 : msrp - 0.01;
    return { title, brand, price, list: i % 8 === 0 ? msrp : null };
  }
  if (i % 6 === 1) return { title: LOOKALIKE[i % LOOKALIKE.length]!, brand: '', price: 19.99 + (r % 20), list: null };
  if (i % 9 === 2) return { title: ACCESSORY[i % ACCESSORY.length]!, brand: '', price: 7.99 + (r % 8), list: 12.99 + (r % 8) };
  return { title: `${GENERIC[i % GENERIC.length]!}`, brand: r % 3 === 0 ? 'Boltsound' : '', price: 14.99 + (r % 40), list: null };
}

/** Cards with a verdict badge for every card (brand titles at 10% of the price, lookalikes): the 1,000-card page. */
export function badgedCardSpec(i: number): CardSpec {
  if (i % 2 === 0) {
    const [title, brand, msrp] = BRANDED[(i / 2) % BRANDED.length]!;
    return { title, brand, price: Math.round(msrp * 0.1 * 100) / 100 + 0.99, list: null };
  }
  return { title: LOOKALIKE[i % LOOKALIKE.length]!, brand: '', price: 19.99 + (i % 20), list: null };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const money = (n: number) => `$${n.toFixed(2)}`;

export function asin(i: number): string {
  return `B0BENCH${String(i).padStart(3, '0')}`.slice(0, 10).padEnd(10, 'X');
}

/** One search-result card's HTML. */
export function cardHtml(i: number, c: CardSpec): string {
  const a = asin(i);
  const slug = c.title.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40);
  const [whole, frac] = c.price.toFixed(2).split('.');
  return `<div data-asin="${a}" data-index="${i + 1}" data-component-type="s-search-result" class="sg-col-4-of-24 s-result-item s-asin sg-col">
 <div class="sg-col-inner"><div class="s-widget-container s-card-container"><div class="a-section a-spacing-base">
  <div class="s-product-image-container aok-relative"><span class="rush-component"><a class="a-link-normal s-no-outline" href="/${slug}/dp/${a}/ref=sr_1_${i + 1}"><div class="a-section aok-relative s-image-square-aspect"><img class="s-image" src="https://m.media-amazon.com/images/I/bench${i}._AC_UL320_.jpg" alt="${esc(c.title)}" width="200" height="200"></div></a></span></div>
  <div class="a-section a-spacing-small puis-padding-left-small puis-padding-right-small">
   ${c.brand ? `<div class="a-row a-color-secondary"><h5 class="s-line-clamp-1"><span class="a-size-base-plus a-color-base">${esc(c.brand)}</span></h5></div>` : ''}
   <div data-cy="title-recipe" class="a-section a-spacing-none"><h2 class="a-size-mini a-spacing-none a-color-base s-line-clamp-4"><a class="a-link-normal s-underline-text s-underline-link-text a-text-normal" href="/${slug}/dp/${a}/ref=sr_1_${i + 1}"><span class="a-size-base-plus a-color-base a-text-normal">${esc(c.title)}</span></a></h2></div>
   <div data-cy="reviews-block" class="a-section a-spacing-none a-spacing-top-micro"><div class="a-row a-size-small"><span aria-label="4.${i % 10} out of 5 stars"><i class="a-icon a-icon-star-small"><span class="a-icon-alt">4.${i % 10} out of 5 stars</span></i></span><span aria-label="${100 + i * 37}"><a class="a-link-normal s-underline-text" href="/dp/${a}#customerReviews"><span class="a-size-base s-underline-text">${100 + i * 37}</span></a></span></div></div>
   <div data-cy="price-recipe" class="a-section a-spacing-none a-spacing-top-small"><div class="a-row a-size-base a-color-base"><a class="a-link-normal s-no-hover s-underline-text a-text-normal" href="/dp/${a}"><span class="a-price" data-a-size="xl" data-a-color="base"><span class="a-offscreen">${money(c.price)}</span><span aria-hidden="true"><span class="a-price-symbol">$</span><span class="a-price-whole">${whole}<span class="a-price-decimal">.</span></span><span class="a-price-fraction">${frac}</span></span></span>${c.list ? `<div class="a-section aok-inline-block"><span class="a-size-base a-color-secondary">List: </span><span class="a-price a-text-price" data-a-size="b" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">${money(c.list)}</span><span aria-hidden="true">${money(c.list)}</span></span></div>` : ''}</a></div></div>
   <div data-cy="delivery-recipe" class="a-section a-spacing-none a-spacing-top-micro"><div class="a-row a-size-base a-color-secondary s-align-children-center"><span aria-label="FREE delivery Tue, Dec 3">FREE delivery <span class="a-text-bold">Tue, Dec 3</span></span></div></div>
  </div>
 </div></div></div>
</div>`;
}

const CSS = `
body { font: 14px/20px Arial, sans-serif; margin: 0; color: #0f1111; }
#nav { height: 60px; background: #131921; color: #fff; display: flex; align-items: center; padding: 0 16px; }
#nav input { flex: 1; height: 36px; margin: 0 12px; border-radius: 4px; border: 0; }
.s-main-slot { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px; padding: 16px; }
.s-result-item { border: 1px solid #e7e7e7; border-radius: 4px; background: #fff; }
.s-image-square-aspect { aspect-ratio: 1; display: flex; align-items: center; justify-content: center; background: #f7f7f7; }
.s-image { max-width: 100%; max-height: 100%; }
.s-line-clamp-4 { display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.s-line-clamp-1 { display: -webkit-box; -webkit-line-clamp: 1; -webkit-box-orient: vertical; overflow: hidden; margin: 0; }
h2 { font-size: 16px; font-weight: 400; margin: 4px 0; }
.a-link-normal { color: #0f1111; text-decoration: none; }
.a-link-normal:hover { color: #c7511f; text-decoration: underline; }
.a-price { font-size: 21px; } .a-price .a-offscreen { position: absolute; left: -9999px; }
.a-price-symbol, .a-price-fraction { font-size: 13px; vertical-align: top; }
.a-text-price { color: #565959; font-size: 13px; text-decoration: line-through; }
.a-color-secondary { color: #565959; } .a-text-bold { font-weight: 700; } .aok-inline-block { display: inline-block; }
.a-icon-star-small { display: inline-block; width: 80px; height: 15px; background: linear-gradient(90deg, #ffa41c 80%, #ddd 0); }
.a-icon-alt { position: absolute; left: -9999px; }
.s-pagination { display: flex; gap: 8px; justify-content: center; padding: 24px; }
`;

function shell(title: string, main: string, tail = ''): string {
  return `<!doctype html>
<html lang="en-us"><head><meta charset="utf-8"><title>Amazon.com : ${esc(title)}</title><style>${CSS}</style></head><body>
<header id="nav"><a href="/" class="nav-logo">amazon</a><form action="/s"><input name="k" value="${esc(title)}" aria-label="Search"></form><a href="/cart">Cart</a></header>
<div class="s-desktop-width-max"><div class="s-matching-dir sg-col-16-of-20 sg-col">
<div class="s-main-slot s-result-list s-search-results sg-row">
 <div data-asin="" data-component-type="s-result-info-bar" class="s-result-item">1-60 of over 10,000 results for "${esc(title)}"</div>
${main}
</div>
<div class="s-pagination"><span>1</span><a href="/s?k=x&amp;page=2">2</a><a href="/s?k=x&amp;page=3">3</a><a href="/s?k=x&amp;page=2">Next</a></div>
</div></div>
${tail}
</body></html>
`;
}

/** The saved 60-card search page. */
export function searchPage(cards = 60): string {
  return shell('wireless earbuds', Array.from({ length: cards }, (_, i) => cardHtml(i, cardSpec(i))).join('\n'));
}

/**
 * A page that appends `total` cards in batches of `batch` every `everyMs` ms (an infinite-scroll feed). Each card
 * carries `data-inserted` (performance.now() at insertion); window.__bench.badgedAt[asin] records when a
 * copycat-guard-badge appeared inside it (seen by a MutationObserver of the page; the badge host is a light-DOM
 * element, its content is a closed shadow root). Cards are pre-rendered as strings, so the page's own per-batch
 * work is parse + insert + layout.
 */
export function infinitePage(total = 1000, batch = 50, everyMs = 250): string {
  const cards = Array.from({ length: total }, (_, i) => cardHtml(i, badgedCardSpec(i)));
  const script = `<script>
(() => {
  const CARDS = ${JSON.stringify(cards)};
  const B = { inserted: 0, done: false, badgedAt: Object.create(null), insertedAt: Object.create(null) };
  window.__bench = B;
  const slot = document.querySelector('.s-main-slot');
  new MutationObserver((recs) => {
    const t = performance.now();
    for (const r of recs) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.localName === 'copycat-guard-badge') {
        const card = n.closest('[data-asin]');
        const a = card && card.getAttribute('data-asin');
        if (a && !(a in B.badgedAt)) B.badgedAt[a] = t;
      }
    }
  }).observe(slot, { childList: true, subtree: true });
  let i = 0;
  function step() {
    const tpl = document.createElement('template');
    tpl.innerHTML = CARDS.slice(i, i + ${batch}).join('');
    const t = performance.now();
    for (const el of tpl.content.children) B.insertedAt[el.getAttribute('data-asin')] = t;
    slot.append(tpl.content);
    i += ${batch};
    B.inserted = Math.min(i, CARDS.length);
    if (i < CARDS.length) setTimeout(step, ${everyMs}); else B.done = true;
  }
  setTimeout(step, ${everyMs});
})();
</script>`;
  return shell('bench infinite scroll', '', script);
}

/**
 * A reference for the feed's per-card cost, measured without the extension: the same feed, plus a page script that
 * does the least any per-card badge can do — 120 ms after each batch (about when our badges arrive: the ~100 ms
 * batch window plus the round trip to the background), one plain inline `<span>` in each new card's price line.
 * No shadow root, no message, no extraction: what is left is the browser's extra style, layout, paint and compositing
 * pass over a page of up to 1,000 cards, which any visible per-card change made after the page's own frame costs.
 */
export function infinitePageWithPlainMarks(total = 1000, batch = 50, everyMs = 250, delayMs = 120): string {
  const script = `<script>
(() => {
  new MutationObserver((recs) => {
    const cards = [];
    for (const r of recs) for (const n of r.addedNodes) if (n.nodeType === 1 && n.hasAttribute('data-asin')) cards.push(n);
    if (!cards.length) return;
    setTimeout(() => {
      for (const c of cards) {
        const at = c.querySelector('[data-cy="price-recipe"] a');
        if (!at) continue;
        const mark = document.createElement('span');
        mark.textContent = 'Likely copy';
        mark.style.cssText = 'display:inline-block;vertical-align:middle;margin:-4px 6px;padding:2px 8px;border-radius:999px;font:600 12px/1.3 sans-serif;background:#b42318;color:#fff';
        at.after(mark);
      }
    }, ${delayMs});
  }).observe(document.querySelector('.s-main-slot'), { childList: true });
})();
</script>`;
  return infinitePage(total, batch, everyMs).replace('</body>', `${script}\n</body>`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('./amazon-search-60.html', import.meta.url));
  writeFileSync(out, `<!-- url: ${SEARCH_URL} -->\n${searchPage(60)}`);
  console.log(`wrote ${out}`);
}
