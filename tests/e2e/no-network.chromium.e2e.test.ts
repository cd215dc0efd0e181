/**
 * Issue #8, "No network without the user": browse served marketplace pages (Amazon, eBay, AliExpress fixtures), let
 * the badges render, open the popup page, file a report with NO endpoint configured, open the options page — and prove
 * the extension made no request of its own:
 * - none from the service worker (`request.serviceWorker()`), none from an extension page (frame URL chrome-extension://);
 * - content scripts fetch as the page, so their requests cannot be told apart by origin: instead the same pages are
 *   browsed in a browser WITHOUT the extension and the two sets of request URLs must be equal.
 * A final probe makes the worker and an extension page each fetch once, to show the detector does see such requests
 * (so a green run means "none happened", not "none could be seen").
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openBadged, tabIdFor, type ChromiumSession } from './chromium';
import { fixturePage } from './pages';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

const PAGES = [
  fixturePage('amazon', 'search'),
  fixturePage('amazon', 'product'),
  fixturePage('ebay', 'search'),
  fixturePage('ebay', 'product'),
  fixturePage('aliexpress', 'search'),
  fixturePage('aliexpress', 'product-new'),
];
const PROBE = 'https://probe.invalid/';

interface Seen {
  url: string;
  /** The service worker that asked, or '' */
  worker: string;
  /** The frame that asked ('' for a worker). */
  frame: string;
}

function describeRequest(r: Request): Seen {
  const worker = r.serviceWorker()?.url() ?? '';
  let frame = '';
  try {
    frame = r.frame().url();
  } catch {
    // service-worker requests have no frame
  }
  return { url: r.url(), worker, frame };
}

const fromExtension = (x: Seen) => x.worker !== '' || x.frame.startsWith('chrome-extension://');
/** Loads that never leave the browser: the extension's own packaged files, blob: (exports) and data: URLs. */
const isLocal = (x: Seen) => /^(chrome-extension|blob|data):/.test(x.url);
/** What the extension itself asked of the network. */
const extensionNetwork = (xs: Seen[]) => xs.filter((x) => fromExtension(x) && !isLocal(x));
const webUrls = (xs: Seen[]) => [...new Set(xs.filter((x) => !fromExtension(x) && /^https?:/.test(x.url)).map((x) => x.url))].sort();

/** Open every page in its own tab; with the extension, wait for the content script's first pass. */
async function browse(s: ChromiumSession, withExtension: boolean): Promise<void> {
  for (const p of PAGES) {
    if (withExtension) {
      const page = await openBadged(s, p.url, p.html);
      await page.waitForLoadState('load');
    } else {
      await s.serve(p.url, p.html);
      const page = await s.context.newPage();
      await page.goto(p.url, { waitUntil: 'load' });
    }
  }
  // Give late requests (lazy images, a content script's second pass, observers) the same time in both runs.
  await new Promise((r) => setTimeout(r, 1500));
}

describe('Chromium: the extension makes no network request of its own', () => {
  let withExt: ChromiumSession;
  let without: ChromiumSession;
  const seenWith: Seen[] = [];
  const seenWithout: Seen[] = [];

  beforeAll(async () => {
    without = await launchChromium({ withExtension: false });
    without.context.on('request', (r) => seenWithout.push(describeRequest(r)));
    await browse(without, false);
    await without.close();

    withExt = await launchChromium();
    withExt.context.on('request', (r) => seenWith.push(describeRequest(r)));
  });
  afterAll(async () => {
    await withExt?.close();
  });

  it('browsing marketplace pages with badges: the same page requests as without the extension, none from it', async () => {
    await browse(withExt, true);
    // The fixtures do make page requests (images), so the comparison below compares something.
    expect(webUrls(seenWithout).length).toBeGreaterThan(0);
    expect(extensionNetwork(seenWith)).toEqual([]);
    expect(webUrls(seenWith)).toEqual(webUrls(seenWithout));
    expect(withExt.unserved.filter((u) => u.fromExtension)).toEqual([]);
  });

  let popup: Page;
  it('opening the popup page for a product tab: no request', async () => {
    const tabId = await tabIdFor(withExt, PAGES[1]!.url);
    popup = await withExt.openPopup(`?tab=${tabId}`);
    // Rendered past "Reading this page…" (whatever view it shows).
    await popup.waitForFunction(() => {
      const main = document.querySelector('main.popup');
      return main !== null && main.children.length > 1 && !main.textContent?.includes('Reading this page');
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(extensionNetwork(seenWith)).toEqual([]);
  });

  it('filing a report from the popup without an endpoint: saved locally, and no request', async () => {
    await popup.waitForSelector('[data-testid="report-button"]', { timeout: 15_000 });
    await popup.click('[data-testid="report-button"]');
    await popup.getByLabel('It looks counterfeit').check();
    await popup.fill('#cg-note', 'no-network e2e');
    await popup.click('[data-testid="report-submit"]');
    await popup.waitForSelector('[data-testid="report-saved"]', { timeout: 10_000 });
    const sw = await withExt.serviceWorker();
    const stored = (await sw.evaluate(() => chrome.storage.local.get(null))) as Record<string, { send?: { status?: string } }>;
    const reports = Object.entries(stored).filter(([k]) => k.startsWith('report:'));
    expect(reports).toHaveLength(1);
    expect(reports[0]![1].send?.status).toBe('local');
    // Wait past the send queue's immediate attempt (it runs right after a save when an endpoint is set).
    await new Promise((r) => setTimeout(r, 1500));
    expect(extensionNetwork(seenWith)).toEqual([]);
    await popup.close();
  });

  it('opening the options page (history and settings): no request', async () => {
    const options = await withExt.context.newPage();
    await options.goto(`chrome-extension://${withExt.extensionId}/options.html`);
    // The history has loaded (whether or not the report above could be filed) and the settings form is shown.
    await options.waitForSelector('section.history', { timeout: 10_000 });
    await options.waitForSelector('section.settings', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(extensionNetwork(seenWith)).toEqual([]);
    expect(withExt.unserved.filter((u) => u.fromExtension)).toEqual([]);
    // The observer did see the extension pages load their own files: it watches them, and they asked for nothing else.
    expect(seenWith.filter((x) => fromExtension(x) && isLocal(x)).length).toBeGreaterThan(0);
    // After everything, still exactly the page requests a browser without the extension makes.
    expect(webUrls(seenWith)).toEqual(webUrls(seenWithout));
    await options.close();
  });

  it('the detector does see a request from the worker and from an extension page (probe)', async () => {
    const sw = await withExt.serviceWorker();
    await sw.evaluate((u) => fetch(u + 'worker').then(() => 0, () => 0), PROBE);
    const page = await withExt.context.newPage();
    await page.goto(`chrome-extension://${withExt.extensionId}/options.html`);
    await page.evaluate((u) => fetch(u + 'page').then(() => 0, () => 0), PROBE);
    await expect.poll(() => extensionNetwork(seenWith).map((x) => x.url).sort()).toEqual([PROBE + 'page', PROBE + 'worker']);
    expect(seenWith.find((x) => x.url === PROBE + 'worker')?.worker).toMatch(/^chrome-extension:\/\//);
    await page.close();
  });
});
