/** The toolbar icon shows the current page's worst level: a coloured mark, no numbers to misread. */
import { browser } from 'wxt/browser';
import type { RiskLevel } from '../schema/verdict';

const LOOK: Record<RiskLevel, { text: string; color: string } | null> = {
  high: { text: '!', color: '#b42318' },
  caution: { text: '?', color: '#b45309' },
  low: { text: '✓', color: '#15803d' },
  none: null,
};

type ActionApi = {
  setBadgeText(d: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void>;
  setTitle?(d: { tabId?: number; title: string }): Promise<void>;
};

function action(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export async function showLevel(tabId: number, level: RiskLevel, counts: { checked: number; flagged: number }): Promise<void> {
  const api = action();
  if (!api) return;
  const look = LOOK[level];
  try {
    await api.setBadgeText({ tabId, text: look?.text ?? '' });
    if (look) await api.setBadgeBackgroundColor({ tabId, color: look.color });
    await api.setTitle?.({
      tabId,
      title: `Copycat Guard — ${counts.checked} checked, ${counts.flagged} flagged`,
    });
  } catch {
    // The tab may have closed meanwhile.
  }
}
