/** Popup words in the UI languages (English, Simplified Chinese). Verdict and signal texts come with the verdict. */
import type { Lang, RiskLevel } from '../schema/verdict';

export interface PopupStrings {
  title: string;
  loading: string;
  levels: Record<RiskLevel, string>;
  dupe: string;
  score: string;
  why: string;
  noSignals: string;
  genuinePrice: (price: string, type: string, source: string, asOf: string) => string;
  whereSafe: string;
  officialStoresHere: (market: string) => string;
  brandSite: string;
  cannotKnow: string;
  cannotKnowItems: string[];
  searchChecked: (checked: number, flagged: number) => string;
  flaggedHeading: string;
  noneFlagged: string;
  showOnPage: string;
  unsupported: string;
  checkPage: string;
  checking: string;
  checkFailed: string;
  nothingFound: string;
  nothingHere: string;
  report: string;
  settings: string;
  reasonLegend: string;
  reasons: Record<'looks-counterfeit' | 'misuses-brand' | 'received-fake' | 'other', string>;
  noteLabel: string;
  saveReport: string;
  saving: string;
  reportSaved: string;
  nextSteps: string;
  summaryLabel: string;
  copy: string;
  copied: string;
  back: string;
  saveFailed: string;
}

export const STRINGS: Record<Lang, PopupStrings> = {
  en: {
    title: 'Copycat Guard',
    loading: 'Reading this page…',
    levels: { high: 'High risk', caution: 'Caution', low: 'Low risk', none: 'No verdict' },
    dupe: 'Sold as a lookalike',
    score: 'Risk score',
    why: 'Why',
    noSignals: 'No signals either way.',
    genuinePrice: (price, type, source, asOf) =>
      `A new genuine ${type} normally costs at least ${price} (${source}; ${asOf}).`,
    whereSafe: 'Where to buy safely',
    officialStoresHere: (market) => `Official or authorised on ${market}:`,
    brandSite: 'The brand’s own shop:',
    cannotKnow: 'What this verdict cannot know',
    cannotKnowItems: [
      'It reads only what the listing page shows; it has not seen or handled the item.',
      'Genuine prices are conservative floors from the bundled brand data, which can be out of date.',
      'A low-risk verdict is not a guarantee: a trusted-looking seller can still ship a fake.',
    ],
    searchChecked: (checked, flagged) => `${checked} listings checked on this page, ${flagged} flagged.`,
    flaggedHeading: 'Flagged listings',
    noneFlagged: 'None of the listings checked so far shows warning signs.',
    showOnPage: 'Show on page',
    unsupported: 'This shop is not one Copycat Guard reads by itself.',
    checkPage: 'Check this page',
    checking: 'Checking…',
    checkFailed: 'This page could not be read.',
    nothingFound: 'No product found on this page.',
    nothingHere: 'Open a product or search page on a supported marketplace to see its risk.',
    report: 'Report this listing',
    settings: 'Settings and reports',
    reasonLegend: 'Why are you reporting it?',
    reasons: {
      'looks-counterfeit': 'It looks counterfeit',
      'misuses-brand': 'It misuses the brand name',
      'received-fake': 'I received a fake',
      other: 'Something else',
    },
    noteLabel: 'Note (optional, stays in your browser)',
    saveReport: 'Save report',
    saving: 'Saving…',
    reportSaved: 'Report saved in this browser.',
    nextSteps: 'Next steps',
    summaryLabel: 'Summary to paste into a claim or report form',
    copy: 'Copy summary',
    copied: 'Copied',
    back: 'Back',
    saveFailed: 'The report could not be saved.',
  },
  zh: {
    title: '仿品卫士',
    loading: '正在读取本页…',
    levels: { high: '高风险', caution: '需注意', low: '低风险', none: '无结论' },
    dupe: '以平替款出售',
    score: '风险分',
    why: '原因',
    noSignals: '没有发现任何信号。',
    genuinePrice: (price, type, source, asOf) => `全新正品${type}通常不低于 ${price}（${source}；${asOf}）。`,
    whereSafe: '安全购买渠道',
    officialStoresHere: (market) => `${market} 上的官方或授权店铺：`,
    brandSite: '品牌官方网站：',
    cannotKnow: '本结论无法知道的事',
    cannotKnowItems: [
      '它只读取商品页面上显示的内容，没有见过或检验过实物。',
      '正品价格是内置品牌数据中的保守下限，可能已过时。',
      '低风险不等于保证：看起来可信的卖家也可能发出假货。',
    ],
    searchChecked: (checked, flagged) => `本页已检查 ${checked} 件商品，其中 ${flagged} 件有风险提示。`,
    flaggedHeading: '有风险提示的商品',
    noneFlagged: '目前检查过的商品均未发现风险迹象。',
    showOnPage: '在页面中显示',
    unsupported: '仿品卫士不会自动读取这家网店。',
    checkPage: '检查本页',
    checking: '正在检查…',
    checkFailed: '无法读取本页。',
    nothingFound: '本页未找到商品。',
    nothingHere: '打开受支持平台的商品页或搜索页即可查看风险。',
    report: '举报该商品',
    settings: '设置与举报记录',
    reasonLegend: '举报原因',
    reasons: {
      'looks-counterfeit': '看起来是假货',
      'misuses-brand': '冒用品牌名称',
      'received-fake': '我收到了假货',
      other: '其他原因',
    },
    noteLabel: '备注（可选，仅保存在你的浏览器中）',
    saveReport: '保存举报',
    saving: '正在保存…',
    reportSaved: '举报已保存在本浏览器中。',
    nextSteps: '下一步',
    summaryLabel: '可粘贴到投诉或举报表单的摘要',
    copy: '复制摘要',
    copied: '已复制',
    back: '返回',
    saveFailed: '举报未能保存。',
  },
};
