/**
 * Everything the options page asks of the browser, behind one interface so its views can be tested with a fake
 * (or with the real store on WXT's fakeBrowser). The options page reads and writes the report store directly
 * (same extension storage); sending stays in the background, which it nudges with `report/send-now`.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '../settings';
import { getReportEndpoint, setReportEndpoint } from './endpoint';
import { importReports, type ImportResult } from './import-reports';
import { migrateReports } from './migrate';
import type { Report } from './schema';
import { rearmPending, retryReport } from './send-queue';
import { deleteReport, discardQuarantined, listReports, restoreReport, type ReportList } from './store';

/** The ordinary settings (whether or not lib/settings.ts already declares `reportEndpoint`). */
export type BaseSettings = Omit<Settings, 'reportEndpoint'>;
export type OptionsSettings = BaseSettings & { reportEndpoint: string | null };

export interface OptionsApi {
  listReports(): Promise<ReportList>;
  deleteReport(id: string): Promise<Report | null>;
  restoreReport(report: Report): Promise<void>;
  /** Queue a report for sending now (local / failed / pending). */
  sendReport(id: string): Promise<void>;
  importJson(text: string): Promise<ImportResult>;
  discardQuarantined(key: string): Promise<void>;
  download(filename: string, mime: string, text: string): void;
  copy(text: string): Promise<boolean>;
  loadSettings(): Promise<OptionsSettings>;
  /** Save the ordinary settings; the stored endpoint is kept. */
  saveSettings(s: BaseSettings): Promise<void>;
  /** Back to defaults, endpoint removed. */
  resetSettings(): Promise<void>;
  /** Ask for a host permission. Call it synchronously from a click handler (browsers require a user gesture). */
  requestPermission(pattern: string): Promise<boolean>;
  /** Store (or clear) the endpoint and re-arm pending reports. */
  saveEndpoint(url: string | null): Promise<void>;
  uiLanguage(): string;
}

async function nudgeBackground(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'report/send-now' });
  } catch {
    // background not reachable: the alarm set by the store still runs the queue
  }
}

export const browserOptionsApi: OptionsApi = {
  async listReports() {
    await migrateReports().catch(() => undefined);
    return listReports();
  },
  deleteReport,
  async restoreReport(r) {
    await restoreReport(r);
  },
  async sendReport(id) {
    await retryReport(id);
    await nudgeBackground();
  },
  importJson: importReports,
  discardQuarantined,
  download(filename, mime, text) {
    // Why the BOM for CSV: spreadsheet programs otherwise read UTF-8 Chinese titles as mojibake.
    const blob = new Blob([mime.startsWith('text/csv') ? '\ufeff' + text : text], { type: mime });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  async loadSettings() {
    const [s, endpoint] = await Promise.all([getSettings(), getReportEndpoint()]);
    return { ...(s as BaseSettings), reportEndpoint: endpoint?.url ?? null };
  },
  async saveSettings(s) {
    const raw = ((await settingsItem.getValue()) ?? {}) as Partial<OptionsSettings>;
    await settingsItem.setValue({ ...s, ...(raw.reportEndpoint !== undefined ? { reportEndpoint: raw.reportEndpoint } : {}) } as Settings);
  },
  async resetSettings() {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, reportEndpoint: null } as Settings);
  },
  requestPermission(pattern) {
    return browser.permissions.request({ origins: [pattern] }).catch(() => false);
  },
  async saveEndpoint(url) {
    await setReportEndpoint(url);
    if (url) {
      await rearmPending();
      await nudgeBackground();
    }
  },
  uiLanguage() {
    return browser.i18n?.getUILanguage?.() ?? navigator.language;
  },
};
