/**
 * End-to-end page overhead in Chromium (issue 6 budgets), printed, never asserted on wall-clock time.
 *   npx tsx tests/bench/page-overhead.ts [--runs N] [--feed-runs N]
 *   npx tsx tests/bench/page-overhead.ts --aa [--runs N] [--reps K]   the method's noise: two browsers, neither with the extension
 *
 * 1. 60-card search pages (searchPages(): our authored page at an amazon.com URL, and the real saved Amazon.de page
 *    from the corpus when present):
 *    the page renderer's main-thread time, CDP `Performance.getMetrics` TaskDuration (timeDomain threadTicks: CPU time), with the built extension vs
 *    the same browser without it; a fresh page per run, runs alternating (with, without, with, …) after one
 *    discarded warm-up each; medians. Long tasks (> 50 ms) come from a PerformanceObserver('longtask') the bench
 *    adds to every page of both browsers (the same cost on both sides).
 *    Then a few traced "with" loads (tests/bench/long-tasks.ts): the long tasks (≥ 50 ms) of the page's main thread and
 *    how much of each ran our code, so "no long task caused by the extension" is read off the trace, not guessed from
 *    long-task counts on two browsers.
 * 2. A page that appends 1,000 cards in batches (tests/bench/pages/amazon-search.ts infinitePage): per card, the
 *    time from insertion to its badge (median / p95 / max), and the added TaskDuration per card.
 *
 * Settling: both sides wait the same fixed time after `load` (SETTLE_MS; the feed adds its nominal duration) and
 * Playwright does not touch the page inside the measured window. Afterwards a probe tells whether our status host
 * reached `data-state=ready` and when its badge count last changed; a "with" run whose last change comes within
 * 100 ms of the window's end is reported as a settle warning (its work may not all be inside the window).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { BADGE_TAG, launchChromium, type ChromiumSession } from '../e2e/chromium';
import { INFINITE_URL, SEARCH_URL, infinitePage, infinitePageWithPlainMarks } from './pages/amazon-search';
import { median, quantile } from './stats';
import { PARSY } from './extraction';
import { traceLongTasks, type LongTaskTrace } from './long-tasks';

const HOST = 'copycat-guard-root';
const SETTLE_MS = 2500;
const FEED_CARDS = 1000;
const FEED_BATCH = 50;
const FEED_EVERY_MS = 250;
/** The reference feed (infinitePageWithPlainMarks), loaded in the browser without the extension only. */
const REFERENCE_FEED_URL = `${INFINITE_URL}&reference=plain-marks`;
/** Amazon's search-result card: both part-1 pages are Amazon search pages. */
const CARD_SELECTOR = '[data-component-type="s-search-result"]';

/** A page checked for layout only (no timing): the real saved eBay.de search page, when the corpus is present. */
export interface LayoutPage extends SearchPage {
  cardSelector: string;
}
export function layoutOnlyPages(): LayoutPage[] {
  const saved = path.join(PARSY, 'fixtures/ebay_de.html.gz');
  if (!existsSync(saved)) return [];
  return [
    {
      name: 'saved eBay.de search page (corpus)',
      url: 'https://www.ebay.de/sch/i.html?_nkw=sneaker',
      html: gunzipSync(readFileSync(saved)).toString('utf8'),
      cardSelector: 'li.s-item, li.s-card, div.s-card',
    },
  ];
}
/** Nominal time the feed takes to append every card. */
const FEED_MS = (FEED_CARDS / FEED_BATCH) * FEED_EVERY_MS;

// Added to every page of both browsers (the same cost on both sides): long tasks, and when our status host last
// changed its state or badge count (a MutationObserver filtered to those two attributes, so it never fires on a page
// without the extension). The bench reads these AFTER the metrics, so Playwright's own work (its injected script,
// polling) is never inside the measured window of either side.
const PROBE = `(() => {
  window.__longtasks = [];
  window.__cgLastChange = null;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longtasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver(() => { window.__cgLastChange = performance.now(); })
    .observe(document, { subtree: true, attributes: true, attributeFilter: ['data-badged', 'data-state'] });
})();`;

interface Probe {
  longTasks: number[];
  /** performance.now() of the last change of our host's state/badge count, null when it never changed. */
  lastChange: number | null;
  /** performance.now() of the load event's end. */
  loadEnd: number;
  state: string | null;
  badged: number;
}

async function readProbe(page: Page): Promise<Probe> {
  return (await page.evaluate(`(() => {
    const host = document.querySelector('${HOST}');
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      longTasks: window.__longtasks || [],
      lastChange: window.__cgLastChange,
      loadEnd: nav ? nav.loadEventEnd : 0,
      state: host ? host.getAttribute('data-state') : null,
      badged: host ? Number(host.getAttribute('data-badged') || 0) : 0,
    };
  })()`)) as Probe;
}

export interface RunSample {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  longTasks: number[];
  /** ms from `load` until badges were stable ("with" runs only). */
  settledMs: number;
  badged: number;
}

/** A saved 60-card search page to measure, served at a real shop URL. */
export interface SearchPage {
  name: string;
  url: string;
  html: string;
}

/**
 * The pages of part 1: our authored page (every card a branded listing or a lookalike, 20 of them badged: the heavy
 * case), and — when ../shared/corpus is present — the real Amazon.de search page saved by the parsy project (60
 * cards of cat food, late 2022, its own CSS and inline scripts; no brand of ours, so cards are read and scored but
 * 5 of them badged).
 */
export function searchPages(): SearchPage[] {
  const pages: SearchPage[] = [
    {
      name: 'authored 60-card page (amazon.com)',
      url: SEARCH_URL,
      html: readFileSync(fileURLToPath(new URL('./pages/amazon-search-60.html', import.meta.url)), 'utf8'),
    },
  ];
  const saved = path.join(PARSY, 'fixtures/amazon_de_search.html.gz');
  if (existsSync(saved)) {
    pages.push({ name: 'saved Amazon.de search page (corpus)', url: 'https://www.amazon.de/s?k=katzenfutter', html: gunzipSync(readFileSync(saved)).toString('utf8') });
  }
  return pages;
}

export interface OverheadResult {
  page: string;
  runs: number;
  withExt: RunSample[];
  without: RunSample[];
  medianWith: number;
  medianWithout: number;
  addedMs: number;
  ratio: number;
  /** Medians of the added script+compile and style+layout time (the rest is tasks CDP does not itemise). */
  addedScriptMs: number;
  addedLayoutMs: number;
  badged: number;
  longWith: number;
  longWithout: number;
  maxLongWith: number;
  maxLongWithout: number;
  settleWarnings: number;
  /** Traced "with" loads (tests/bench/long-tasks.ts): which long tasks our code took past 50 ms. */
  traces: LongTaskTrace[];
  /** Cards whose box (position or size, whole CSS px) differs with the badges in from without the extension. */
  layout: LayoutCheck;
}

export interface LayoutCheck {
  cards: number;
  badges: number;
  /** Badges that sit in a line the card already had (data-place="line"). */
  inLine: number;
  moved: number;
}

export interface FeedResult {
  runs: number;
  cards: number;
  badged: number;
  latency: { median: number; p95: number; max: number };
  medianWith: number;
  medianWithout: number;
  addedPerCardMs: number;
  longWith: number;
  longWithout: number;
  /** The same feed with a page script's plain per-card mark instead of the extension (infinitePageWithPlainMarks). */
  referenceMedian: number;
  referencePerCardMs: number;
}

/** Every card's box, rounded to whole CSS px, in document order. */
async function cardBoxes(page: Page, selector: string): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((c) => {
    const r = c.getBoundingClientRect();
    return [r.left, r.top + scrollY, r.width, r.height].map(Math.round).join(',');
  })`)) as string[];
}

/**
 * Does badging move or resize any card? The page in the browser without the extension, then with it (after our
 * status host is ready and the page has settled), same viewport: card boxes compared one by one.
 */
async function layoutCheck(withS: ChromiumSession, withoutS: ChromiumSession, url: string, selector = CARD_SELECTOR): Promise<LayoutCheck> {
  const plain = await withoutS.context.newPage();
  await plain.goto(url, { waitUntil: 'load' });
  await plain.waitForTimeout(SETTLE_MS);
  const before = await cardBoxes(plain, selector);
  await plain.close();
  const page = await withS.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(`document.querySelector('${HOST}')?.getAttribute('data-state') === 'ready'`, undefined, { timeout: 20_000 });
  await page.waitForTimeout(SETTLE_MS);
  const after = await cardBoxes(page, selector);
  const counts = (await page.evaluate(`(() => {
    const b = [...document.querySelectorAll('${BADGE_TAG}')];
    return { badges: b.length, inLine: b.filter((x) => x.getAttribute('data-place') === 'line').length };
  })()`)) as { badges: number; inLine: number };
  await page.close();
  const moved = Math.max(before.length, after.length) - before.filter((b, i) => after[i] === b).length;
  return { cards: before.length, ...counts, moved };
}

async function metrics(page: Page, context: BrowserContext, fn: () => Promise<void>): Promise<Omit<RunSample, 'longTasks' | 'settledMs' | 'badged'>> {
  const cdp = await context.newCDPSession(page);
  // threadTicks: durations in the main thread's CPU time, so other processes competing for the machine's cores do
  // not inflate them (on a busy 2-core box wall-clock TaskDuration doubled from run to run).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await fn();
  const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (n: string) => (m.find((x) => x.name === n)?.value ?? 0) * 1000;
  await cdp.detach().catch(() => {});
  return {
    taskMs: get('TaskDuration'),
    scriptMs: get('ScriptDuration') + get('V8CompileDuration'),
    layoutMs: get('LayoutDuration') + get('RecalcStyleDuration'),
  };
}

async function oneSearchRun(s: ChromiumSession, withExt: boolean, url: string): Promise<RunSample> {
  const page = await s.context.newPage();
  // The measured window: navigation, then the same fixed idle time on both sides. No Playwright call touches the
  // page inside it (polling for our badges would run Playwright's injected script on one side only).
  const m = await metrics(page, s.context, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
  });
  const p = await readProbe(page);
  await page.close();
  if (withExt && p.state !== 'ready') throw new Error(`the extension did not finish the search page (state ${p.state})`);
  return { ...m, longTasks: p.longTasks, settledMs: p.lastChange === null ? 0 : Math.round(p.lastChange - p.loadEnd), badged: p.badged };
}

interface FeedSample extends RunSample {
  latencies: number[];
}

async function oneFeedRun(s: ChromiumSession, withExt: boolean, url = INFINITE_URL): Promise<FeedSample> {
  const page = await s.context.newPage();
  // Both sides: the feed's nominal duration, then (a busy machine delays the page's timers) a plain evaluate every
  // 250 ms until the page has appended its last card — the same calls on both sides, no injected script — then the
  // settle time.
  const m = await metrics(page, s.context, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(FEED_MS);
    for (let i = 0; i < 120 && !(await page.evaluate('window.__bench.done')); i++) await page.waitForTimeout(250);
    await page.waitForTimeout(SETTLE_MS);
  });
  const p = await readProbe(page);
  const feed = (await page.evaluate(`(() => {
    const b = window.__bench; const out = [];
    for (const a in b.insertedAt) out.push(a in b.badgedAt ? b.badgedAt[a] - b.insertedAt[a] : -1);
    return { done: b.done, latencies: out };
  })()`)) as { done: boolean; latencies: number[] };
  await page.close();
  if (!feed.done) throw new Error('the feed page did not append all its cards within the measured window');
  return {
    ...m,
    longTasks: p.longTasks,
    settledMs: p.lastChange === null ? 0 : Math.round(p.lastChange - p.loadEnd),
    badged: p.badged,
    latencies: withExt ? feed.latencies : [],
  };
}

export interface PageOverheadOptions {
  runs?: number;
  /** Traced loads per search page for the long-task attribution (default 3). */
  traceRuns?: number;
  feedRuns?: number;
  log?: (line: string) => void;
}

export async function measurePageOverhead(
  opts: PageOverheadOptions = {},
): Promise<{ search: OverheadResult[]; feed: FeedResult; layoutOnly: { page: string; layout: LayoutCheck }[] }> {
  const runs = Math.max(5, opts.runs ?? 9);
  const feedRuns = Math.max(1, opts.feedRuns ?? 2);
  const log = opts.log ?? (() => {});
  const pages = searchPages();
  const feedHtml = infinitePage(FEED_CARDS, FEED_BATCH, FEED_EVERY_MS);
  const withS = await launchChromium();
  const withoutS = await launchChromium({ withExtension: false });
  try {
    for (const s of [withS, withoutS]) {
      await s.context.addInitScript(PROBE);
      for (const p of pages) await s.serve(p.url, p.html);
      await s.serve(INFINITE_URL, feedHtml);
    }
    const layoutPages = layoutOnlyPages();
    for (const s of [withS, withoutS]) for (const p of layoutPages) await s.serve(p.url, p.html);
    await withoutS.serve(REFERENCE_FEED_URL, infinitePageWithPlainMarks(FEED_CARDS, FEED_BATCH, FEED_EVERY_MS));
    // Warm-up (discarded): the service worker's first start, brand index build, JIT, disk cache.
    await oneSearchRun(withS, true, pages[0]!.url);
    await oneSearchRun(withoutS, false, pages[0]!.url);
    const search: OverheadResult[] = [];
    for (const p of pages) {
      await oneSearchRun(withS, true, p.url);
      await oneSearchRun(withoutS, false, p.url);
      const w: RunSample[] = [];
      const wo: RunSample[] = [];
      for (let i = 0; i < runs; i++) {
        w.push(await oneSearchRun(withS, true, p.url));
        wo.push(await oneSearchRun(withoutS, false, p.url));
        log(`  ${p.name}, run ${i + 1}/${runs}: with ${w[i]!.taskMs.toFixed(1)} ms (${w[i]!.badged} badges, settled ${w[i]!.settledMs} ms), without ${wo[i]!.taskMs.toFixed(1)} ms`);
      }
      const mw = median(w.map((r) => r.taskMs));
      const mwo = median(wo.map((r) => r.taskMs));
      const count = (rs: RunSample[]) => median(rs.map((r) => r.longTasks.length));
      const maxLong = (rs: RunSample[]) => Math.max(0, ...rs.flatMap((r) => r.longTasks));
      search.push({
        page: p.name,
        runs,
        withExt: w,
        without: wo,
        medianWith: mw,
        medianWithout: mwo,
        addedMs: mw - mwo,
        ratio: (mw - mwo) / mwo,
        addedScriptMs: median(w.map((r) => r.scriptMs)) - median(wo.map((r) => r.scriptMs)),
        addedLayoutMs: median(w.map((r) => r.layoutMs)) - median(wo.map((r) => r.layoutMs)),
        badged: median(w.map((r) => r.badged)),
        longWith: count(w),
        longWithout: count(wo),
        maxLongWith: maxLong(w),
        maxLongWithout: maxLong(wo),
        settleWarnings: w.filter((r) => r.settledMs > SETTLE_MS - 100).length,
        traces: [],
        layout: await layoutCheck(withS, withoutS, p.url),
      });
      const last = search[search.length - 1]!;
      for (let i = 0; i < Math.max(1, opts.traceRuns ?? 3); i++) last.traces.push(await traceLongTasks(withS, p.url, SETTLE_MS));
    }

    const fw: FeedSample[] = [];
    const fwo: FeedSample[] = [];
    const fref: FeedSample[] = [];
    for (let i = 0; i < feedRuns; i++) {
      fw.push(await oneFeedRun(withS, true));
      fwo.push(await oneFeedRun(withoutS, false));
      fref.push(await oneFeedRun(withoutS, false, REFERENCE_FEED_URL));
      const lat = fw[i]!.latencies.filter((x) => x >= 0);
      log(
        `  feed run ${i + 1}/${feedRuns}: with ${fw[i]!.taskMs.toFixed(0)} ms (${lat.length}/${FEED_CARDS} badged, median ${median(lat).toFixed(0)} ms), ` +
          `without ${fwo[i]!.taskMs.toFixed(0)} ms, reference (plain page-script marks) ${fref[i]!.taskMs.toFixed(0)} ms`,
      );
    }
    const all = fw.flatMap((r) => r.latencies);
    const got = all.filter((x) => x >= 0).sort((a, b) => a - b);
    const fmw = median(fw.map((r) => r.taskMs));
    const fmwo = median(fwo.map((r) => r.taskMs));
    const feed: FeedResult = {
      runs: feedRuns,
      cards: FEED_CARDS,
      badged: Math.round(got.length / feedRuns),
      // A card never badged counts as infinitely late: it shows in max and, if many, in p95.
      latency: {
        median: quantile(all.map((x) => (x < 0 ? Infinity : x)), 0.5),
        p95: quantile(all.map((x) => (x < 0 ? Infinity : x)), 0.95),
        max: all.some((x) => x < 0) ? Infinity : Math.max(...got),
      },
      medianWith: fmw,
      medianWithout: fmwo,
      addedPerCardMs: (fmw - fmwo) / FEED_CARDS,
      longWith: median(fw.map((r) => r.longTasks.length)),
      longWithout: median(fwo.map((r) => r.longTasks.length)),
      referenceMedian: median(fref.map((r) => r.taskMs)),
      referencePerCardMs: (median(fref.map((r) => r.taskMs)) - fmwo) / FEED_CARDS,
    };
    const layoutOnly = [];
    for (const p of layoutPages) layoutOnly.push({ page: p.name, layout: await layoutCheck(withS, withoutS, p.url, p.cardSelector) });
    return { search, feed, layoutOnly };
  } finally {
    await withS.close().catch(() => {});
    await withoutS.close().catch(() => {});
  }
}

/** "q1 / median / q3" of `xs`, one decimal. */
function quartiles(xs: number[]): string {
  return [quantile(xs, 0.25), median(xs), quantile(xs, 0.75)].map((x) => x.toFixed(1)).join(' / ');
}

export function formatOverhead(search: OverheadResult[], feed: FeedResult, layoutOnly: { page: string; layout: LayoutCheck }[] = []): string[] {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return [
    ...layoutOnly.map(
      (l) => `${l.page}, layout only: ${l.layout.moved} of ${l.layout.cards} cards moved or resized by ${l.layout.badges} badges (${l.layout.inLine} in the price line)`,
    ),
    ...search.flatMap((r) => [
      `${r.page}: ${r.runs} alternating runs each, medians, ${r.badged} of 60 cards badged`,
      `  main-thread TaskDuration (CDP Performance.getMetrics, threadTicks) with extension ${ms(r.medianWith)}, without ${ms(r.medianWithout)}`,
      `  added ${ms(r.addedMs)} = ${(r.ratio * 100).toFixed(1)}% of the page's own (budget ≤ 30 ms and ≤ 5%)`,
      // How far one run's difference is from another's: the noise the medians have to beat on a shared machine.
      `  spread: paired run differences (with − without, run by run) quartiles ${quartiles(r.withExt.map((w, i) => w.taskMs - r.without[i]!.taskMs))} ms; ` +
        `the page without the extension ${ms(Math.min(...r.without.map((x) => x.taskMs)))}–${ms(Math.max(...r.without.map((x) => x.taskMs)))}`,
      `  of which script + compile ${ms(r.addedScriptMs)}, style + layout ${ms(r.addedLayoutMs)}, other tasks ${ms(r.addedMs - r.addedScriptMs - r.addedLayoutMs)}`,
      `  long tasks > 50 ms per run (median): with ${r.longWith}, without ${r.longWithout}; longest with ${ms(r.maxLongWith)}, without ${ms(r.maxLongWithout)}`,
      ...(r.traces.length
        ? [
            `  traced loads (${r.traces.length}, JS sampling profiler): tasks ≥ 50 ms ${r.traces.map((t) => t.long.length).join('/')}, ` +
              `of which our code ran in ${r.traces.map((t) => t.long.filter((l) => l.oursMs > 0).length).join('/')} and took past 50 ms ${r.traces.map((t) => t.caused.length).join('/')}; ` +
              `our code ${r.traces.map((t) => t.oursTotalMs.toFixed(1)).join('/')} ms per load; longest task our code ran in ` +
              `${r.traces.map((t) => (t.longestOurs ? `${t.longestOurs.ms.toFixed(1)} (ours ${t.longestOurs.oursMs.toFixed(1)})` : '—')).join('/')} ms`,
          ]
        : []),
      `  layout: ${r.layout.moved} of ${r.layout.cards} cards moved or resized by ${r.layout.badges} badges (${r.layout.inLine} of them in the price line)`,
      ...(r.settleWarnings ? [`  note: ${r.settleWarnings} "with" runs were still changing badges within 100 ms of the ${SETTLE_MS} ms window's end`] : []),
    ]),
    `1,000-card feed (50 cards every 250 ms, ${feed.runs} alternating runs each): ${feed.badged} of ${feed.cards} cards badged per run`,
    `  insertion → badge: median ${ms(feed.latency.median)}, p95 ${ms(feed.latency.p95)}, max ${ms(feed.latency.max)} (budget ≤ 300 ms)`,
    `  TaskDuration with ${ms(feed.medianWith)}, without ${ms(feed.medianWithout)} → added ${(feed.addedPerCardMs).toFixed(3)} ms per card (budget ≤ 0.5 ms)`,
    `  long tasks > 50 ms per run (median): with ${feed.longWith}, without ${feed.longWithout}`,
    `  reference, no extension: a page script's plain mark per card 120 ms after each batch ${ms(feed.referenceMedian)} → ` +
      `${feed.referencePerCardMs.toFixed(3)} ms per card (the browser's extra frame that any later per-card change costs)`,
  ];
}

/**
 * The method's own noise (A/A): two browsers WITHOUT the extension, measured exactly as part 1 measures with vs
 * without (fresh page per run, alternating, medians). Any difference printed is noise; compare it with the budget.
 *   npx tsx tests/bench/page-overhead.ts --aa [--runs N] [--reps K]
 */
export async function measureNoise(opts: { runs?: number; reps?: number; log?: (line: string) => void } = {}): Promise<void> {
  const runs = Math.max(5, opts.runs ?? 9);
  const reps = Math.max(1, opts.reps ?? 3);
  const log = opts.log ?? console.log;
  const a = await launchChromium({ withExtension: false });
  const b = await launchChromium({ withExtension: false });
  try {
    const pages = searchPages();
    for (const s of [a, b]) {
      await s.context.addInitScript(PROBE);
      for (const p of pages) await s.serve(p.url, p.html);
    }
    for (const p of pages) {
      await oneSearchRun(a, false, p.url);
      await oneSearchRun(b, false, p.url);
      for (let r = 0; r < reps; r++) {
        const xa: number[] = [];
        const xb: number[] = [];
        for (let i = 0; i < runs; i++) {
          xa.push((await oneSearchRun(a, false, p.url)).taskMs);
          xb.push((await oneSearchRun(b, false, p.url)).taskMs);
        }
        const d = median(xa) - median(xb);
        log(
          `${p.name}, A/A ${r + 1}/${reps} (${runs} alternating runs, no extension in either): ${median(xa).toFixed(1)} vs ${median(xb).toFixed(1)} ms, ` +
            `difference ${d.toFixed(1)} ms = ${((100 * d) / median(xb)).toFixed(1)}%; paired differences quartiles ${quartiles(xa.map((x, i) => x - xb[i]!))} ms`,
        );
      }
    }
  } finally {
    await a.close().catch(() => {});
    await b.close().catch(() => {});
  }
}

function argNum(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--aa')) {
  await measureNoise({ runs: argNum('--runs'), reps: argNum('--reps') });
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { search, feed, layoutOnly } = await measurePageOverhead({ runs: argNum('--runs'), feedRuns: argNum('--feed-runs'), log: console.log });
  for (const line of formatOverhead(search, feed, layoutOnly)) console.log(line);
}
