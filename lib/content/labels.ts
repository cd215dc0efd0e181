/** The few words the in-page badge needs, in the UI languages. Kept tiny: this ships in the content script. */
import type { Lang } from '../schema/verdict';

export type BadgeKind = 'high' | 'caution' | 'official' | 'clear' | 'dupe';

export const BADGE_LABELS: Record<Lang, Record<BadgeKind, string>> = {
  en: {
    high: 'Likely copy',
    caution: 'Check seller',
    official: 'Official store',
    clear: 'No warning signs',
    dupe: 'Sold as lookalike',
  },
  zh: {
    high: '疑似仿品',
    caution: '请核实卖家',
    official: '官方店铺',
    clear: '未见风险迹象',
    dupe: '标明为平替款',
  },
};

export const UI_WORDS: Record<Lang, { name: string; reasons: string; more: string; close: string; score: string }> = {
  en: { name: 'Copycat Guard', reasons: 'Why', more: 'Details', close: 'Close', score: 'Risk score' },
  zh: { name: '仿品卫士', reasons: '原因', more: '详情', close: '关闭', score: '风险分' },
};

export function pickLang(setting: 'auto' | 'en' | 'zh', navigatorLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (navigatorLanguage ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
