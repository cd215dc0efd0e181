/**
 * The shared part of the per-adapter test files: run an adapter directly (no registry, no generic fallback) on its
 * fixtures against their expected JSON, and check it claims no other site's URLs.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAdapter } from '../../../lib/adapters/run';
import type { Adapter } from '../../../lib/adapters/types';
import { loadPage } from '../../../lib/cli/load-page';
import { Listing } from '../../../lib/schema/listing';
import { fixtureFiles, fixtureUrl, fixturesOf, missingExpected } from './fixtures';

/** Run `adapter` directly (no registry, no generic fallback) on an HTML string at `url`. */
export async function runOn(adapter: Adapter, html: string, url: string) {
  const page = loadPage(html, url);
  try {
    const r = runAdapter(adapter, page.document, new URL(url));
    return { pageKind: r.pageKind, listings: r.listings.map((c) => c.listing), elements: r.listings.map((c) => c.element.tagName) };
  } finally {
    await page.close();
  }
}

export async function runFile(adapter: Adapter, id: string, name: string) {
  const file = fixtureFiles(id).find((f) => f.endsWith(`/${name}.html`));
  if (!file) throw new Error(`no fixture ${id}/${name}.html`);
  const html = readFileSync(file, 'utf8');
  return runOn(adapter, html, fixtureUrl(html)!);
}

/** Every fixture of `adapter.id` against its expected JSON, schema-valid, non-empty unless 'other'. */
export function fixtureSuite(adapter: Adapter): void {
  describe(`${adapter.id} fixtures (adapter run directly, no generic fallback)`, () => {
    const fixtures = fixturesOf(adapter.id);
    it('has product, search and other fixtures, each with an expected file', () => {
      expect(missingExpected(adapter.id)).toEqual([]);
      const kinds = new Set(fixtures.map((f) => f.expected.pageKind));
      expect([...kinds].sort()).toEqual(['other', 'product', 'search']);
    });
    for (const f of fixtures) {
      it(`${f.name} matches ${f.name}.expected.json`, async () => {
        const got = await runOn(adapter, readFileSync(f.file, 'utf8'), f.url);
        expect({ pageKind: got.pageKind, listings: got.listings }).toEqual(f.expected);
        for (const l of got.listings) expect(Listing.safeParse(l).success).toBe(true);
        if (got.pageKind !== 'other') expect(got.listings.length).toBeGreaterThan(0);
        expect(adapter.matchesUrl(new URL(f.url))).toBe(true);
      });
    }
  });
}

// One URL per other marketplace (and a non-shop), for the "matchesUrl is false elsewhere" checks.
export const OTHER_SITES: Record<string, string> = {
  amazon: 'https://www.amazon.com/dp/B0CHWRXH8B',
  ebay: 'https://www.ebay.com/itm/123456789012',
  aliexpress: 'https://www.aliexpress.com/item/1005001234567890.html',
  temu: 'https://www.temu.com/belt-g-601099512345678.html',
  walmart: 'https://www.walmart.com/ip/belt/123456',
  dhgate: 'https://www.dhgate.com/product/belt/123456789.html',
  etsy: 'https://www.etsy.com/listing/123456/belt',
  taobao: 'https://item.taobao.com/item.htm?id=654321098765',
  tmall: 'https://detail.tmall.com/item.htm?id=612345678901',
  generic: 'https://shop.example.com/products/belt',
  lookalike: 'https://www.notwalmart-etsy-temu-tmall-taobao-aliexpress-dhgate.com/item/1.html',
};

export function matchesOnlyOwnSite(adapter: Adapter): void {
  it(`matchesUrl is false for every other site (and for look-alike hosts)`, () => {
    for (const [site, url] of Object.entries(OTHER_SITES)) {
      expect([site, adapter.matchesUrl(new URL(url))]).toEqual([site, site === adapter.id]);
    }
  });
}

/**
 * Hostile input: state markers and item links of every site we read, followed by arbitrary text (truncated literals,
 * unbalanced braces, junk) give fewer listings, never an exception out of the adapter itself.
 */
export function hostileInputSuite(adapter: Adapter, urls: readonly string[]): void {
  describe(`${adapter.id} adapter on hostile input`, () => {
    const MARKERS = ['window.runParams = ', 'window._dida_config_._init_data_ = ', 'window.rawData = ', 'g_page_config = ',
      'TShop.Setup(', 'window.__ICE_APP_CONTEXT__ = ', 'window.__INITIAL_STATE__ = ', ''];
    it('pageKind / extractProduct / extractCards never throw', async () => {
      await fc.assert(
        fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(...MARKERS), fc.constantFrom(...urls), async (junk, marker, url) => {
          const html = `<script id="__NEXT_DATA__" type="application/json">${junk}</script><script>${marker}{"data":${junk}</script>` +
            `<div data-item-id="1" data-listing-id="2"><a href="/item/1005001234567890.html">${junk}</a><a href="//detail.tmall.com/item.htm?id=612345678901">${junk}</a><a href="/x-g-601099512345678.html">${junk}</a><a href="/product/x/123456789.html">${junk}</a></div>`;
          const page = loadPage(html, url);
          try {
            const u = new URL(url);
            expect(() => adapter.pageKind(page.document, u)).not.toThrow();
            expect(() => adapter.extractProduct(page.document, u)).not.toThrow();
            expect(() => adapter.extractCards(page.document, u)).not.toThrow();
          } finally {
            await page.close();
          }
        }),
        { numRuns: 25 },
      );
    });
  });
}
