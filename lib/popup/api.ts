/**
 * Everything the popup asks of the browser, behind one interface so the views can be tested with a fake.
 * Replies from the background are parsed with zod here, at the receiver.
 */
import { browser } from 'wxt/browser';
import { z } from '../zod';
import { Explanation, type PopupToBg } from '../messages';
import { PageRecord } from '../background/page-store';
import { Listing } from '../schema/listing';
import { Verdict } from '../schema/verdict';
import { getSettings, type Settings } from '../settings';
import type { ReportReason, SaveResult } from '../../components/ReportForm';
import { Text } from '../schema/verdict';

export interface PopupApi {
  activeTab(): Promise<{ id: number; url?: string } | null>;
  /** The tab's current URL when the extension may see it (activeTab after the toolbar press), else undefined. */
  tabUrl?(tabId: number): Promise<string | undefined>;
  page(tabId: number): Promise<PageRecord | null>;
  explain(tabId: number, ref: string): Promise<{ item: PageRecord['items'][number]; explanation: Explanation } | null>;
  reveal(tabId: number, ref: string): Promise<void>;
  /** Run the generic reader on the tab (activeTab + scripting); resolves with the page record, or null. */
  checkPage(tabId: number): Promise<PageRecord | null>;
  settings(): Promise<Settings>;
  saveReport(input: { id: string; reason: ReportReason; note?: string; listing: Listing; verdict?: Verdict }): Promise<SaveResult>;
  copy(text: string): Promise<void>;
  openOptions(): Promise<void>;
  uiLanguage(): string;
  /** The popup page's own query string ("?tab=12&ref=c3"), when opened for one listing. */
  location?(): string;
}

const PageReply = z.object({ ok: z.literal(true), page: z.nullable(PageRecord) });
const ExplainReply = z.object({
  ok: z.literal(true),
  item: z.object({ ref: z.string(), listing: Listing, verdict: Verdict }),
  explanation: Explanation,
});

const SaveReply = z.union([
  z.object({
    ok: z.literal(true),
    report: z.object({ id: z.string(), createdAt: z.string() }),
    nextSteps: z.object({
      channels: z.array(
        z.object({
          kind: z.enum(['listing-report', 'buyer-protection', 'ip-report', 'brand']),
          label: Text,
          url: z.optional(z.string()),
          note: z.optional(z.string()),
        }),
      ),
      summary: Text,
    }),
  }),
  z.object({ ok: z.literal(false), error: z.string(), userError: z.optional(Text) }),
]);

async function ask(msg: PopupToBg | { type: 'report/save'; id: string; input: unknown }): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(msg);
  } catch {
    return null;
  }
}

export const browserPopupApi: PopupApi = {
  async activeTab() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  },
  async tabUrl(tabId) {
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return undefined;
    }
  },
  async page(tabId) {
    const r = PageReply.safeParse(await ask({ type: 'popup/page', tabId }));
    return r.success ? r.data.page : null;
  },
  async explain(tabId, ref) {
    const r = ExplainReply.safeParse(await ask({ type: 'popup/explain', tabId, ref }));
    return r.success ? { item: r.data.item, explanation: r.data.explanation } : null;
  },
  async reveal(tabId, ref) {
    await browser.tabs.sendMessage(tabId, { type: 'popup/reveal', ref }).catch(() => undefined);
  },
  async checkPage(tabId) {
    // Only a record written after this click counts: the tab may still hold one of an earlier page.
    const since = Date.now();
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/check-page.js'] });
    } catch {
      return null;
    }
    // The injected reader sends what it found to the background; wait for the record to appear.
    for (let i = 0; i < 30; i++) {
      const page = await this.page(tabId);
      if (page && page.updatedAt >= since) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  },
  settings: getSettings,
  async saveReport({ id, ...input }) {
    const r = SaveReply.safeParse(await ask({ type: 'report/save', id, input }));
    if (!r.success) return { ok: false, message: 'No answer from the extension; the report was not saved.' };
    if (!r.data.ok) {
      const lang = this.uiLanguage().toLowerCase().startsWith('zh') ? 'zh' : 'en';
      return { ok: false, message: r.data.userError?.[lang] ?? r.data.error };
    }
    return { ok: true, nextSteps: r.data.nextSteps, savedAt: r.data.report.createdAt };
  },
  async copy(text) {
    await navigator.clipboard.writeText(text);
  },
  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
  uiLanguage() {
    return browser.i18n?.getUILanguage?.() ?? navigator.language;
  },
  location() {
    return window.location.search;
  },
};
