/**
 * User settings, stored in browser.storage.local through @wxt-dev/storage with a versioned schema.
 */
import { storage } from '@wxt-dev/storage';
import { z, type Infer } from './zod';
import { SITE_IDS, type SiteId } from './sites';

export const Settings = z.object({
  /** Sites switched off by the user. */
  disabledSites: z.array(z.enum(SITE_IDS)),
  sensitivity: z.enum(['strict', 'balanced', 'relaxed']),
  /** Hide "low"/no-warning badges, show only warnings. */
  onlyWarnings: z.boolean(),
  /** UI language: follow the browser, or a fixed one. */
  language: z.enum(['auto', 'en', 'zh']),
  /** Where reports are POSTed, when the user set one (https; http only for localhost). null: reports stay local. */
  reportEndpoint: z.nullable(z.string().check(z.maxLength(2048))),
});
export type Settings = Infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  sensitivity: 'balanced',
  onlyWarnings: false,
  language: 'auto',
  reportEndpoint: null,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored, repaired field by field: a corrupt field falls back to its default, the rest is kept. */
export async function getSettings(): Promise<Settings> {
  const raw = (await settingsItem.getValue()) as unknown;
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return parsed.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
      const one = Settings.shape[key].safeParse((raw as Record<string, unknown>)[key]);
      if (one.success) out[key] = one.data;
    }
  }
  return out as Settings;
}

export async function isSiteEnabled(site: SiteId): Promise<boolean> {
  return !(await getSettings()).disabledSites.includes(site);
}
