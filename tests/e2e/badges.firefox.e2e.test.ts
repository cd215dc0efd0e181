/**
 * Issue #6 in Firefox ESR: the same round trip as badges.chromium — pages served at real marketplace URLs, the built
 * add-on reads them, the background scores, and the badges on the page are exactly the engine's (computed in this
 * process by pages.ts expectedBadgesFor), in card order.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './firefox';
import { expectedBadges, expectedBadgesFor, fixturePage, type ExpectedBadges } from './pages';
import { AMAZON_PRODUCT, AMAZON_SEARCH, EBAY_PRODUCT, EBAY_SEARCH } from './pages/branded';
import { spaPage, SPA_PRODUCT, SPA_SEARCH_CARDS } from './pages/dynamic';
import { amazonProduct, amazonSearch } from './pages/templates';
import { outputPath, ROOT } from './paths';

interface Shown {
  pageKind: string | null;
  read: string | null;
  badged: string | null;
  kinds: string[];
  perCard: (string | null)[];
}

const CARD: Record<string, string> = { amazon: '[data-component-type="s-search-result"]', ebay: 'li.s-item' };

describe('Firefox: badges on marketplace pages', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  async function open(url: string, html: string, site: string): Promise<Shown> {
    s.serve(url, html);
    await s.navigate(url);
    await s.waitFor(`document.querySelector('copycat-guard-root[data-state="ready"]')`, 30_000);
    // Settle: our own badge insertions are DOM changes the content script sees (batched every 100 ms).
    await new Promise((r) => setTimeout(r, 700));
    return s.evaluate<Shown>(`(() => {
      const root = document.querySelector('copycat-guard-root');
      const kinds = (el) => [...el.querySelectorAll('copycat-guard-badge')].map((b) => b.getAttribute('data-kind'));
      return {
        pageKind: root.getAttribute('data-page-kind'),
        read: root.getAttribute('data-read'),
        badged: root.getAttribute('data-badged'),
        kinds: kinds(document),
        perCard: [...document.querySelectorAll(${JSON.stringify(CARD[site] ?? 'none')})].map((c) => {
          const k = kinds(c);
          return k.length === 0 ? null : k.length === 1 ? k[0] : 'DOUBLE:' + k.join(',');
        }),
      };
    })()`);
  }

  function check(shown: Shown, exp: ExpectedBadges, perCard = true): void {
    expect(shown.pageKind).toBe(exp.pageKind);
    expect(shown.kinds).toEqual(exp.kinds);
    expect(shown.read).toBe(exp.read > 0 ? String(exp.read) : null);
    expect(shown.badged).toBe(exp.read > 0 ? String(exp.kinds.length) : null);
    if (exp.pageKind === 'search' && perCard) expect(shown.perCard).toEqual(exp.perCard);
  }

  it.each([
    ['amazon', 'search'],
    ['ebay', 'product'],
  ] as const)('fixture %s/%s shows exactly the engine’s badges', async (site, name) => {
    const { url, html } = fixturePage(site, name);
    const exp = await expectedBadges(site, name);
    expect(exp.read).toBeGreaterThan(0);
    check(await open(url, html, site), exp, false); // fixtures vary in card markup: kinds in document order
  });

  // Every other saved page of every marketplace with a content script (issue #6: "in both browsers").
  const ALL = readdirSync(path.join(ROOT, 'tests/fixtures'))
    .filter((d) => d !== 'generic' && !d.includes('.'))
    .flatMap((site) =>
      readdirSync(path.join(ROOT, 'tests/fixtures', site))
        .filter((f) => f.endsWith('.html'))
        .map((f) => [site, f.replace(/\.html$/, '')] as const),
    );
  it.each(ALL)('fixture %s/%s', async (site, name) => {
    const { url, html } = fixturePage(site, name);
    const exp = await expectedBadges(site, name);
    expect(exp.invalid).toBe(0);
    check(await open(url, html, site), exp, false); // fixtures vary in card markup: kinds in document order
  });

  it('single-page navigation: badges follow pushState to a product view and back', async () => {
    const spa = spaPage();
    const searchExp = await expectedBadgesFor('amazon', amazonSearch('belt', SPA_SEARCH_CARDS).html, spa.url);
    const productExp = await expectedBadgesFor('amazon', amazonProduct(SPA_PRODUCT).html, spa.productUrl);
    expect(searchExp.perCard).toEqual(['high', null, 'caution']);
    expect(productExp.kinds).toEqual(['high']);
    check(await open(spa.url, spa.html, 'amazon'), searchExp);
    await s.evaluate(`window.wrappedJSObject ? window.wrappedJSObject.__openProduct() : window.__openProduct()`);
    await s.waitFor(`document.querySelector('h1 + copycat-guard-badge')`, 10_000);
    expect(await s.evaluate<string[]>(`[...document.querySelectorAll('copycat-guard-badge')].map((b) => b.dataset.kind)`)).toEqual(productExp.kinds);
    await s.evaluate(`history.back()`);
    await s.waitFor(`document.querySelectorAll('[data-component-type="s-search-result"] copycat-guard-badge').length >= 2`, 10_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(
      await s.evaluate<(string | null)[]>(
        `[...document.querySelectorAll('[data-component-type="s-search-result"]')].map((c) => c.querySelector('copycat-guard-badge')?.dataset.kind ?? null)`,
      ),
    ).toEqual(searchExp.perCard);
  });

  it.each([
    ['amazon', 'search', AMAZON_SEARCH, ['caution', null, 'high', 'dupe', null]],
    ['amazon', 'product', AMAZON_PRODUCT, ['caution']],
    ['ebay', 'search', EBAY_SEARCH, ['high', null, 'high', null]],
    ['ebay', 'product', EBAY_PRODUCT, ['high']],
  ] as const)('authored %s %s: badges per card', async (site, kind, p, pinned) => {
    const exp = await expectedBadgesFor(site, p.html, p.url);
    expect(exp.perCard).toEqual(pinned);
    check(await open(p.url, p.html, site), exp);
    await s.screenshot(outputPath(`firefox-${site}-${kind}-badged.png`));
  });
});
