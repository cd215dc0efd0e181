/**
 * Issue #7 in Firefox: the popup page explains a served Amazon product's warning, one report is filed from it, and a
 * newly opened options page lists it. Same authored page as popup-reports.chromium (a $19 Gucci belt from a
 * third-party seller); the expected verdict is computed here with the real engine.
 *
 * The popup is opened as popup.html?tab=<id> in a tab. The id is the WebExtension tab id (not the BiDi context id):
 * it is read from the page record the background stores under `page:<tabId>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/cli/load-page';
import { adapterById } from '../../lib/adapters/registry';
import { runAdapter } from '../../lib/adapters/run';
import { loadBrandIndex } from '../../lib/brands';
import { scoreListing } from '../../lib/scoring';
import type { Verdict } from '../../lib/schema/verdict';
import { launchFirefox, type FirefoxSession } from './firefox';
import { amazonProduct } from './pages/templates';
import { outputPath } from './paths';

const SELLER = 'Golden Belt Outlet';
const TITLE = "Gucci Men's Leather Belt with Interlocking G Buckle, Black, 95 cm";
const BELT = amazonProduct({
  asin: 'B0R7000001',
  title: TITLE,
  price: '$19.00',
  brand: 'Gucci',
  shipsFrom: SELLER,
  soldBy: SELLER,
  sellerId: 'A2GOLDBELT77Q',
});
const NOTE = 'Firefox round trip: stitching uneven (e2e note 91c2)';

async function engineVerdict(): Promise<Verdict> {
  const page = loadPage(BELT.html, BELT.url);
  try {
    const run = runAdapter(adapterById('amazon')!, page.document, new URL(BELT.url));
    return scoreListing(run.listings[0]!.listing, { index: loadBrandIndex(), sensitivity: 'balanced', reportedSellers: [] });
  } finally {
    await page.close();
  }
}

const text = (sel: string) => `(document.querySelector(${JSON.stringify(sel)})?.textContent ?? null)`;

describe('Firefox: popup round trip and one report', () => {
  let s: FirefoxSession;
  let optionsCtx = '';
  let tabId = -1;
  let expected: Verdict;

  beforeAll(async () => {
    s = await launchFirefox();
    expected = await engineVerdict();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the popup page for the product tab shows the verdict sentence, its signal and the genuine price', async () => {
    expect(expected.level).toBe('caution');
    s.serve(BELT.url, BELT.html);
    await s.navigate(BELT.url);
    await s.waitFor(`document.querySelector('copycat-guard-root[data-state="ready"]')`);
    expect(await s.evaluate(`document.querySelector('copycat-guard-badge')?.getAttribute('data-level') ?? null`)).toBe('caution');

    // The WebExtension tab id, from the page record the background wrote (session storage, or local where absent).
    optionsCtx = await s.openExtensionPage('options.html');
    const findTab = `Promise.all([browser.storage.session ? browser.storage.session.get(null) : {}, browser.storage.local.get(null)])
      .then(([a, b]) => Object.values({ ...a, ...b }).find((r) => r && r.url === ${JSON.stringify(BELT.url)})?.tabId ?? null)`;
    await s.waitFor(findTab, 10_000, optionsCtx);
    tabId = (await s.evaluate<number>(findTab, optionsCtx))!;
    expect(typeof tabId).toBe('number');

    const popup = await s.openExtensionPage(`popup.html?tab=${tabId}`);
    await s.waitFor(`document.querySelector('#product-title')`, 15_000, popup);
    expect(await s.evaluate(text('#product-title'), popup)).toBe(TITLE);
    expect(await s.evaluate(text('[data-testid="summary"]'), popup)).toBe(expected.summary.en);
    expect(await s.evaluate(text('[data-testid="summary"]'), popup)).toBe(
      'Caution: this Gucci belt may not be genuine: a price far below genuine.',
    );
    expect(await s.evaluate(`document.querySelectorAll('[data-testid="signals"] li').length`, popup)).toBe(expected.signals.length);
    expect(await s.evaluate(text('[data-signal="price-below-floor"]'), popup)).toMatch(/Price is \$19, 94% below .*\(\$300/);
    expect(await s.evaluate(text('[data-testid="genuine-price"]'), popup)).toMatch(/^A new genuine belt normally costs at least \$300 \(/);
    await s.screenshot(outputPath('popup-product-firefox.png'), popup);

    // File one report.
    await s.evaluate(`document.querySelector('[data-testid="report-button"]').click()`, popup);
    await s.waitFor(`document.querySelector('[data-testid="report-form"]')`, 10_000, popup);
    await s.evaluate(
      `(() => {
        document.querySelector('input[name="reason"][value="received-fake"]').click();
        const note = document.querySelector('#cg-note');
        note.value = ${JSON.stringify(NOTE)};
        note.dispatchEvent(new Event('input', { bubbles: true }));
        return true;
      })()`,
      popup,
    );
    await s.evaluate(`document.querySelector('[data-testid="report-submit"]').click()`, popup);
    await s.waitFor(`document.querySelector('[data-testid="report-saved"]')`, 10_000, popup);
    expect(await s.evaluate(text('[data-testid="report-saved"] [role="status"]'), popup)).toBe('Report saved in this browser.');
    expect(await s.evaluate(`document.querySelectorAll('ol.channels > li').length`, popup)).toBe(3);
  });

  it('a newly opened options page lists the report; storage holds exactly one report key', async () => {
    expect(tabId, 'first test must have run').toBeGreaterThanOrEqual(0);
    const keys = await s.evaluate<string[]>(
      `browser.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('report:')))`,
      optionsCtx,
    );
    expect(keys).toHaveLength(1);
    const stored = await s.evaluate<{ reason: string; note: string; listing: { title: string } }>(
      `browser.storage.local.get(${JSON.stringify(keys[0])}).then((r) => r[${JSON.stringify(keys[0])}])`,
      optionsCtx,
    );
    expect(stored).toMatchObject({ reason: 'received-fake', note: NOTE, listing: { title: TITLE } });

    const options = await s.openExtensionPage('options.html?after-report=1');
    await s.waitFor(`document.querySelector('ul.reports > li.report')`, 15_000, options);
    expect(await s.evaluate(`document.querySelectorAll('ul.reports > li.report').length`, options)).toBe(1);
    expect(await s.evaluate(text('li.report a.report-title'), options)).toBe(TITLE);
    expect(await s.evaluate(text('li.report .note'), options)).toBe(NOTE);
    expect(await s.evaluate(text('li.report .report-meta'), options)).toContain(`Seller: ${SELLER}`);
    expect(await s.evaluate(text('li.report .report-meta'), options)).toContain('I received a fake');
    await s.screenshot(outputPath('options-history-firefox.png'), options);
  });
});
