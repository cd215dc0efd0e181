/**
 * Chromium harness: loads the built extension (.output/chrome-mv3) into a fresh headless profile with playwright-core
 * and serves saved pages at real marketplace URLs with context.route(), so the production content-script matches are
 * what gets exercised. Every request that is not served by a test is aborted and recorded: the machine has no
 * network, and tests can assert what the extension asked for.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './browsers';
import { CHROME_BUILD } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Serve `html` at `url` (exact URL, query included or not). */
  serve(url: string, html: string): Promise<void>;
  /** Requests that reached the catch-all (nothing served them): url and the frame/worker that asked. */
  unserved: { url: string; fromExtension: boolean }[];
  serviceWorker(): Promise<Worker>;
  openPopup(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(opts: { extensionDir?: string; withExtension?: boolean } = {}): Promise<ChromiumSession> {
  // CG_CHROME_BUILD: run the tests against another build (e.g. a patched copy, to check a proposed fix).
  const dir = opts.extensionDir ?? process.env.CG_CHROME_BUILD ?? CHROME_BUILD;
  const withExtension = opts.withExtension ?? true;
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cg-chromium-'));
  const args = [
    '--no-first-run',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-default-browser-check',
  ];
  if (withExtension) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args,
    viewport: { width: 1280, height: 900 },
  });
  const unserved: ChromiumSession['unserved'] = [];
  // Registered first, so it runs last: routes run in the reverse order of registration.
  // Only web requests are caught: the extension's own chrome-extension:// files load as usual.
  await context.route(
    (u) => u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:',
    async (route) => {
      const req = route.request();
      const frameUrl = safeFrameUrl(req);
      unserved.push({ url: req.url(), fromExtension: frameUrl.startsWith('chrome-extension://') });
      await route.abort('internetdisconnected');
    },
  );

  let extensionId = '';
  const serviceWorker = async (): Promise<Worker> => {
    const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (found) return found;
    return context.waitForEvent('serviceworker', { timeout: 30_000 });
  };
  if (withExtension) extensionId = new URL((await serviceWorker()).url()).host;

  return {
    context,
    extensionId,
    unserved,
    serviceWorker,
    async serve(url, html) {
      await context.route(url, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    },
    async openPopup(query = '') {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(req: import('playwright-core').Request): string {
  try {
    return req.frame().url();
  } catch {
    return req.serviceWorker()?.url() ?? '';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers for the badge tests (badges.chromium / hostile.chromium). What the content script shows is read from the
// page's DOM: the status element's attributes and each badge host's data-kind / data-level (the shadow roots are
// closed, so nothing else is visible — by design).

// Inside evaluate() callbacks that run in the extension's service worker or pages.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;

export const ROOT_TAG = 'copycat-guard-root';
export const BADGE_TAG = 'copycat-guard-badge';

/** Serve `html` at `url`, open it in a new tab, wait until the content script's first pass is done. */
export async function openBadged(s: ChromiumSession, url: string, html: string, timeout = 20_000): Promise<Page> {
  await s.serve(url, html);
  const page = await s.context.newPage();
  await page.goto(url);
  await page.waitForSelector(`${ROOT_TAG}[data-state="ready"]`, { state: 'attached', timeout });
  return page;
}

/** Badge kinds on the page in document order. */
export function badgeKinds(page: Page): Promise<string[]> {
  return page.evaluate(
    (tag) => [...document.querySelectorAll(tag)].map((b) => b.getAttribute('data-kind') ?? '?'),
    BADGE_TAG,
  );
}

/** For each element matching `cardSelector` (in order): its one badge kind, null for none, 'DOUBLE:…' for two. */
export function badgesPerCard(page: Page, cardSelector: string): Promise<(string | null)[]> {
  return page.evaluate(
    ([sel, tag]) =>
      [...document.querySelectorAll(sel!)].map((card) => {
        const kinds = [...card.querySelectorAll(tag!)].map((b) => b.getAttribute('data-kind') ?? '?');
        return kinds.length === 0 ? null : kinds.length === 1 ? kinds[0]! : `DOUBLE:${kinds.join(',')}`;
      }),
    [cardSelector, BADGE_TAG] as const,
  );
}

/** The tab id the background recorded for `url` (page records are keyed `page:<tabId>` in storage.session). */
export async function tabIdFor(s: ChromiumSession, url: string, timeout = 10_000): Promise<number> {
  const end = Date.now() + timeout;
  for (;;) {
    const sw = await liveServiceWorker(s);
    const id = await sw
      .evaluate(async (u) => {
        const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string; tabId?: number }>;
        const hits = Object.values(all).filter((r) => r && r.url === u);
        if (hits.length > 1) throw new Error(`${hits.length} tabs have a record for ${u}: use a URL unique to the test`);
        return hits[0]?.tabId ?? null;
      }, url)
      .catch((e: unknown) => {
        if (String(e).includes('use a URL unique')) throw e;
        return null;
      });
    if (id !== null) return id;
    if (Date.now() > end) throw new Error(`no page record for ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The toolbar badge text the background set for a tab ('' = none). */
export async function toolbarText(s: ChromiumSession, tabId: number): Promise<string> {
  const sw = await liveServiceWorker(s);
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Stop the extension's service worker the way Chrome does when it idles: CDP's ServiceWorker domain on a page of the
 * extension's own origin (same storage partition), `stopWorker` on the running version of background.js. Resolves
 * once CDP reports that version stopped. Playwright keeps the old Worker object around, so callers get the new one
 * from `nextServiceWorker()` after something wakes the background again.
 */
export async function stopServiceWorker(s: ChromiumSession): Promise<void> {
  for (const w of s.context.serviceWorkers()) stale.add(w);
  const helper = await s.context.newPage();
  await helper.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const cdp = await s.context.newCDPSession(helper);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const latest = new Map<string, Version>();
  const stoppedIds = new Set<string>(); // seen 'stopped' at least once (it may be woken again right away)
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
    for (const v of e.versions) {
      latest.set(v.versionId, v);
      if (v.runningStatus === 'stopped') stoppedIds.add(v.versionId);
    }
  });
  await cdp.send('ServiceWorker.enable');
  const bg = (): Version | undefined => [...latest.values()].find((v) => v.scriptURL.endsWith('/background.js'));
  const waitFor = async (ok: () => boolean, what: string) => {
    const end = Date.now() + 10_000;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`service worker: ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await waitFor(() => bg()?.runningStatus === 'running', 'not running before the stop');
  const versionId = bg()!.versionId;
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  await waitFor(() => stoppedIds.has(versionId), 'did not stop');
  await cdp.send('ServiceWorker.disable').catch(() => undefined);
  await cdp.detach().catch(() => undefined);
  await helper.close();
}

/** Workers stopped by stopServiceWorker (Playwright may keep listing them, and may reattach them on restart). */
const stale = new WeakSet<Worker>();

/**
 * The extension's service worker that answers now. Playwright may report a restarted worker as a new Worker or keep
 * the old object attached to the new instance, so every candidate is asked (a stopped one never answers).
 */
export async function liveServiceWorker(s: ChromiumSession, timeout = 20_000): Promise<Worker> {
  const end = Date.now() + timeout;
  for (;;) {
    const candidates = s.context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
    candidates.sort((a, b) => Number(stale.has(a)) - Number(stale.has(b)));
    for (const w of candidates) {
      const ok = await Promise.race([
        w.evaluate(() => true).catch(() => false),
        new Promise<boolean>((r) => setTimeout(() => r(false), 1000)),
      ]);
      if (ok) return w;
    }
    if (Date.now() > end) throw new Error('no live extension service worker');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Share (0..1) of the pixels of badge `index` (a screenshot of its host) that are within a small distance of colour
 * `hex`. The shadow root is closed, so the rendered pixels are how a test sees the badge's colours. The PNG is
 * decoded by the page's own canvas.
 */
export async function badgeColourShare(page: Page, index: number, hex: string): Promise<number> {
  return colourShare(page, page.locator(BADGE_TAG).nth(index), hex);
}

/** Share (0..1) of the pixels of `target`'s screenshot within a small distance of colour `hex`. */
export async function colourShare(page: Page, target: import('playwright-core').Locator, hex: string): Promise<number> {
  const png = await target.screenshot();
  return page.evaluate(
    async ([b64, colour]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64!}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      const want = [1, 3, 5].map((i) => parseInt(colour!.slice(i, i + 2), 16));
      let hit = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i]! - want[0]!) + Math.abs(d[i + 1]! - want[1]!) + Math.abs(d[i + 2]! - want[2]!) < 30) hit++;
      }
      return hit / (d.length / 4);
    },
    [png.toString('base64'), hex] as const,
  );
}

/**
 * Press the extension's toolbar button for the tab showing `url`, as a user would: CDP `Extensions.triggerAction`
 * on that tab's target (a browser-level session over Playwright's --remote-debugging-pipe). Chromium then opens the
 * popup and grants activeTab for that tab — the same grant a real click gives. (Playwright does not attach to that
 * popup; tests open popup.html?tab=ID in a tab to press its buttons.) Resolves with the tab id, read from the
 * extension's own tabs API, which shows the tab's URL only once activeTab has been granted.
 */
export async function pressToolbarButton(s: ChromiumSession, url: string): Promise<number> {
  const browser = s.context.browser();
  if (!browser) throw new Error('no browser-level CDP session for this context');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { type: string; url: string; targetId: string }[];
    };
    const tabs = targetInfos.filter((t) => t.type === 'tab' && t.url === url);
    if (tabs.length !== 1) throw new Error(`${tabs.length} tabs show ${url}: use a URL unique to the test`);
    await cdp.send('Extensions.triggerAction' as never, { id: s.extensionId, targetId: tabs[0]!.targetId } as never);
  } finally {
    await cdp.detach().catch(() => {});
  }
  const sw = await liveServiceWorker(s);
  const end = Date.now() + 10_000;
  for (;;) {
    const id = await sw.evaluate(async (u) => {
      const all = (await chrome.tabs.query({})) as { id?: number; url?: string }[];
      return all.find((t) => t.url === u)?.id ?? null;
    }, url);
    if (id !== null) return id;
    if (Date.now() > end) throw new Error(`the toolbar button did not grant access to ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The extension's tab ids (without activeTab the tabs API shows no URLs, so a test picks the tab by elimination). */
export async function tabIds(s: ChromiumSession): Promise<number[]> {
  const sw = await liveServiceWorker(s);
  return sw.evaluate(async () => ((await chrome.tabs.query({})) as { id?: number }[]).map((t) => t.id ?? -1));
}
