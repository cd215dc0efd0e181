/**
 * Options-page words in English and Simplified Chinese. The language setting overrides the browser's language.
 */
import type { Lang } from '../schema/verdict';
import type { SendStatus } from './schema';

/** "auto" follows the browser: any zh-* UI language → zh, everything else → en. */
export function pickLang(setting: 'auto' | 'en' | 'zh', uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return /^zh\b/i.test(uiLanguage) ? 'zh' : 'en';
}

export interface OptionsStrings {
  title: string;
  historyHeading: string;
  settingsHeading: string;
  loading: string;
  search: string;
  searchPlaceholder: string;
  filterSite: string;
  filterBrand: string;
  filterStatus: string;
  all: string;
  noReports: string;
  noMatches: string;
  shown: (n: number, total: number) => string;
  status: Record<SendStatus, string>;
  reportedOn: (date: string) => string;
  seller: string;
  delete: string;
  deleteLabel: (title: string) => string;
  deleted: (title: string) => string;
  undo: string;
  send: string;
  retry: string;
  lastError: string;
  copySummary: string;
  copied: string;
  summary: string;
  exportJson: string;
  exportCsv: string;
  importJson: string;
  importResult: (added: number, merged: number, rejected: number) => string;
  importRejected: (index: number, reason: string) => string;
  importFailed: (why: string) => string;
  quarantineHeading: string;
  quarantineNote: string;
  quarantineError: string;
  discard: string;
  sensitivity: string;
  sensitivityOptions: Record<'strict' | 'balanced' | 'relaxed', string>;
  sites: string;
  onlyWarnings: string;
  language: string;
  languageOptions: Record<'auto' | 'en' | 'zh', string>;
  endpoint: string;
  endpointHelp: string;
  endpointSave: string;
  endpointClear: string;
  endpointSaved: string;
  endpointCleared: string;
  endpointErrors: Record<'empty' | 'invalid' | 'not-https' | 'credentials' | 'too-long' | 'permission-denied', string>;
  saved: string;
  reset: string;
  resetConfirm: string;
  resetYes: string;
  cancel: string;
  resetDone: string;
}

export const OPTIONS_STRINGS: Record<Lang, OptionsStrings> = {
  en: {
    title: 'Copycat Guard',
    historyHeading: 'Your reports',
    settingsHeading: 'Settings',
    loading: 'Loading…',
    search: 'Search reports',
    searchPlaceholder: 'Title, seller, note, URL…',
    filterSite: 'Marketplace',
    filterBrand: 'Brand',
    filterStatus: 'Status',
    all: 'All',
    noReports: 'No reports yet. Report a listing from the Copycat Guard popup.',
    noMatches: 'No report matches these filters.',
    shown: (n, total) => `${n} of ${total} reports`,
    status: { local: 'Saved on this computer', pending: 'Waiting to send', sent: 'Sent', failed: 'Sending failed' },
    reportedOn: (d) => `Reported on ${d}`,
    seller: 'Seller',
    delete: 'Delete',
    deleteLabel: (t) => `Delete the report on “${t}”`,
    deleted: (t) => `Report on “${t}” deleted.`,
    undo: 'Undo',
    send: 'Send',
    retry: 'Retry sending',
    lastError: 'Last error',
    copySummary: 'Copy summary',
    copied: 'Copied',
    summary: 'Summary to paste into a complaint',
    exportJson: 'Export JSON',
    exportCsv: 'Export CSV',
    importJson: 'Import JSON',
    importResult: (a, m, r) => `Import: ${a} added, ${m} already here (merged), ${r} rejected.`,
    importRejected: (i, why) => `Entry ${i + 1} rejected: ${why}`,
    importFailed: (why) => `Import failed: ${why}`,
    quarantineHeading: 'Damaged records kept aside',
    quarantineNote:
      'These stored records could not be read (damaged, or written by a different version). They were not deleted: they are kept here as they were found, so you can export or inspect them.',
    quarantineError: 'Problem',
    discard: 'Discard',
    sensitivity: 'Warning sensitivity',
    sensitivityOptions: { strict: 'Strict (warn more often)', balanced: 'Balanced', relaxed: 'Relaxed (warn only when sure)' },
    sites: 'Check listings on',
    onlyWarnings: 'Show badges only on risky listings',
    language: 'Language',
    languageOptions: { auto: 'Same as the browser', en: 'English', zh: '简体中文' },
    endpoint: 'Report endpoint (optional)',
    endpointHelp:
      'An HTTPS address of your own that receives each report as JSON. Leave empty to keep reports only on this computer. Saving asks the browser for permission to contact that site.',
    endpointSave: 'Save endpoint',
    endpointClear: 'Remove endpoint',
    endpointSaved: 'Endpoint saved. New reports will be sent to it.',
    endpointCleared: 'Endpoint removed. Reports stay on this computer.',
    endpointErrors: {
      empty: 'Enter an address, or use “Remove endpoint”.',
      invalid: 'This is not a valid web address.',
      'not-https': 'The address must start with https:// (plain http only for localhost / 127.0.0.1).',
      credentials: 'Do not put a user name or password in the address.',
      'too-long': 'The address is too long.',
      'permission-denied': 'The browser permission was not granted, so the endpoint was not saved.',
    },
    saved: 'Saved.',
    reset: 'Reset settings',
    resetConfirm: 'Reset all settings to their defaults (this also removes the report endpoint)? Your reports are kept.',
    resetYes: 'Yes, reset',
    cancel: 'Cancel',
    resetDone: 'Settings reset.',
  },
  zh: {
    title: 'Copycat Guard',
    historyHeading: '我的举报',
    settingsHeading: '设置',
    loading: '加载中…',
    search: '搜索举报',
    searchPlaceholder: '标题、卖家、备注、链接…',
    filterSite: '平台',
    filterBrand: '品牌',
    filterStatus: '状态',
    all: '全部',
    noReports: '还没有举报。可在 Copycat Guard 弹窗中举报商品。',
    noMatches: '没有符合筛选条件的举报。',
    shown: (n, total) => `共 ${total} 条，显示 ${n} 条`,
    status: { local: '已保存在本机', pending: '等待发送', sent: '已发送', failed: '发送失败' },
    reportedOn: (d) => `举报于 ${d}`,
    seller: '卖家',
    delete: '删除',
    deleteLabel: (t) => `删除对“${t}”的举报`,
    deleted: (t) => `已删除对“${t}”的举报。`,
    undo: '撤销',
    send: '发送',
    retry: '重新发送',
    lastError: '最近错误',
    copySummary: '复制摘要',
    copied: '已复制',
    summary: '可粘贴到投诉表单的摘要',
    exportJson: '导出 JSON',
    exportCsv: '导出 CSV',
    importJson: '导入 JSON',
    importResult: (a, m, r) => `导入：新增 ${a} 条，已存在并合并 ${m} 条，拒绝 ${r} 条。`,
    importRejected: (i, why) => `第 ${i + 1} 条被拒绝：${why}`,
    importFailed: (why) => `导入失败：${why}`,
    quarantineHeading: '已隔离的损坏记录',
    quarantineNote: '以下存储记录无法读取（已损坏，或由其他版本写入）。它们没有被删除，而是按原样保存在这里，方便你导出或查看。',
    quarantineError: '问题',
    discard: '丢弃',
    sensitivity: '警告灵敏度',
    sensitivityOptions: { strict: '严格（更常提醒）', balanced: '平衡', relaxed: '宽松（确定时才提醒）' },
    sites: '在以下平台检查商品',
    onlyWarnings: '仅在有风险的商品上显示标记',
    language: '语言',
    languageOptions: { auto: '跟随浏览器', en: 'English', zh: '简体中文' },
    endpoint: '举报接收地址（可选）',
    endpointHelp: '你自己的 HTTPS 地址，每条举报会以 JSON 格式发送到该地址。留空则举报只保存在本机。保存时浏览器会请求访问该网站的权限。',
    endpointSave: '保存地址',
    endpointClear: '移除地址',
    endpointSaved: '地址已保存，新的举报将发送到该地址。',
    endpointCleared: '地址已移除，举报仅保存在本机。',
    endpointErrors: {
      empty: '请输入地址，或点击“移除地址”。',
      invalid: '这不是有效的网址。',
      'not-https': '地址必须以 https:// 开头（仅 localhost / 127.0.0.1 可用 http）。',
      credentials: '请不要在地址中包含用户名或密码。',
      'too-long': '地址过长。',
      'permission-denied': '浏览器未授予权限，地址未保存。',
    },
    saved: '已保存。',
    reset: '恢复默认设置',
    resetConfirm: '将所有设置恢复为默认值（同时移除举报接收地址）？你的举报会保留。',
    resetYes: '确定恢复',
    cancel: '取消',
    resetDone: '设置已恢复默认。',
  },
};
