/**
 * The background's message router: the trust boundary. Every message is parsed with zod before anything acts on it.
 * Content-script messages (cs/…) are accepted only from a tab; popup messages (popup/…) only from this extension's
 * own pages. Messages from other extensions or from web pages are refused.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  CsToBg,
  PopupToBg,
  type CsHelloReply,
  type CsScoreReply,
  type ErrorReply,
  type Explanation,
} from '../messages';
import type { PageRecord } from './page-store';
import { forgetTab, getPage } from './page-store';
import { getSettings } from '../settings';
import { explain } from './explain';
import { handleScore } from './score';
import { handleReportMessage, type ReportReply } from './report-handlers';

type Reply =
  | { ok: true; opened: true }
  | ReportReply
  | CsHelloReply
  | CsScoreReply
  | ErrorReply
  | { ok: true; page: PageRecord | null }
  | { ok: true; explanation: Explanation; item: PageRecord['items'][number] };

/** True when a message comes from this extension (its content script or its pages). */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * The popup, the options page and the popup page opened in a tab ("Details →"). Browsers set `sender.tab` for an
 * extension page shown in a tab, so the URL decides; a content script's `sender.url` is the shop page's.
 */
function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

function typeOf(raw: unknown): string {
  return raw && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string'
    ? (raw as { type: string }).type
    : '';
}

export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> {
  if (!isOwnSender(sender)) return { ok: false, error: 'refused: not from this extension' };
  const type = typeOf(raw);
  if (type.startsWith('report/')) {
    if (!isExtensionPage(sender)) return { ok: false, error: 'refused: report messages come from extension pages' };
    return handleReportMessage(raw);
  }
  if (type.startsWith('popup/')) {
    if (!isExtensionPage(sender)) return { ok: false, error: 'refused: popup messages come from extension pages' };
    const parsed = PopupToBg.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid message: ${summariseIssues(parsed.error.issues)}` };
    return handlePopup(parsed.data);
  }
  if (!sender.tab) return { ok: false, error: 'refused: content-script messages come from a tab' };
  const parsed = CsToBg.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `invalid message: ${summariseIssues(parsed.error.issues)}` };
  const msg = parsed.data;
  switch (msg.type) {
    case 'cs/hello': {
      const settings = await getSettings();
      return {
        ok: true,
        enabled: !settings.disabledSites.includes(msg.site),
        version: browser.runtime.getManifest().version,
        onlyWarnings: settings.onlyWarnings,
        language: settings.language,
      };
    }
    case 'cs/score':
      return handleScore(msg, sender.tab.id);
    case 'cs/open-details': {
      const tabId = sender.tab.id;
      if (tabId === undefined) return { ok: false, error: 'no tab' };
      const query = new URLSearchParams({ tab: String(tabId), ref: msg.ref });
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${query}`) });
      return { ok: true, opened: true };
    }
  }
}

async function handlePopup(msg: PopupToBg): Promise<Reply> {
  switch (msg.type) {
    case 'popup/page':
      return { ok: true, page: await getPage(msg.tabId) };
    case 'popup/explain': {
      const page = await getPage(msg.tabId);
      const item = page?.items.find((i) => i.ref === msg.ref);
      if (!item) return { ok: false, error: 'that listing is no longer on record for this tab' };
      return { ok: true, item, explanation: explain(item.listing, item.verdict) };
    }
    case 'popup/check-page': {
      await handleScore(
        {
          type: 'cs/score',
          pageUrl: msg.pageUrl,
          pageKind: msg.pageKind,
          items: msg.listings.map((listing, i) => ({ ref: `g${i + 1}`, listing })),
        },
        msg.tabId,
      );
      return { ok: true, page: await getPage(msg.tabId) };
    }
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
  browser.tabs.onRemoved.addListener((tabId: number) => void forgetTab(tabId));
}
