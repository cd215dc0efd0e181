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
  const dir = opts.extensionDir ?? CHROME_BUILD;
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
