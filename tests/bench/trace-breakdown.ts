/**
 * Where the extension's added main-thread time goes (a diagnosis aid for page-overhead.ts, not part of `npm run
 * bench`). One Chromium with the built extension loads the same HTML, alternating, at its shop URL (our content
 * script runs) and at a control URL on a host we do not match (the extension is installed but does nothing there),
 * each traced; prints the renderer main thread's self time (thread CPU time) per trace event, medians of both sides
 * and the difference, largest first. Same browser, same profile, same bytes: what differs is our script's work.
 *   npx tsx tests/bench/trace-breakdown.ts [search|saved|feed] [--runs N] [--top N]
 *     search: our authored 60-card Amazon page; saved: the corpus's real Amazon.de page; feed: the 1,000-card feed
 *     (feed also traces the reference page — the feed plus a page script's plain per-card mark, at the control URL —
 *     and prints a third column: what any later per-card change costs without our code)
 */
import { fileURLToPath } from 'node:url';
import type { ChromiumSession } from '../e2e/chromium';
import { launchChromium } from '../e2e/chromium';
import { INFINITE_URL, infinitePage, infinitePageWithPlainMarks } from './pages/amazon-search';
import { searchPages } from './page-overhead';
import { median } from './stats';
import { rendererMain, traceLoad, type TraceEvent } from './long-tasks';


const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink', 'mojom'];
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);

/** Self thread-time (ms) per event name on the page's renderer main thread, for one traced load of `url`. */
export async function traceSelfTimes(s: ChromiumSession, url: string, waitMs: number): Promise<{ total: number; self: Map<string, number> }> {
  const events = await traceLoad(s, url, waitMs, CATEGORIES);
  const main = rendererMain(events);
  if (!main) return { total: 0, self: new Map() };
  const ev = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main.thread)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const label = (e: TraceEvent) =>
    SCRIPT_EVENTS.has(e.name)
      ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[^/]+\//, 'extension:').replace(/^https?:\/\/[^/]+\/.*$/, 'page')}`
      : e.name;
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of ev) {
    while (stack.length && stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0) <= e.ts) stack.pop();
    const d = (e.tdur ?? e.dur ?? 0) / 1000;
    const parent = stack[stack.length - 1];
    if (parent) self.set(label(parent), (self.get(label(parent)) ?? 0) - d);
    self.set(label(e), (self.get(label(e)) ?? 0) + d);
    stack.push(e);
  }
  return { total: main.taskUs / 1000, self };
}

/** The same path and query on a host no content script matches. */
function controlUrl(url: string): string {
  const u = new URL(url);
  return `https://www.example-control-shop.com${u.pathname}${u.search}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name: string, d: number) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : d;
  };
  const mode = process.argv.includes('feed') ? 'feed' : process.argv.includes('saved') ? 'saved' : 'search';
  const runs = arg('--runs', 4);
  const top = arg('--top', 20);
  const pages = searchPages();
  const target =
    mode === 'feed'
      ? { name: '1,000-card feed', url: INFINITE_URL, html: infinitePage(1000, 50, 250) }
      : mode === 'saved'
        ? pages[1]
        : pages[0];
  if (!target) throw new Error('the saved corpus page is not present (../shared/corpus)');
  const waitMs = mode === 'feed' ? 12_000 : 2500;
  const s = await launchChromium();
  try {
    await s.serve(target.url, target.html);
    await s.serve(controlUrl(target.url), target.html);
    const referenceUrl = `${controlUrl(target.url)}&reference=plain-marks`;
    if (mode === 'feed') await s.serve(referenceUrl, infinitePageWithPlainMarks(1000, 50, 250));
    // Warm-up, discarded: service worker start, brand index, caches.
    await traceSelfTimes(s, target.url, waitMs);
    await traceSelfTimes(s, controlUrl(target.url), waitMs);
    const ours: Awaited<ReturnType<typeof traceSelfTimes>>[] = [];
    const control: Awaited<ReturnType<typeof traceSelfTimes>>[] = [];
    const reference: Awaited<ReturnType<typeof traceSelfTimes>>[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await traceSelfTimes(s, target.url, waitMs));
      control.push(await traceSelfTimes(s, controlUrl(target.url), waitMs));
      if (mode === 'feed') reference.push(await traceSelfTimes(s, referenceUrl, waitMs));
    }
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
    console.log(`${target.name}: main-thread RunTask (thread time), ${runs} traced loads each`);
    console.log(`  at ${target.url} (our script runs): ${fmt(ours.map((r) => r.total))} ms, median ${median(ours.map((r) => r.total)).toFixed(1)}`);
    console.log(`  at ${controlUrl(target.url)} (no content script): ${fmt(control.map((r) => r.total))} ms, median ${median(control.map((r) => r.total)).toFixed(1)}`);
    if (reference.length) {
      console.log(`  reference (plain page-script marks, no content script): ${fmt(reference.map((r) => r.total))} ms, median ${median(reference.map((r) => r.total)).toFixed(1)}`);
    }
    const keys = new Set([...ours, ...control].flatMap((r) => [...r.self.keys()]));
    const m = (rs: typeof ours, k: string) => median(rs.map((r) => r.self.get(k) ?? 0));
    const rows = [...keys]
      .map((k) => ({ k, a: m(ours, k), b: m(control, k), r: reference.length ? m(reference, k) : NaN }))
      .sort((x, y) => y.a - y.b - (x.a - x.b));
    const pad = (x: number) => (Number.isNaN(x) ? '' : x.toFixed(1)).padStart(9);
    console.log(`${'ours'.padStart(9)} ${'control'.padStart(9)} ${'added'.padStart(9)}${reference.length ? `${'reference'.padStart(10)}` : ''}  event (self time, ms, medians)`);
    for (const r of rows.slice(0, top)) console.log(`${pad(r.a)} ${pad(r.b)} ${pad(r.a - r.b)}${reference.length ? ` ${pad(r.r)}` : ''}  ${r.k}`);
  } finally {
    await s.close();
  }
}
