/**
 * What to do after reporting: the official channels for this marketplace and brand, and a ready-to-paste plain-text
 * summary of the report in English and Simplified Chinese. Pure: the marketplace and brand facts are passed in
 * (from lib/brands `marketplaceInfo(site)` / the brand's `report.url`, or from the popup's `Explanation`).
 */
import type { Lang, Text } from '../schema/verdict';
import type { Report, ReportReason } from './schema';

/** The part of lib/brands `MarketplaceInfo` (and of the popup's `Explanation.marketplace`) used here. */
export interface MarketplaceChannels {
  name: string;
  buyerProtection: { name: string; url: string };
  ipReport: { name: string; url: string };
  reportListing?: string;
}
/** The part of a brand used here: lib/brands `Brand` has `report?.url`; `Explanation.brand` has `reportUrl`. */
export interface BrandChannels {
  name: string;
  report?: { url: string };
  reportUrl?: string | null;
}

export type ChannelKind = 'listing-report' | 'buyer-protection' | 'ip-report' | 'brand';
export interface Channel {
  kind: ChannelKind;
  label: Text;
  url?: string;
  /** Extra instruction (e.g. how to report from the listing page itself). */
  note?: string;
}

export function channelsFor(m: MarketplaceChannels | null | undefined, brand: BrandChannels | null | undefined): Channel[] {
  const out: Channel[] = [];
  if (m?.reportListing) {
    out.push({
      kind: 'listing-report',
      label: { en: `Report the listing on ${m.name}`, zh: `在 ${m.name} 上举报该商品` },
      note: m.reportListing,
    });
  }
  if (m) {
    out.push({
      kind: 'buyer-protection',
      label: { en: `${m.buyerProtection.name} (${m.name} buyer protection claim)`, zh: `${m.buyerProtection.name}（${m.name} 买家保障索赔）` },
      url: m.buyerProtection.url,
    });
    out.push({
      kind: 'ip-report',
      label: { en: `${m.ipReport.name} (${m.name} counterfeit / IP report)`, zh: `${m.ipReport.name}（${m.name} 假货 / 知识产权举报）` },
      url: m.ipReport.url,
    });
  }
  const brandUrl = brand?.report?.url ?? brand?.reportUrl ?? null;
  if (brand && brandUrl) {
    out.push({
      kind: 'brand',
      label: { en: `${brand.name} anti-counterfeiting`, zh: `${brand.name} 官方打假渠道` },
      url: brandUrl,
    });
  }
  return out;
}

export const REASON_TEXT: Record<ReportReason, Text> = {
  'looks-counterfeit': { en: 'Looks counterfeit', zh: '疑似假货' },
  'misuses-brand': { en: 'Misuses the brand name', zh: '冒用品牌名称' },
  'received-fake': { en: 'I received a fake', zh: '我收到了假货' },
  other: { en: 'Other', zh: '其他' },
};

const LEVEL_TEXT: Record<string, Text> = {
  high: { en: 'high risk', zh: '高风险' },
  caution: { en: 'caution', zh: '需谨慎' },
  low: { en: 'low risk', zh: '低风险' },
  none: { en: 'no verdict', zh: '无结论' },
};

function money(r: Report): string | null {
  const p = r.listing.price;
  if (!p) return null;
  const amount = Number.isInteger(p.amount) ? String(p.amount) : p.amount.toFixed(2);
  return `${amount} ${p.currency}${p.range ? ' (lowest of a range)' : ''}`;
}

/** A plain-text summary of one report, ready to paste into a complaint form. */
export function reportSummary(r: Report, lang: Lang, marketplaceName?: string): string {
  const zh = lang === 'zh';
  const L = (en: string, zhs: string) => (zh ? zhs : en);
  const lines: string[] = [];
  lines.push(L('Report of a suspected counterfeit listing', '疑似假货商品举报'));
  lines.push(`${L('Listing', '商品')}: ${r.listing.title}`);
  lines.push(`${L('URL', '链接')}: ${r.listing.url}`);
  if (marketplaceName) lines.push(`${L('Marketplace', '平台')}: ${marketplaceName}`);
  const price = money(r);
  if (price) lines.push(`${L('Price', '价格')}: ${price}`);
  if (r.listing.seller) {
    const s = r.listing.seller;
    lines.push(`${L('Seller', '卖家')}: ${s.name}${s.id ? ` (id ${s.id})` : ''}${s.url ? ` — ${s.url}` : ''}`);
  }
  if (r.brand) lines.push(`${L('Brand named', '涉及品牌')}: ${r.brand.name}`);
  lines.push(`${L('Reason', '举报原因')}: ${REASON_TEXT[r.reason][lang]}`);
  if (r.verdict && r.verdict.level !== 'none') {
    const level = LEVEL_TEXT[r.verdict.level]?.[lang] ?? r.verdict.level;
    lines.push(`${L('Copycat Guard assessment', 'Copycat Guard 评估')}: ${level}, ${L('score', '分数')} ${r.verdict.score}/100`);
    const warnings = r.verdict.signals.filter((s) => s.weight > 0);
    if (warnings.length) {
      lines.push(`${L('Why', '原因')}:`);
      for (const s of warnings) lines.push(`- ${s.message[lang]}`);
    }
  }
  if (r.note) lines.push(`${L('Note', '备注')}: ${r.note}`);
  lines.push(`${L('Reported on', '举报日期')}: ${r.createdAt.slice(0, 10)}`);
  return lines.join('\n');
}

export interface NextSteps {
  channels: Channel[];
  summary: Text;
}

export function nextSteps(
  r: Report,
  marketplace: MarketplaceChannels | null | undefined,
  brand: BrandChannels | null | undefined,
): NextSteps {
  return {
    channels: channelsFor(marketplace, brand),
    summary: { en: reportSummary(r, 'en', marketplace?.name), zh: reportSummary(r, 'zh', marketplace?.name) },
  };
}
