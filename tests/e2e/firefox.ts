/**
 * Firefox harness: starts Firefox ESR headless with a fresh profile and its remote agent, speaks WebDriver BiDi over
 * a WebSocket (Node 20: run with --experimental-websocket), installs the built .output/firefox-mv2 as a temporary
 * add-on with `webExtension.install`, and serves saved pages at real marketplace URLs by intercepting requests
 * (`network.addIntercept` + `network.provideResponse`, supported since Firefox 129) — so the production
 * content-script matches are exercised here too. Requests nothing serves are failed and recorded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFirefox } from './browsers';
import { FIREFOX_BUILD } from './paths';

/** The fixed moz-extension:// UUID we give the add-on, so tests can open its pages. */
export const FIREFOX_EXTENSION_UUID = '6c0e1b52-4a8e-4f1e-9d7e-2b9c3c1f0a11';
export const FIREFOX_EXTENSION_ID = 'copycat-guard@copycat-guard.org';

type Json = Record<string, unknown>;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

// Prefs that keep a test profile quiet on a machine without network, and allow an unsigned temporary add-on.
const PREFS: Record<string, string | number | boolean> = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID }),
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'services.settings.server': 'data:,',
};

export class BiDi {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: Json) => void; reject: (e: Error) => void; method: string }>();
  private listeners: ((method: string, params: Json) => void)[] = [];
  constructor(private ws: WebSocket) {
    ws.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data)) as Json;
      if (typeof msg.id === 'number') {
        const p = this.pending.get(msg.id);
        if (!p) return;
        this.pending.delete(msg.id);
        if (msg.type === 'error') p.reject(new Error(`${p.method}: ${String(msg.error)}: ${String(msg.message)}`));
        else p.resolve((msg.result ?? {}) as Json);
      } else if (msg.type === 'event') {
        for (const l of this.listeners) l(String(msg.method), (msg.params ?? {}) as Json);
      }
    });
  }
  send(method: string, params: Json = {}): Promise<Json> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
  on(listener: (method: string, params: Json) => void): void {
    this.listeners.push(listener);
  }
}

export interface FirefoxSession {
  bidi: BiDi;
  /** A top-level browsing context (tab) id. */
  context: string;
  serve(url: string, html: string): void;
  unserved: string[];
  navigate(url: string, context?: string): Promise<void>;
  /** Evaluate an expression in a tab (main world; default: the first tab) and return its JSON value. */
  evaluate<T = unknown>(expression: string, context?: string): Promise<T>;
  waitFor(expression: string, timeoutMs?: number, context?: string): Promise<void>;
  screenshot(file: string, context?: string): Promise<void>;
  extensionUrl(pagePath: string): string;
  /**
   * Open one of the extension's own pages (popup.html, options.html) in a new tab and return the tab's context id.
   * Web content may not navigate to moz-extension:// URLs, so this asks the browser chrome to open it
   * (the remote agent runs with --remote-allow-system-access for this).
   */
  openExtensionPage(pagePath: string): Promise<string>;
  /**
   * Press the add-on's toolbar button on tab `context` (brought to the front first): Firefox's own browser-action
   * handler (`triggerAction`, what a click or the _execute_browser_action shortcut runs) in the browser chrome, which
   * grants activeTab for that tab and opens the popup. Resolves with the WebExtension tab id, read by an extension
   * page from tabs.query (the tab's URL is visible to the add-on only after the grant).
   */
  pressToolbarButton(url: string, context?: string): Promise<number>;
  closeContext(context: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { withExtension?: boolean } = {}): Promise<FirefoxSession> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cg-firefox-'));
  writeFileSync(
    path.join(profile, 'user.js'),
    Object.entries(PREFS)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );
  const port = await freePort();
  const proc: ChildProcess = spawn(
    findFirefox(),
    ['--headless', '--no-remote', '--remote-allow-system-access', '--profile', profile, `--remote-debugging-port=${port}`, '--width=1280', '--height=900'],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));

  const ws = await connectWithRetry(`ws://127.0.0.1:${port}/session`, () => stderr, proc);
  const bidi = new BiDi(ws);
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });

  if (opts.withExtension ?? true) {
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_BUILD } });
  }

  const routes = new Map<string, string>();
  const unserved: string[] = [];
  await bidi.send('session.subscribe', { events: ['network.beforeRequestSent'] });
  await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  bidi.on((method, params) => {
    if (method !== 'network.beforeRequestSent' || !params.isBlocked) return;
    const request = params.request as { request: string; url: string };
    const html = routes.get(request.url) ?? routes.get(request.url.split('#')[0] ?? '');
    if (html === undefined) {
      unserved.push(request.url);
      void bidi.send('network.failRequest', { request: request.request }).catch(() => {});
      return;
    }
    void bidi
      .send('network.provideResponse', {
        request: request.request,
        statusCode: 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'content-type', value: { type: 'string', value: 'text/html; charset=utf-8' } }],
        body: { type: 'base64', value: Buffer.from(html, 'utf8').toString('base64') },
      })
      .catch(() => {});
  });

  const tree = await bidi.send('browsingContext.getTree', {});
  const context = String((tree.contexts as Json[])[0]?.context);

  const evaluate = async <T>(expression: string, target = context): Promise<T> => {
    const r = await bidi.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: target },
      awaitPromise: true,
    });
    if (r.type === 'exception') throw new Error(`evaluate failed: ${JSON.stringify(r.exceptionDetails)}`);
    const value = (r.result as { value?: string }).value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };

  const session: FirefoxSession = {
    bidi,
    context,
    unserved,
    serve(url, html) {
      routes.set(url, html);
    },
    async navigate(url, target = context) {
      await bidi.send('browsingContext.navigate', { context: target, url, wait: 'complete' });
    },
    evaluate,
    async waitFor(expression, timeoutMs = 20_000, target = context) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        if (await evaluate<boolean>(`Boolean(${expression})`, target).catch(() => false)) return;
        if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async screenshot(file, target = context) {
      const r = await bidi.send('browsingContext.captureScreenshot', { context: target });
      writeFileSync(file, Buffer.from(String(r.data), 'base64'));
    },
    extensionUrl(pagePath) {
      return `moz-extension://${FIREFOX_EXTENSION_UUID}/${pagePath.replace(/^\//, '')}`;
    },
    async openExtensionPage(pagePath) {
      const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${pagePath.replace(/^\//, '')}`;
      const chrome = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const chromeContext = String((chrome.contexts as Json[])[0]?.context);
      await bidi.send('script.evaluate', {
        expression: `(() => { const tab = gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }); gBrowser.selectedTab = tab; })()`,
        target: { context: chromeContext },
        awaitPromise: false,
      });
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        const tree = await bidi.send('browsingContext.getTree', {});
        const found = (tree.contexts as { context: string; url: string }[]).find((c) => c.url === url);
        if (found) return found.context;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`extension page ${url} did not open`);
    },
    async pressToolbarButton(url, target = context) {
      await bidi.send('browsingContext.activate', { context: target });
      const chrome = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const chromeContext = String((chrome.contexts as Json[])[0]?.context);
      const r = await bidi.send('script.evaluate', {
        expression: `(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_EXTENSION_ID)});
          // A popup still open from an earlier press would make this press close it (the button toggles), as for a user.
          for (const p of document.querySelectorAll('panel')) if (p.state === 'open' || p.state === 'showing') p.hidePopup();
          await new Promise((r) => setTimeout(r, 50));
          await ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);
          return ext.tabManager.hasActiveTabPermission(gBrowser.selectedTab);
        })()`,
        target: { context: chromeContext },
        awaitPromise: true,
      });
      if ((r.result as { value?: unknown } | undefined)?.value !== true) throw new Error(`the toolbar button gave no activeTab grant: ${JSON.stringify(r)}`);
      const helper = await session.openExtensionPage('options.html#tab-lookup');
      try {
        const id = await evaluate<number | null>(
          `browser.tabs.query({}).then((ts) => (ts.find((t) => t.url === ${JSON.stringify(url)}) || {}).id ?? null)`,
          helper,
        );
        if (id === null) throw new Error(`no tab shows ${url} to the add-on after the toolbar press`);
        return id;
      } finally {
        await bidi.send('browsingContext.close', { context: helper }).catch(() => {});
      }
    },
    async closeContext(target) {
      await bidi.send('browsingContext.close', { context: target }).catch(() => {});
    },
    async close() {
      await bidi.send('session.end', {}).catch(() => {});
      ws.close();
      proc.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      if (proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

async function connectWithRetry(url: string, stderr: () => string, proc: ChildProcess): Promise<WebSocket> {
  if (typeof WebSocket === 'undefined')
    throw new Error('global WebSocket missing: run Node 20 with --experimental-websocket (npm run test:e2e does)');
  const end = Date.now() + 60_000;
  let lastError: unknown;
  while (Date.now() < end) {
    if (proc.exitCode !== null) throw new Error(`Firefox exited (${proc.exitCode}): ${stderr()}`);
    try {
      return await new Promise<WebSocket>((resolve, reject) => {
        const ws = new WebSocket(url);
        ws.addEventListener('open', () => resolve(ws), { once: true });
        ws.addEventListener('error', () => reject(new Error('connect failed')), { once: true });
      });
    } catch (e) {
      lastError = e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`could not reach Firefox's WebDriver BiDi at ${url}: ${String(lastError)}\n${stderr()}`);
}
