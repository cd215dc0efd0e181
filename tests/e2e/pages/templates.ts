/**
 * Pages the e2e tests author: the card and product markup of tests/fixtures/<site>/ (what the site adapters read),
 * filled with listings whose verdicts we want (branded, cheap, official, unbranded). Every value is HTML-escaped:
 * the served page's DOM then holds exactly the given text — for the hostile pages that is markup AS TEXT, which only
 * runs if something (the extension) turns page text back into HTML.
 */

/** Escape text for an HTML text node or a double-quoted attribute. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const doc = (url: string, lang: string, title: string, body: string, head = '') =>
  `<!-- url: ${url} -->\n<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>${head}</head><body>\n${body}\n</body></html>`;

// ---------------------------------------------------------------- Amazon (tests/fixtures/amazon/search.html, product.html)

export interface AmazonCard {
  asin: string;
  title: string;
  /** "$12.99" */
  price?: string;
  /** The small brand line above the title (h5). */
  brandLine?: string;
}

export function amazonCard(c: AmazonCard, index: number): string {
  const brand = c.brandLine
    ? `<div class="a-row a-size-base a-color-secondary"><h5 class="s-line-clamp-1"><span class="a-size-base-plus a-color-base">${esc(c.brandLine)}</span></h5></div>`
    : '';
  const price = c.price
    ? `<span class="a-price" data-a-size="xl" data-a-color="base"><span class="a-offscreen">${esc(c.price)}</span><span aria-hidden="true">${esc(c.price)}</span></span>`
    : '';
  return `<div data-asin="${esc(c.asin)}" data-index="${index}" data-component-type="s-search-result" class="s-result-item s-asin">
  <div class="a-section">${brand}
  <h2 class="a-size-mini a-spacing-none a-color-base s-line-clamp-4"><a class="a-link-normal s-underline-text a-text-normal" href="/dp/${esc(c.asin)}/ref=sr_1_${index}"><span class="a-size-base-plus a-color-base a-text-normal">${esc(c.title)}</span></a></h2>
  ${price}
  <img class="s-image" src="https://m.media-amazon.com/images/I/${esc(c.asin)}._AC_UY218_.jpg" alt=""></div>
 </div>`;
}

export function amazonSearch(query: string, cards: AmazonCard[], extraBody = '', extraHead = ''): { url: string; html: string } {
  const url = `https://www.amazon.com/s?k=${encodeURIComponent(query)}`;
  const body = `<div class="s-main-slot s-result-list s-search-results sg-row" id="results">
 <div data-asin="" data-component-type="s-result-info-bar" class="s-result-item">1-${cards.length} of results</div>
${cards.map((c, i) => amazonCard(c, i + 1)).join('\n')}
</div>${extraBody}`;
  return { url, html: doc(url, 'en-us', `Amazon.com : ${query}`, body, extraHead) };
}

export interface AmazonProduct {
  asin: string;
  title: string;
  price: string;
  listPrice?: string;
  byline?: string;
  brand?: string;
  shipsFrom: string;
  soldBy: string;
  sellerId?: string;
}

export function amazonProductBody(p: AmazonProduct): string {
  const list = p.listPrice
    ? `<div class="a-section a-spacing-small aok-align-center"><span class="a-size-small a-color-secondary aok-align-center basisPrice">List Price: <span class="a-price a-text-price" data-a-size="s" data-a-strike="true" data-a-color="secondary"><span class="a-offscreen">${esc(p.listPrice)}</span><span aria-hidden="true">${esc(p.listPrice)}</span></span></span></div>`
    : '';
  const brandRow = p.brand
    ? `<div id="productOverview_feature_div"><table class="a-normal a-spacing-micro"><tbody><tr class="a-spacing-small po-brand"><td class="a-span3"><span class="a-size-base a-text-bold">Brand</span></td><td class="a-span9"><span class="a-size-base po-break-word">${esc(p.brand)}</span></td></tr></tbody></table></div>`
    : '';
  const byline = p.byline ? `<div id="bylineInfo_feature_div"><a id="bylineInfo" class="a-link-normal" href="/stores/page/1">${esc(p.byline)}</a></div>` : '';
  return `<div id="dp" class="en_US"><div id="dp-container">
 <div id="centerCol">
  <div id="title_feature_div"><h1 id="title" class="a-size-large a-spacing-none"><span id="productTitle" class="a-size-large product-title-word-break">${esc(p.title)}</span></h1></div>
  ${byline}
  <div id="corePriceDisplay_desktop_feature_div">
   <div class="a-section a-spacing-none aok-align-center"><span class="a-price aok-align-center reinventPricePriceToPayMargin priceToPay"><span class="a-offscreen">${esc(p.price)}</span><span aria-hidden="true">${esc(p.price)}</span></span></div>
   ${list}
  </div>
  ${brandRow}
 </div>
 <div id="rightCol"><div id="buybox"><div id="offer-display-features">
   <div offer-display-feature-name="desktop-fulfiller-info" class="offer-display-feature-container"><div class="offer-display-feature-label"><span class="a-size-small">Ships from</span></div><div class="offer-display-feature-text"><span class="a-size-small offer-display-feature-text-message">${esc(p.shipsFrom)}</span></div></div>
   <div offer-display-feature-name="desktop-merchant-info" class="offer-display-feature-container"><div class="offer-display-feature-label"><span class="a-size-small">Sold by</span></div><div class="offer-display-feature-text"><a id="sellerProfileTriggerId" class="a-link-normal" href="/gp/help/seller/at-a-glance.html?ie=UTF8&amp;seller=${esc(p.sellerId ?? 'A1B2C3D4E5F6G7')}&amp;asin=${esc(p.asin)}">${esc(p.soldBy)}</a></div></div>
 </div></div></div>
</div></div>`;
}

export function amazonProduct(p: AmazonProduct, extraBody = ''): { url: string; html: string } {
  const url = `https://www.amazon.com/dp/${p.asin}`;
  return { url, html: doc(url, 'en-us', `Amazon.com: ${p.title.slice(0, 200)}`, amazonProductBody(p) + extraBody) };
}

// ---------------------------------------------------------------- eBay (tests/fixtures/ebay/search.html, product.html)

export interface EbayCard {
  id: string;
  title: string;
  /** "US $15.99" */
  price: string;
  /** "seller_name (1,234) 99.5%" */
  sellerInfo?: string;
  condition?: string;
}

export function ebayCard(c: EbayCard): string {
  const seller = c.sellerInfo
    ? `<span class="s-item__seller-info"><span class="s-item__seller-info-text">${esc(c.sellerInfo)}</span></span>`
    : '';
  return `<li class="s-item s-item__pl-on-bottom"><div class="s-item__wrapper">
   <div class="s-item__image-section"><a href="https://www.ebay.com/itm/${esc(c.id)}"><img class="s-item__image-img" alt="" src="https://i.ebayimg.com/thumbs/images/g/${esc(c.id)}/s-l225.webp"></a></div>
   <div class="s-item__info"><a class="s-item__link" href="https://www.ebay.com/itm/${esc(c.id)}"><div class="s-item__title"><span role="heading">${esc(c.title)}</span></div></a>
    <div class="s-item__subtitle"><span class="SECONDARY_INFO">${esc(c.condition ?? 'Brand New')}</span></div>
    <div class="s-item__details"><span class="s-item__price">${esc(c.price)}</span>
     <span class="s-item__location s-item__itemLocation">from China</span>${seller}</div></div></div></li>`;
}

export function ebaySearch(query: string, cards: EbayCard[], extraBody = ''): { url: string; html: string } {
  const url = `https://www.ebay.com/sch/i.html?_nkw=${encodeURIComponent(query)}`;
  const body = `<div id="mainContent" class="srp-main-content"><div id="srp-river-main" class="srp-river-main">
 <div id="srp-river-results" class="srp-river-results"><ul class="srp-results srp-list clearfix" id="results">
${cards.map(ebayCard).join('\n')}
 </ul></div></div></div>${extraBody}`;
  return { url, html: doc(url, 'en', `${query} | eBay`, body) };
}

export interface EbayProduct {
  id: string;
  title: string;
  price: string;
  seller: string;
  /** "(12,345)" */
  ratings?: string;
  /** "99.2% positive feedback" */
  feedback?: string;
  brand?: string;
  condition?: string;
}

export function ebayProduct(p: EbayProduct, extraBody = ''): { url: string; html: string } {
  const url = `https://www.ebay.com/itm/${p.id}`;
  const brand = p.brand
    ? `<div class="ux-layout-section-evo"><div class="ux-layout-section-evo__col"><dl class="ux-labels-values ux-labels-values--brand"><dt class="ux-labels-values__labels"><span class="ux-textspans">Brand</span></dt><dd class="ux-labels-values__values"><span class="ux-textspans">${esc(p.brand)}</span></dd></dl></div></div>`
    : '';
  const body = `<div id="mainContent" class="vim-main-content">
 <div class="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">${esc(p.title)}</span></h1></div>
 <div class="x-price-section"><div class="x-bin-price"><div class="x-price-primary" data-testid="x-price-primary"><span class="ux-textspans">${esc(p.price)}</span></div></div></div>
 <div class="x-item-condition"><span class="x-item-condition-text"><span class="ux-textspans">${esc(p.condition ?? 'New')}</span></span></div>
 <div class="x-sellercard-atf" data-testid="x-sellercard-atf"><div class="x-sellercard-atf__info">
   <div class="x-sellercard-atf__info__about-seller"><a href="https://www.ebay.com/str/shop1"><span class="ux-textspans ux-textspans--PSEUDOLINK ux-textspans--BOLD">${esc(p.seller)}</span></a></div>
   <ul class="x-sellercard-atf__data">
    <li class="x-sellercard-atf__data-item"><span class="ux-textspans">${esc(p.ratings ?? '(12)')}</span></li>
    <li class="x-sellercard-atf__data-item"><span class="ux-textspans ux-textspans--PSEUDOLINK">${esc(p.feedback ?? '91.0% positive feedback')}</span></li>
   </ul></div></div>
 ${brand}
</div>${extraBody}`;
  return { url, html: doc(url, 'en', `${p.title.slice(0, 200)} | eBay`, body) };
}

// ---------------------------------------------------------------- AliExpress (tests/fixtures/aliexpress/search-old.html, product-new.html)

export interface AliCard {
  id: string;
  title: string;
  /** "US $12.99" */
  price: string;
  store: string;
}

export function aliSearch(query: string, cards: AliCard[]): { url: string; html: string } {
  const url = `https://www.aliexpress.com/wholesale?SearchText=${encodeURIComponent(query)}`;
  const items = cards
    .map(
      (c, i) => `<li class="list-item"><div class="product-card">
      <a class="item-img" href="//www.aliexpress.com/item/${esc(c.id)}.html"><img src="//ae01.alicdn.com/kf/H${i}.jpg_220x220.jpg" alt=""></a>
      <div class="item-info">
        <a class="item-title" href="//www.aliexpress.com/item/${esc(c.id)}.html" title="${esc(c.title)}">${esc(c.title)}</a>
        <div class="item-price-wrap"><span class="price-current">${esc(c.price)}</span></div>
        <div class="item-store-wrap"><a class="store-name" href="//www.aliexpress.com/store/${5000 + i}">${esc(c.store)}</a></div>
      </div></div></li>`,
    )
    .join('\n');
  const body = `<div class="product-container"><ul class="list-items">\n${items}\n</ul></div>`;
  return { url, html: doc(url, 'en', `${query} | AliExpress`, body) };
}

export interface AliProduct {
  id: string;
  title: string;
  price: string;
  store: string;
  official?: boolean;
  brand?: string;
}

export function aliProduct(p: AliProduct): { url: string; html: string } {
  const url = `https://www.aliexpress.com/item/${p.id}.html`;
  const badge = p.official ? `<span data-pl="store-badge" class="store-badge--official">Brand Official Store</span>` : '';
  const brand = p.brand ? `<ul data-pl="product-specs"><li><span>Brand Name</span><span>${esc(p.brand)}</span></li></ul>` : '';
  const body = `<div id="root"><div class="pdp-body">
    <div class="pdp-info">
      <div data-pl="product-price"><div class="price--current product-price-current"><span class="price--currentPriceText">${esc(p.price)}</span></div></div>
      <h1 data-pl="product-title">${esc(p.title)}</h1>
    </div>
    <div class="store-detail--wrap">
      <div class="store-header--storeName"><a data-pl="store-name" href="https://www.aliexpress.com/store/1102211223">${esc(p.store)}</a></div>
      ${badge}
      <div class="store-info--detail"><span>92.1% positive feedback</span><span>310 Followers</span></div>
    </div>
    ${brand}
  </div></div>`;
  return { url, html: doc(url, 'en', `${p.title.slice(0, 200)} - AliExpress`, body) };
}
