/**
 * The in-page badge (lib/content/badge.ts), opened up: its shadow root is closed, so the test keeps the root
 * attachShadow returns. Checks what the user gets (label, colour class, screen-reader text, reasons on hover/focus,
 * click to pin, Escape, Details) and what a feed of a thousand badges costs (nodes built before anyone looks).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_TAG, createBadge } from '../../../lib/content/badge';
import type { BadgeVerdict } from '../../../lib/content/replies';

const roots = new Map<Element, ShadowRoot>();
const realAttach = Element.prototype.attachShadow;

beforeEach(() => {
  roots.clear();
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = realAttach.call(this, init);
    roots.set(this, root);
    return root;
  });
  document.body.innerHTML = '<a href="https://shop.example/item" class="card"><h3>Title</h3></a>';
});

afterEach(() => {
  vi.restoreAllMocks();
});

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

const high: BadgeVerdict = {
  level: 'high',
  score: 86.4,
  kind: 'counterfeit',
  summary: { en: 'Likely a copy: priced far below the brand.', zh: '很可能是仿冒品。' },
  signals: [
    { id: 'replica-words', weight: 30, message: { en: `Title says replica ${HOSTILE}`, zh: '标题含“高仿”' } },
    { id: 'price-below-floor', weight: 45, message: { en: 'Price is 9% of the lowest genuine price', zh: '价格过低' } },
    { id: 'seller-few-ratings', weight: 10, message: { en: 'Seller has 3 ratings', zh: '卖家评价少' } },
    { id: 'seller-new', weight: 8, message: { en: 'Seller is new', zh: '新卖家' } },
    { id: 'seller-not-official', weight: 5, message: { en: 'Not the official store', zh: '非官方店' } },
    { id: 'own-domain', weight: -10, message: { en: 'Reassuring', zh: '' } },
  ],
};

function mount(onDetails?: () => void, lang: 'en' | 'zh' = 'en') {
  const badge = createBadge(document, high, 'high', lang, onDetails);
  document.querySelector('h3')!.after(badge.host);
  const root = roots.get(badge.host)!;
  const button = root.querySelector('button.b') as HTMLButtonElement;
  const panel = root.querySelector('.panel') as HTMLElement;
  return { badge, root, button, panel };
}

describe('badge', () => {
  it('is a closed shadow host with the label, level class and a screen-reader label holding the summary', () => {
    const { badge, root, button } = mount();
    expect(badge.host.localName).toBe(BADGE_TAG);
    expect(badge.host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(root.mode).toBe('closed');
    expect(button.className).toBe('b high');
    expect(button.textContent).toBe('Likely copy');
    expect(button.getAttribute('aria-label')).toBe('Copycat Guard: Likely copy. Likely a copy: priced far below the brand.');
    expect(badge.host.getAttribute('data-level')).toBe('high');
    expect(badge.host.getAttribute('data-kind')).toBe('high');
  });

  it('builds only five nodes up front; the reasons appear on the first hover', () => {
    const { badge, root, panel } = mount();
    expect(root.querySelectorAll('*')).toHaveLength(5); // style, button, dot, label, panel
    expect(panel.childElementCount).toBe(0);
    badge.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(panel.querySelector('p')!.textContent).toBe(high.summary.en);
    // The four heaviest warning reasons, heaviest first; reassuring ones are not listed on a warning badge.
    expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Price is 9% of the lowest genuine price',
      `Title says replica ${HOSTILE}`,
      'Seller has 3 ratings',
      'Seller is new',
    ]);
    expect(panel.querySelector('.meta')!.textContent).toBe('Copycat Guard · Risk score 86/100');
  });

  it('page text stays text: a hostile reason creates no element and runs nothing', () => {
    const { badge, root } = mount();
    badge.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keyboard focus fills the panel too (the tip is shown by :focus-within)', () => {
    const { button, panel } = mount();
    button.focus();
    expect(panel.querySelector('p')).not.toBeNull();
  });

  it('a click pins the panel open and never reaches the card link; Escape closes and dismisses it', () => {
    const { badge, button, panel } = mount();
    const pageClicks = vi.fn();
    document.querySelector('a')!.addEventListener('click', pageClicks);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(pageClicks).not.toHaveBeenCalled();
    expect(panel.classList.contains('open')).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    // Open, the host is the panel's positioned, lifted box; at rest it has no paint layer of its own.
    expect(badge.host.hasAttribute('data-open')).toBe(true);
    expect(panel.querySelector('p')).not.toBeNull();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(panel.classList.contains('open')).toBe(false);
    expect(badge.host.hasAttribute('data-open')).toBe(false);
    expect(panel.classList.contains('dismissed')).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    badge.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(panel.classList.contains('dismissed')).toBe(false);
  });

  it('Details opens the listing once, from its own button only', () => {
    const onDetails = vi.fn();
    const { badge, panel, button } = mount(onDetails);
    badge.focus();
    const more = panel.querySelector('button.more') as HTMLButtonElement;
    expect(more.textContent).toBe('Details →');
    more.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(onDetails).toHaveBeenCalledTimes(1);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    expect(onDetails).toHaveBeenCalledTimes(1);
  });

  it('without a Details action there is no Details button', () => {
    const { badge, panel } = mount();
    badge.focus();
    expect(panel.querySelector('button.more')).toBeNull();
  });

  it('an update re-labels at once, refreshes a built panel, and leaves an unbuilt one lazy', () => {
    const caution: BadgeVerdict = { ...high, level: 'caution', score: 41, summary: { en: 'Check the seller.', zh: '请核实卖家。' } };
    const seen = mount();
    seen.badge.host.dispatchEvent(new MouseEvent('mouseenter'));
    seen.badge.update(caution, 'caution');
    expect(seen.button.className).toBe('b caution');
    expect(seen.button.textContent).toBe('Check seller');
    expect(seen.panel.querySelector('p')!.textContent).toBe('Check the seller.');
    expect(seen.panel.querySelector('.meta')!.textContent).toContain('41/100');

    const unseen = mount();
    unseen.badge.update(caution, 'caution');
    expect(unseen.panel.childElementCount).toBe(0);
    unseen.badge.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(unseen.panel.querySelector('p')!.textContent).toBe('Check the seller.');
  });

  it('speaks Simplified Chinese when asked', () => {
    const { badge, button, panel } = mount(undefined, 'zh');
    expect(button.getAttribute('aria-label')).toContain('很可能是仿冒品。');
    badge.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(panel.querySelector('li')!.textContent).toBe('价格过低');
  });
});
