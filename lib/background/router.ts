/**
 * The background's message router: the trust boundary. Every message is parsed with zod before anything acts on it;
 * messages from other extensions or from web pages (externally) are refused.
 */
import { browser, type Browser } from 'wxt/browser';
import { CsToBg, type CsHelloReply, type ErrorReply } from '../messages';
import { isSiteEnabled } from '../settings';

type Reply = CsHelloReply | ErrorReply;

/** True when a message comes from this extension's own content script or pages. */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  if (!isOwnSender(sender)) return { ok: false, error: 'refused: not from this extension' };
  const parsed = CsToBg.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${summariseIssues(parsed.error.issues)}` };
  const msg = parsed.data;
  switch (msg.type) {
    case 'cs/hello':
      return { ok: true, enabled: await isSiteEnabled(msg.site), version: browser.runtime.getManifest().version };
    case 'cs/score':
      return { ok: false, error: 'scoring is not available in this build' };
  }
}

function summariseIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function registerMessageHandlers(): void {
  // Returning a promise from the listener is the polyfill's way to answer asynchronously.
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) =>
    handleMessage(raw, sender).catch((e: unknown) => ({ ok: false, error: `internal error: ${String(e)}` })),
  );
}
