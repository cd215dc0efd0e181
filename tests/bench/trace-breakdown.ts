/**
 * Where the extension's added main-thread time goes (a diagnosis aid for page-overhead.ts, not part of `npm run
 * bench`): records a Chromium trace of the saved 60-card page (or the 1,000-card feed with `feed`) with and without
 * the extension, and prints the renderer main thread's self time (thread CPU time) per trace event, both sides and
 * the difference, largest differences first.
 *   npx tsx tests/bench/trace-breakdown.ts [search|saved|feed] [--top N]   (saved: the corpus's Amazon.de page)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/chromium';
import { INFINITE_URL, SEARCH_URL, infinitePage } from './pages/amazon-search';
import { searchPages } from './page-overhead';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'blink', 'mojom'];
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);

/** Self thread-time (ms) per event name on the busiest renderer main thread. */
export async function traceSelfTimes(withExtension: boolean, feed: boolean, saved = false): Promise<{ total: number; self: Map<string, number> }> {
  const s = await launchChromium({ withExtension });
  try {
    const corpusPage = saved ? searchPages()[1] : undefined;
    if (saved && !corpusPage) throw new Error('the saved corpus page is not present (../shared/corpus)');
    await s.serve(SEARCH_URL, readFileSync(fileURLToPath(new URL('./pages/amazon-search-60.html', import.meta.url)), 'utf8'));
    if (corpusPage) await s.serve(corpusPage.url, corpusPage.html);
    await s.serve(INFINITE_URL, infinitePage(1000, 50, 250));
    const warm = await s.context.newPage(); // service worker start, brand index, caches
    await warm.goto(SEARCH_URL);
    await warm.waitForTimeout(2500);
    await warm.close();
    const page = await s.context.newPage();
    const cdp = await s.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    await page.goto(feed ? INFINITE_URL : corpusPage ? corpusPage.url : SEARCH_URL);
    await page.waitForTimeout(feed ? 12_000 : 2500);
    await cdp.send('Tracing.end');
    await complete;

    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
    const busy = new Map<string, number>();
    for (const e of events) {
      const k = `${e.pid}:${e.tid}`;
      if (e.ph === 'X' && e.name === 'RunTask' && names.get(k) === 'CrRendererMain') busy.set(k, (busy.get(k) ?? 0) + (e.tdur ?? e.dur ?? 0));
    }
    const main = [...busy].sort((a, b) => b[1] - a[1])[0];
    if (!main) return { total: 0, self: new Map() };
    const ev = events
      .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main[0])
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
    return { total: main[1] / 1000, self };
  } finally {
    await s.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const feed = process.argv.includes('feed');
  const saved = process.argv.includes('saved');
  const i = process.argv.indexOf('--top');
  const top = i >= 0 ? Number(process.argv[i + 1]) : 20;
  const w = await traceSelfTimes(true, feed, saved);
  const wo = await traceSelfTimes(false, feed, saved);
  console.log(`${feed ? '1,000-card feed' : saved ? 'saved Amazon.de 60-card search page' : '60-card search page'}: main-thread RunTask ${w.total.toFixed(0)} ms with, ${wo.total.toFixed(0)} ms without (thread time, one trace each)`);
  const keys = new Set([...w.self.keys(), ...wo.self.keys()]);
  const rows = [...keys].map((k) => ({ k, a: w.self.get(k) ?? 0, b: wo.self.get(k) ?? 0 })).sort((x, y) => y.a - y.b - (x.a - x.b));
  console.log(`${'with'.padStart(9)} ${'without'.padStart(9)} ${'added'.padStart(9)}  event (self time, ms)`);
  for (const r of rows.slice(0, top)) console.log(`${r.a.toFixed(1).padStart(9)} ${r.b.toFixed(1).padStart(9)} ${(r.a - r.b).toFixed(1).padStart(9)}  ${r.k}`);
}
