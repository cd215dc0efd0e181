/**
 * What the content script does on a marketplace page. Small on purpose: no brand data, no scoring here.
 * hello (is this site on? which language?) → the site's adapter → ShopPageRunner (read, batch, badge).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Adapter } from '../adapters/types';
import type { CsHello, CsScore } from '../messages';
import { readHelloReply, readRevealRequest, readScoreReply, type ScoreReply } from './replies';
import { marketplaceForUrl, type SiteId } from '../sites';
import { pickLang } from './labels';
import { ShopPageRunner } from './runner';

/** Our status element on the page (empty, closed shadow root): tests and the page can see we ran, nothing more. */
export const HOST_TAG = 'copycat-guard-root';

/** The part of WXT's ContentScriptContext we use (the popup's one-shot "Check this page" script passes its own). */
export type RunContext = Pick<ContentScriptContext, 'isInvalid' | 'setTimeout' | 'onInvalidated' | 'addEventListener'>;

/**
 * Run on this page. `site` defaults to the marketplace of the URL; the one-shot generic check passes 'generic'.
 */
export async function runShopPage(ctx: RunContext, adapter: Adapter, fallback?: Adapter, site?: SiteId): Promise<void> {
  const siteId = site ?? marketplaceForUrl(location.href)?.id;
  if (!siteId) return;
  const hello: CsHello = { type: 'cs/hello', url: location.href.slice(0, 2048), site: siteId };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(hello);
  } catch {
    return; // background unavailable (extension reloading): do nothing on the page
  }
  if (ctx.isInvalid) return;
  const hi = readHelloReply(reply);
  if (!hi?.enabled) return;
  const host = mountHost(siteId);

  const runner = new ShopPageRunner({
    doc: document,
    url: () => location.href,
    adapter,
    fallback,
    lang: pickLang(hi.language, navigator.language),
    onlyWarnings: hi.onlyWarnings,
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    send: (msg: CsScore) => sendScore(msg),
    openDetails: (ref) => void browser.runtime.sendMessage({ type: 'cs/open-details', ref }).catch(() => undefined),
    onBatch: (stats) => {
      host.setAttribute('data-badged', String(stats.badged));
      host.setAttribute('data-read', String(stats.read));
    },
  });
  const onMessage = (raw: unknown) => {
    const msg = readRevealRequest(raw);
    if (msg) runner.reveal(msg.ref);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    runner.stop();
    browser.runtime.onMessage.removeListener(onMessage);
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => runner.onNavigate());
  await runner.start();
  host.setAttribute('data-page-kind', runner.stats.pageKind);
  host.setAttribute('data-state', 'ready');
}

async function sendScore(msg: CsScore): Promise<ScoreReply | null> {
  try {
    return readScoreReply(await browser.runtime.sendMessage(msg));
  } catch {
    return null;
  }
}

function mountHost(site: string): HTMLElement {
  // Ours is always a child of <html> (a previous instance of this script may have left one): look there only, not
  // through the whole document (a miss walked every element: ≈ 1.3 ms on a real 60-card search page).
  for (const child of document.documentElement.children) if (child.localName === HOST_TAG) return child as HTMLElement;
  const host = document.createElement(HOST_TAG);
  // No box: an element appended to <html> outside <body> would otherwise be laid out and painted at the root, and
  // every attribute we set on it would dirty the whole document's layout and paint.
  host.style.setProperty('display', 'none', 'important');
  host.setAttribute('data-site', site);
  host.attachShadow({ mode: 'closed' });
  host.setAttribute('data-state', 'starting');
  document.documentElement.append(host);
  return host;
}
