/**
 * priceFromElement: read the price a shop renders inside one element, when the page splits it across nodes.
 *
 * Order (first that yields a price wins):
 * 1. Accessible text written for screen readers (Amazon `.a-offscreen`, `.sr-only`, `.visually-hidden`, eBay
 *    `.clipped` …): shops keep it as one clean string ("$12.99") while the visual part is split up.
 * 2. A machine-readable attribute on the element itself (`content`, `data-price`, `data-price-amount`, `value`):
 *    dot-decimal numbers; the currency comes from the element's text or the hints.
 * 3. The visible text, rebuilt node by node: `<sup>99</sup>` and `.a-price-fraction`-like cents nodes get a decimal
 *    separator ("$12<sup>99</sup>" → "$12.99"); hidden nodes (`hidden`, inline display:none) and scripts are
 *    skipped; struck-through "was" prices (`<s>`, `<del>`, `<strike>`) are skipped when the rest still parses.
 *
 * Contract: pure (reads only `el`), never throws, returns what `parsePrice` returns.
 */
import { hintCurrency, parsePrice, type ParsedPrice, type PriceHints } from './price';
import { plainSpaces } from './text';

// Why these classes: Amazon `.a-offscreen` (every price since ~2019, see corpus product-pages amazon.*), Bootstrap
// `.sr-only` / `.visually-hidden`, WordPress `.screen-reader-text`, eBay `.clipped`; all hold the whole price string.
const ACCESSIBLE = [
  '.a-offscreen',
  '.sr-only',
  '.visually-hidden',
  '.visuallyhidden',
  '.screen-reader-text',
  '.screenreader-only',
  '.u-visually-hidden',
  '.clipped',
].join(',');

const PRICE_ATTRS = ['content', 'data-price', 'data-price-amount', 'data-value', 'value'] as const;

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG']);
const STRUCK_TAGS = new Set(['S', 'DEL', 'STRIKE']);
// Cents rendered apart from the whole part: Amazon `.a-price-fraction`, and the common "cents"/"decimals" classes.
const CENTS_CLASS = /(?:^|[\s_-])(?:a-price-fraction|fraction|cents?|decimals?|price-decimal)(?:$|\s)/i;

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = (el.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function isCentsNode(el: Element, text: string): boolean {
  if (!/^\d{1,2}$/.test(text)) return false;
  if (el.tagName === 'SUP') return true;
  return CENTS_CLASS.test(el.getAttribute('class') ?? '');
}

/** Visible text of `el` with split cents joined back. `skipStruck` drops <s>/<del>/<strike> subtrees. */
function visibleText(el: Element, hints: PriceHints | undefined, skipStruck: boolean): string {
  let acc = '';
  let budget = 2000; // nodes; a price element is small, a whole page passed by mistake is not walked to the end
  const walk = (node: Node): void => {
    if (budget-- <= 0) return;
    if (node.nodeType === 3) {
      acc += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const child = node as Element;
    if (SKIP_TAGS.has(child.tagName) || isHidden(child)) return;
    if (skipStruck && STRUCK_TAGS.has(child.tagName)) return;
    const own = plainSpaces(child.textContent ?? '').trim();
    if (child !== el && isCentsNode(child, own)) {
      acc = acc.replace(/\s+$/, '');
      if (/\d$/.test(acc)) acc += decimalFor(acc, hints);
      acc += own;
      return;
    }
    for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  // "12. 99" / "12 ,99" from templates with white space around the separator node.
  return plainSpaces(acc).replace(/(\d)\s*([.,])\s+(\d{2}(?!\d))/g, '$1$2$3');
}

/** The decimal separator to insert before split cents: the hint, else the one the whole part does not group with. */
function decimalFor(whole: string, hints: PriceHints | undefined): string {
  if (hints?.decimalSeparator) return hints.decimalSeparator;
  const digits = /[\d.,'\s]*$/.exec(whole)?.[0] ?? '';
  return /\d\.\d{3}/.test(digits) ? ',' : '.';
}

function accessiblePrice(el: Element, hints: PriceHints | undefined): ParsedPrice | null {
  const nodes: Element[] = [];
  if (el.matches(ACCESSIBLE)) nodes.push(el);
  nodes.push(...Array.from(el.querySelectorAll(ACCESSIBLE)).slice(0, 10));
  for (const node of nodes) {
    const text = (node.textContent ?? '').trim();
    if (!text) continue; // Amazon leaves some .a-offscreen empty on deal layouts
    const p = parsePrice(text, hints);
    // Screen-reader text inside a larger element can be anything ("4.5 out of 5 stars"): without a currency it
    // counts only when it is the element itself or Amazon's price-only .a-offscreen.
    if (p && (p.currency !== null || node === el || node.classList.contains('a-offscreen'))) return p;
  }
  return null;
}

function attributePrice(el: Element, hints: PriceHints | undefined, text: string): ParsedPrice | null {
  for (const name of PRICE_ATTRS) {
    const raw = el.getAttribute(name);
    if (raw === null) continue;
    const value = raw.trim();
    if (!value) continue;
    // Machine values are dot-decimal without groups ("1234.5"); anything else goes through the text parser.
    const amount = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : null;
    const fromText = parsePrice(text, hints);
    if (amount !== null && Number.isFinite(amount) && amount <= 1e12) {
      const currency = fromText?.currency ?? hintCurrency(hints);
      return { amount, currency };
    }
    const p = parsePrice(value, hints);
    if (p) return p.currency || !fromText?.currency ? p : { ...p, currency: fromText.currency };
  }
  return null;
}

/** Read the price shown by one element (see module comment). Never throws. */
export function priceFromElement(el: Element | null | undefined, hints?: PriceHints): ParsedPrice | null {
  try {
    if (!el || typeof el.getAttribute !== 'function') return null;
    const accessible = accessiblePrice(el, hints);
    if (accessible) return accessible;
    const unstruck = visibleText(el, hints, true);
    const attr = attributePrice(el, hints, unstruck);
    if (attr) return attr;
    return parsePrice(unstruck, hints) ?? parsePrice(visibleText(el, hints, false), hints);
  } catch {
    return null;
  }
}
