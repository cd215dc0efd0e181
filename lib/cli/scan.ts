/**
 * scan: extract listings from saved pages on the command line, with the same lib/ code the extension runs.
 *
 *   npx tsx lib/cli/scan.ts [--json] --url URL FILE        one page (.html or .html.gz) saved from URL
 *   npx tsx lib/cli/scan.ts [--json] --list LIST.json      LIST: [{ "file": "...", "url": "..." }], paths relative to LIST
 *
 * Output with --json: an array, one entry per page in input order:
 *   { file, url, site, pageKind, listings: [Listing + verdict], error? }
 * Each listing carries the risk engine's verdict (bundled brand data), unless --no-verdict.
 * Without --json: a readable table per page. Exit code 0 when every page was read, 1 when one failed to load,
 * 2 on bad arguments. Pages are parsed with happy-dom with scripts, styles, frames and navigation disabled.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { extractListings } from '../extract-listings';
import type { Listing, PageKind } from '../schema/listing';
import type { SiteId } from '../sites';
import { loadPage, readPageFile } from './load-page';
import { loadBrandIndex } from '../brands';
import { scoreListing, type Sensitivity } from '../scoring';
import type { Verdict } from '../schema/verdict';

/** A function giving each listing a verdict (the CLI passes the risk engine); attached as `listing.verdict`. */
export type ScoreFn<V = unknown> = (listing: Listing) => V;

/** The risk engine with the bundled brand data, as the extension's background runs it. */
export function defaultScorer(sensitivity: Sensitivity = 'balanced'): ScoreFn<Verdict> {
  const index = loadBrandIndex();
  return (listing) => scoreListing(listing, { index, sensitivity });
}

export interface ScanEntry {
  file: string;
  url: string;
  site: SiteId | null;
  pageKind: PageKind | null;
  listings: Array<Listing & { verdict?: unknown }>;
  /** Why the page could not be read (missing file, bad URL); the other pages still run. */
  error?: string;
}

export interface ScanOptions {
  score?: ScoreFn;
}

export interface PageRef {
  file: string;
  url: string;
}

/** Scan one saved page. Never throws: failures become `error`. */
export async function scanPage(ref: PageRef, options: ScanOptions = {}): Promise<ScanEntry> {
  const entry: ScanEntry = { file: ref.file, url: ref.url, site: null, pageKind: null, listings: [] };
  let html: string;
  try {
    new URL(ref.url);
    html = readPageFile(ref.file);
  } catch (e) {
    entry.error = e instanceof Error ? e.message : String(e);
    return entry;
  }
  const page = loadPage(html, ref.url);
  try {
    const result = extractListings(page.document, ref.url);
    entry.site = result.site;
    entry.pageKind = result.pageKind;
    entry.listings = result.listings.map((l) => (options.score ? { ...l, verdict: options.score(l) } : l));
  } catch (e) {
    entry.error = e instanceof Error ? e.message : String(e);
  } finally {
    await page.close();
  }
  return entry;
}

/** Read a LIST.json file: an array of { file, url }, file paths resolved against the list's folder. */
export function readList(listFile: string): PageRef[] {
  const raw: unknown = JSON.parse(readFileSync(listFile, 'utf8'));
  if (!Array.isArray(raw)) throw new Error(`${listFile}: expected a JSON array of {file, url}`);
  const dir = path.dirname(listFile);
  return raw.map((item, i) => {
    const rec = item as { file?: unknown; url?: unknown };
    if (!item || typeof rec.file !== 'string' || typeof rec.url !== 'string') {
      throw new Error(`${listFile}: entry ${i} needs string "file" and "url"`);
    }
    return { file: path.resolve(dir, rec.file), url: rec.url };
  });
}

export interface Args {
  json: boolean;
  /** --no-verdict: extraction only. */
  noVerdict: boolean;
  sensitivity: Sensitivity;
  pages: PageRef[];
}

const USAGE =
  'usage: scan [--json] [--no-verdict] [--sensitivity strict|balanced|relaxed] --url URL FILE\n' +
  '       scan [--json] [--no-verdict] [--sensitivity …] --list LIST.json';

/** Parse argv (without node/script). Throws an Error with the usage text on bad arguments. */
export function parseArgs(argv: string[]): Args {
  let json = false;
  let url: string | undefined;
  let list: string | undefined;
  let noVerdict = false;
  let sensitivity: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--no-verdict') noVerdict = true;
    else if (a === '--sensitivity') sensitivity = argv[++i];
    else if (a === '--url') url = argv[++i];
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--list') list = argv[++i];
    else if (a.startsWith('--list=')) list = a.slice(7);
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (list) {
    if (url || files.length) throw new Error(`--list takes no --url or FILE\n${USAGE}`);
    return { json, noVerdict, sensitivity: checkSensitivity(sensitivity), pages: readList(path.resolve(list)) };
  }
  if (!url || files.length !== 1) throw new Error(USAGE);
  return { json, noVerdict, sensitivity: checkSensitivity(sensitivity), pages: [{ file: path.resolve(files[0]!), url }] };
}

function checkSensitivity(s: string | undefined): Sensitivity {
  if (s === undefined) return 'balanced';
  if (s === 'strict' || s === 'balanced' || s === 'relaxed') return s;
  throw new Error(`--sensitivity takes strict, balanced or relaxed\n${USAGE}`);
}

const verdictCell = (l: Listing & { verdict?: unknown }) => {
  const v = l.verdict as Verdict | undefined;
  if (!v) return '';
  return v.kind === 'dupe' ? 'dupe' : v.level === 'none' ? '—' : `${v.level} ${Math.round(v.score)}`;
};

const money = (m: Listing['price'] | undefined) => (m ? `${m.amount} ${m.currency}${m.range ? '+' : ''}` : '—');

/** The human-readable table for one page. */
export function formatEntry(e: ScanEntry): string {
  const head = `${e.file}\n  ${e.url}\n  site=${e.site ?? '?'} pageKind=${e.pageKind ?? '?'} listings=${e.listings.length}`;
  if (e.error) return `${head}\n  error: ${e.error}`;
  const rows = e.listings.map((l) => {
    const seller = l.seller
      ? `${l.seller.name}${l.seller.rating !== undefined ? ` ${(l.seller.rating * 100).toFixed(1)}%` : ''}${l.seller.ratingCount !== undefined ? ` (${l.seller.ratingCount})` : ''}`
      : '—';
    return [String(l.position ?? 1).padStart(3), verdictCell(l).padEnd(12), money(l.price).padEnd(14), (l.brand ?? '—').slice(0, 20).padEnd(20), seller.slice(0, 30).padEnd(30), l.title.slice(0, 70)].join('  ');
  });
  const header = ['  #', 'risk'.padEnd(12), 'price'.padEnd(14), 'brand'.padEnd(20), 'seller'.padEnd(30), 'title'].join('  ');
  return [head, rows.length ? `  ${header}` : '  (no listings)', ...rows.map((r) => `  ${r}`)].join('\n');
}

export async function main(argv: string[], options: ScanOptions = {}): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const score = options.score ?? (args.noVerdict ? undefined : defaultScorer(args.sensitivity));
  const entries: ScanEntry[] = [];
  for (const ref of args.pages) entries.push(await scanPage(ref, { ...options, score }));
  if (args.json) process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else process.stdout.write(`${entries.map(formatEntry).join('\n\n')}\n`);
  return entries.some((e) => e.error) ? 1 : 0;
}

// Run when executed directly (tsx lib/cli/scan.ts …), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
