/** Search and filters of the report history (options page). Pure. */
import type { Report, SendStatus } from './schema';
import { fold } from '../scoring/text';

export interface ReportFilter {
  /** Free text: matched (case/width/accent-folded) against title, url, seller, brand, note, reason. */
  q: string;
  site: string;
  brand: string;
  status: SendStatus | '';
}
export const NO_FILTER: ReportFilter = { q: '', site: '', brand: '', status: '' };

export function filterReports(reports: readonly Report[], f: ReportFilter): Report[] {
  const words = fold(f.q).split(' ').filter(Boolean);
  return reports.filter((r) => {
    if (f.site && r.site !== f.site) return false;
    if (f.brand && r.brand?.id !== f.brand) return false;
    if (f.status && r.send.status !== f.status) return false;
    if (words.length === 0) return true;
    const hay = fold(
      [r.listing.title, r.listing.url, r.listing.seller?.name, r.listing.seller?.id, r.brand?.name, r.note, r.reason]
        .filter(Boolean)
        .join(' '),
    );
    return words.every((w) => hay.includes(w));
  });
}

/** The marketplaces and brands present in the history, for the filter menus. */
export function filterOptions(reports: readonly Report[]): { sites: string[]; brands: { id: string; name: string }[] } {
  const sites = [...new Set(reports.map((r) => r.site))].sort();
  const brands = new Map<string, string>();
  for (const r of reports) if (r.brand) brands.set(r.brand.id, r.brand.name);
  return { sites, brands: [...brands].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)) };
}
