/**
 * What the content script does on a marketplace page. Small on purpose: no brand data, no scoring here.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CsHelloReply, type CsHello } from '../messages';
import { marketplaceForUrl } from '../sites';

/** Our one host element on the page: a custom element whose shadow root holds everything we draw. */
export const HOST_TAG = 'copycat-guard-root';

export async function runShopPage(ctx: ContentScriptContext): Promise<void> {
  const market = marketplaceForUrl(location.href);
  if (!market) return;
  const hello: CsHello = { type: 'cs/hello', url: location.href.slice(0, 2048), site: market.id };
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(hello);
  } catch {
    return; // background unavailable (extension reloading): do nothing on the page
  }
  if (ctx.isInvalid) return;
  const parsed = CsHelloReply.safeParse(reply);
  if (!parsed.success || !parsed.data.enabled) return;
  mountHost(market.id);
}

function mountHost(site: string): void {
  if (document.querySelector(HOST_TAG)) return;
  const host = document.createElement(HOST_TAG);
  host.setAttribute('data-site', site);
  host.attachShadow({ mode: 'closed' });
  host.setAttribute('data-state', 'ready');
  document.documentElement.append(host);
}
