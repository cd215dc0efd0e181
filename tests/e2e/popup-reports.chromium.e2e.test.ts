/**
 * Issue #7 end to end in Chromium: the popup explains a served product page's warning, a report filed from it
 * survives a service-worker stop, shows up in the options page's history, exports as JSON and CSV, and makes the same
 * seller's next listing carry the "reported-seller" signal. Also: the badge's "Details →" reached by keyboard opens
 * popup.html?tab=&ref= for that listing.
 *
 * The pages are authored (tests/e2e/pages/templates.ts, the markup of tests/fixtures/amazon/product.html): two Gucci
 * belts from one third-party seller ("Golden Belt Outlet", seller id A2GOLDBELT77Q) at $19 and $29, far under the
 * $300 belt floor. Expected verdict texts are computed here with the real engine and compared with what the popup shows.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/cli/load-page';
import { adapterById } from '../../lib/adapters/registry';
import { runAdapter } from '../../lib/adapters/run';
import { loadBrandIndex } from '../../lib/brands';
import { scoreListing } from '../../lib/scoring';
import type { Listing } from '../../lib/schema/listing';
import type { Verdict } from '../../lib/schema/verdict';
import { BADGE_TAG, launchChromium, openBadged, stopServiceWorker, type ChromiumSession } from './chromium';
import { amazonProduct } from './pages/templates';
import { outputPath, ROOT } from './paths';

// Inside evaluate() callbacks that run in the extension's service worker or pages.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const SELLER = 'Golden Belt Outlet';
const SELLER_ID = 'A2GOLDBELT77Q';
const TITLE_A = "Gucci Men's Leather Belt with Interlocking G Buckle, Black, 95 cm";
const TITLE_B = "Gucci Women's GG Canvas Belt with Leather Trim, Beige/Ebony, 85 cm";
const BELT_A = amazonProduct({
  asin: 'B0R7000001',
  title: TITLE_A,
  price: '$19.00',
  brand: 'Gucci',
  shipsFrom: SELLER,
  soldBy: SELLER,
  sellerId: SELLER_ID,
});
const BELT_B = amazonProduct({
  asin: 'B0R7000002',
  title: TITLE_B,
  price: '$29.00',
  brand: 'Gucci',
  shipsFrom: SELLER,
  soldBy: SELLER,
  sellerId: SELLER_ID,
});
const NOTE = 'Arrived without dust bag; buckle engraving is crooked (e2e note 7f3a)';

/** What the engine says about a served page's product, with no reported sellers (the extension's state before any report). */
async function engineVerdict(url: string, html: string): Promise<{ listing: Listing; verdict: Verdict }> {
  const page = loadPage(html, url);
  try {
    const run = runAdapter(adapterById('amazon')!, page.document, new URL(url));
    const listing = run.listings[0]!.listing;
    return { listing, verdict: scoreListing(listing, { index: loadBrandIndex(), sensitivity: 'balanced', reportedSellers: [] }) };
  } finally {
    await page.close();
  }
}

interface StoredReport {
  id: string;
  note?: string;
  reason: string;
  sellerKey?: string;
  createdAt: string;
  listing: { title: string; url: string };
}

/**
 * An extension page kept open to read storage and watch the background worker. Reads go through the page, not the
 * worker: Playwright keeps a stopped worker's handle around, so after a stop it cannot be trusted.
 */
interface Helper {
  page: Page;
  storage(area: 'local' | 'session'): Promise<Record<string, unknown>>;
  /** The background worker's running status as CDP last reported it ('running', 'stopped', …). */
  workerStatus(): string | undefined;
  /** How many times CDP saw the background worker enter 'running'. */
  starts(): number;
}

async function openHelper(s: ChromiumSession): Promise<Helper> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html`);
  const cdp = await s.context.newCDPSession(page);
  let status: string | undefined;
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) {
      if (!v.scriptURL.endsWith('/background.js')) continue;
      if (v.runningStatus === 'running' && status !== 'running') starts++;
      status = v.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    page,
    storage: (area) => page.evaluate((a) => chrome.storage[a].get(null), area) as Promise<Record<string, unknown>>,
    workerStatus: () => status,
    starts: () => starts,
  };
}

async function storedReports(h: Helper): Promise<Record<string, StoredReport>> {
  const all = (await h.storage('local')) as Record<string, StoredReport>;
  return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith('report:')));
}

/** The tab id of the page record the background wrote for `url` (storage.session `page:<tabId>`). */
async function tabOf(h: Helper, url: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(async () => {
      const all = (await h.storage('session')) as Record<string, { url?: string; tabId?: number }>;
      id = Object.values(all).find((r) => r?.url === url)?.tabId;
      return id;
    }, { timeout: 10_000 })
    .toBeTypeOf('number');
  return id!;
}

describe('Chromium: popup explains a listing, reports are kept', () => {
  let s: ChromiumSession;
  let pageA: Page;
  let tabA: number;
  let reportId = '';
  let reportDate = '';
  let h: Helper;

  beforeAll(async () => {
    s = await launchChromium();
    h = await openHelper(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  async function popupFor(tabId: number, ref?: string): Promise<Page> {
    const popup = await s.openPopup(`?tab=${tabId}${ref ? `&ref=${encodeURIComponent(ref)}` : ''}`);
    await popup.setViewportSize({ width: 420, height: 900 });
    try {
      await popup.waitForSelector('#product-title', { timeout: 15_000 });
    } catch {
      // Say what the popup showed and what the background answers a page in a tab, so the failure names its cause.
      const shown = await popup.locator('main').innerText().catch(() => '?');
      const reply = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'popup/page', tabId: id }), tabId).catch((e) => String(e));
      throw new Error(`popup.html?tab=${tabId} shows no listing. It shows: ${JSON.stringify(shown)}; popup/page replies: ${JSON.stringify(reply).slice(0, 200)}`);
    }
    return popup;
  }

  it('the popup for a product tab shows the product, the verdict sentence, the signals with numbers and the genuine price', async () => {
    const exp = await engineVerdict(BELT_A.url, BELT_A.html);
    // The page was written to give a warning: pin it, so a data change that silences it is noticed here.
    expect(exp.verdict.level).toBe('caution');
    expect(exp.verdict.signals.map((x) => x.id)).toContain('price-below-floor');

    pageA = await openBadged(s, BELT_A.url, BELT_A.html);
    expect(await pageA.locator(BADGE_TAG).first().getAttribute('data-level')).toBe('caution');
    tabA = await tabOf(h, BELT_A.url);

    const popup = await popupFor(tabA);
    expect(exp.listing.title).toBe(TITLE_A);
    expect(await popup.locator('#product-title').textContent()).toBe(exp.listing.title);
    expect(await popup.locator('[data-testid="price"]').textContent()).toBe('$19.00');
    expect(await popup.locator('.listing-meta').textContent()).toContain(SELLER);
    expect(await popup.locator('[data-testid="summary"]').textContent()).toBe(exp.verdict.summary.en);
    expect(exp.verdict.summary.en).toBe('Caution: this Gucci belt may not be genuine: a price far below genuine.');
    // Each signal in words, with its numbers.
    const signals = popup.locator('[data-testid="signals"] li');
    expect(await signals.count()).toBe(exp.verdict.signals.length);
    const priceSignal = await popup.locator('[data-signal="price-below-floor"]').textContent();
    expect(priceSignal).toContain(exp.verdict.signals.find((x) => x.id === 'price-below-floor')!.message.en);
    expect(priceSignal).toMatch(/Price is \$19, 94% below .*\(\$300/);
    expect(await popup.getByText(`Risk score: ${Math.round(exp.verdict.score)}/100`).count()).toBe(1);
    // What the genuine item costs, with its source and date.
    const genuine = await popup.locator('[data-testid="genuine-price"]').textContent();
    expect(genuine).toMatch(/^A new genuine belt normally costs at least \$300 \(.+; 20\d\d-\d\d\)\.$/);
    expect(await popup.locator('[data-testid="report-button"]').textContent()).toBe('Report this listing');
    // Where to buy safely: the brand's own site.
    expect(await popup.locator('a[href="https://gucci.com/"]').count()).toBe(1);

    const shot = outputPath('popup-product-chromium.png');
    await popup.locator('main.popup').screenshot({ path: shot });
    mkdirSync(path.join(ROOT, 'assets/screenshots'), { recursive: true });
    copyFileSync(shot, path.join(ROOT, 'assets/screenshots/popup.png'));
    await popup.close();
  });

  it('before any report, the same seller’s other listing has no reported-seller signal', async () => {
    const exp = await engineVerdict(BELT_B.url, BELT_B.html);
    expect(exp.verdict.level).toBe('caution');
    const pageB = await openBadged(s, BELT_B.url, BELT_B.html);
    expect(await pageB.locator(BADGE_TAG).first().getAttribute('data-level')).toBe('caution');
    const popup = await popupFor(await tabOf(h, BELT_B.url));
    expect(await popup.locator('[data-testid="summary"]').textContent()).toBe(exp.verdict.summary.en);
    expect(await popup.locator('[data-signal="reported-seller"]').count()).toBe(0);
    await popup.close();
    await pageB.close();
  });

  it('files a report from the popup; it survives a service-worker stop and is listed on the options page', async () => {
    expect(tabA, 'first test must have run').toBeGreaterThanOrEqual(0);
    expect(await storedReports(h)).toEqual({});
    const popup = await popupFor(tabA);
    await popup.click('[data-testid="report-button"]');
    await popup.waitForSelector('[data-testid="report-form"]');
    expect(await popup.locator('[data-testid="report-form"] p.muted').textContent()).toBe(TITLE_A);
    await popup.getByLabel('It misuses the brand name').check();
    await popup.fill('#cg-note', NOTE);
    await popup.click('[data-testid="report-submit"]');
    await popup.waitForSelector('[data-testid="report-saved"]', { timeout: 10_000 });
    expect(await popup.getByRole('status').textContent()).toBe('Report saved in this browser.');
    // Next steps for Amazon: report the listing on Amazon (text), A-to-z claim and IP report (links). Gucci has no
    // anti-counterfeiting URL in the bundled data, so no brand channel.
    const channels = popup.locator('ol.channels > li');
    expect(await channels.count()).toBe(3);
    expect(await channels.nth(0).textContent()).toContain('Report the listing on Amazon');
    const hrefs = await popup.locator('ol.channels a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toEqual([
      'https://www.amazon.com/gp/help/customer/display.html?nodeId=GQ37ZCNECJKTFYQV',
      'https://www.amazon.com/report/infringement',
    ]);
    const summary = await popup.locator('#cg-summary').inputValue();
    expect(summary).toContain(BELT_A.url);
    expect(summary).toContain(SELLER);
    await popup.screenshot({ path: outputPath('popup-report-saved-chromium.png'), fullPage: true });
    await popup.close();

    // Stored exactly once, before the UI said so.
    const before = await storedReports(h);
    expect(Object.keys(before)).toHaveLength(1);
    const [key, rec] = Object.entries(before)[0]!;
    reportId = rec.id;
    reportDate = rec.createdAt.slice(0, 10);
    expect(key).toBe(`report:${rec.id}`);
    expect(rec).toMatchObject({ reason: 'misuses-brand', note: NOTE, listing: { title: TITLE_A, url: BELT_A.url } });
    expect(rec.sellerKey).toBe(`amazon:id:${SELLER_ID.toLowerCase()}`);

    // Stop the worker; the next message must start a new one.
    await expect.poll(() => h.workerStatus()).toBe('running');
    const startsBefore = h.starts();
    await stopServiceWorker(s);
    await expect.poll(() => h.workerStatus()).toBe('stopped');
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'report/list' }).catch(() => null));
    await expect.poll(() => h.starts(), { timeout: 15_000 }).toBe(startsBefore + 1);

    await options.waitForSelector('ul.reports > li.report');
    expect(await options.locator('ul.reports > li.report').count()).toBe(1);
    await options.getByLabel('Search reports').fill('Interlocking G Buckle');
    await expect.poll(() => options.locator('ul.reports > li.report').count()).toBe(1);
    const row = options.locator(`li.report[data-id="${reportId}"]`);
    expect(await row.locator('a.report-title').textContent()).toBe(TITLE_A);
    expect(await row.locator('.report-meta').textContent()).toContain(`Seller: ${SELLER}`);
    expect(await row.locator('.report-meta').textContent()).toContain(`Reported on ${reportDate}`);
    expect(await row.locator('.note').textContent()).toBe(NOTE);
    expect(await row.locator('.status').textContent()).toBe('Saved on this computer');
    // A search that matches nothing hides it (the search really filters).
    await options.getByLabel('Search reports').fill('no such listing zzz');
    await expect.poll(() => options.locator('ul.reports > li.report').count()).toBe(0);
    await options.getByLabel('Search reports').fill('');
    await options.screenshot({ path: outputPath('options-history-chromium.png'), fullPage: true });
    await options.close();

    const after = await storedReports(h);
    expect(Object.keys(after)).toEqual([`report:${reportId}`]);
  });

  it('exports the history as JSON and CSV files that contain the report', async () => {
    expect(reportId, 'report test must have run').not.toBe('');
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options.waitForSelector('ul.reports > li.report');

    const [json] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^copycat-guard-reports-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(readFileSync(await json.path(), 'utf8')) as { format: string; version: number; reports: { id: string; note?: string; listing: { title: string } }[] };
    expect(file.format).toBe('copycat-guard-reports');
    expect(file.version).toBe(1);
    expect(file.reports).toHaveLength(1);
    expect(file.reports[0]).toMatchObject({ id: reportId, note: NOTE, reason: 'misuses-brand', listing: { title: TITLE_A } });

    const [csv] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^copycat-guard-reports-\d{4}-\d\d-\d\d\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['id', 'createdAt', 'site', 'reason']);
    expect(lines[1]!.startsWith(`${reportId},`)).toBe(true);
    expect(lines[1]).toContain(',amazon,misuses-brand,');
    expect(lines[1]).toContain(`"${TITLE_A.replace(/"/g, '""')}"`);
    expect(lines[1]).toContain(SELLER_ID);
    await options.close();
  });

  it('flags the reported seller on their next listing', async () => {
    expect(reportDate, 'report test must have run').not.toBe('');
    const pageB = await openBadged(s, BELT_B.url, BELT_B.html);
    // 45 (price) + 35 (reported seller) = 80 → high.
    expect(await pageB.locator(BADGE_TAG).first().getAttribute('data-level')).toBe('high');
    const popup = await popupFor(await tabOf(h, BELT_B.url));
    expect(await popup.locator('[data-signal="reported-seller"]').textContent()).toContain(
      `You reported this seller ("${SELLER}") on ${reportDate}.`,
    );
    expect(await popup.locator('[data-testid="summary"]').textContent()).toContain('a seller you reported before');
    await popup.close();
    await pageB.close();
  });

  it('keyboard: Tab to the badge, Enter opens its panel, Tab to "Details →", Enter opens the listing’s popup page', async () => {
    expect(tabA, 'first test must have run').toBeGreaterThanOrEqual(0);
    await pageA.bringToFront();
    await pageA.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let onBadge = false;
    for (let i = 0; i < 30 && !onBadge; i++) {
      await pageA.keyboard.press('Tab');
      // A closed shadow root retargets document.activeElement to its host.
      onBadge = await pageA.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, BADGE_TAG);
    }
    expect(onBadge, 'Tab reaches the badge').toBe(true);
    await pageA.keyboard.press('Enter');
    await pageA.keyboard.press('Tab');
    // Still inside the badge (its Details button), not on the next link of the page.
    expect(await pageA.evaluate((tag) => document.activeElement?.tagName.toLowerCase() === tag, BADGE_TAG)).toBe(true);
    const opened = s.context.waitForEvent('page', { timeout: 10_000 });
    await pageA.keyboard.press('Enter');
    const details = await opened.catch(() => {
      throw new Error('Enter on "Details →" opened no tab (the badge\'s click handler did not recognise the Details button)');
    });
    await details.waitForLoadState();
    const u = new URL(details.url());
    expect(u.protocol).toBe('chrome-extension:');
    expect(u.pathname).toBe('/popup.html');
    expect(u.searchParams.get('tab')).toBe(String(tabA));
    expect(u.searchParams.get('ref')).toBeTruthy();
    await details.waitForSelector('#product-title', { timeout: 15_000 });
    expect(await details.locator('#product-title').textContent()).toBe(TITLE_A);
    expect(await details.locator('[data-testid="summary"]').textContent()).toBe(
      'Caution: this Gucci belt may not be genuine: a price far below genuine.',
    );
    await details.close();
  });
});
