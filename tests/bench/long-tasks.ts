/**
 * Which long main-thread tasks the extension causes (issue 6: "no long task over 50 ms caused by it"), from a
 * Chromium trace of one page load with the JS sampling profiler on: every top-level task of the page's renderer
 * main thread that lasts ≥ 50 ms, and how much of it ran the extension's code (samples whose stack holds a
 * chrome-extension:// frame, native calls made from our code included). A task counts as caused by the extension
 * when our share is what took it past 50 ms (task − ours < 50 ms). Printed by page-overhead.ts; never asserted.
 * Also the trace plumbing trace-breakdown.ts shares: traceLoad (one traced page load), rendererMain.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../e2e/chromium';

/** A Chromium trace event, as much of it as the benches read. */
export interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, when the category records it. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      functionName?: string;
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

export interface LongTask {
  ms: number;
  oursMs: number;
}

export interface LongTaskTrace {
  /** Top-level main-thread tasks ≥ 50 ms, with the extension's share of each. */
  long: LongTask[];
  /** Those our code took past 50 ms. */
  caused: LongTask[];
  /** The extension's sampled main-thread time over the whole load (ms). */
  oursTotalMs: number;
  /** The longest task our code ran in (ms), and our share of it. */
  longestOurs: LongTask | null;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

/** Load `url` in a new page of `s` while recording a trace of `categories`; wait `waitMs` after load; the events. */
export async function traceLoad(s: ChromiumSession, url: string, waitMs: number, categories: string[]): Promise<TraceEvent[]> {
  const page: Page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(waitMs);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach().catch(() => {});
  await page.close();
  return events;
}

/** "pid:tid" of the page's renderer main thread (the CrRendererMain with the most task time), and that time (µs). */
export function rendererMain(events: TraceEvent[]): { thread: string; taskUs: number } | null {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const busy = new Map<string, number>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(k) === 'CrRendererMain') busy.set(k, (busy.get(k) ?? 0) + (e.tdur ?? e.dur ?? 0));
  }
  const top = [...busy].sort((a, b) => b[1] - a[1])[0];
  return top ? { thread: top[0], taskUs: top[1] } : null;
}

/** Load `url` in a new page of `s` under a trace, wait `settleMs`, and attribute the long tasks. */
export async function traceLongTasks(s: ChromiumSession, url: string, settleMs: number): Promise<LongTaskTrace> {
  return attribute(await traceLoad(s, url, settleMs, CATEGORIES));
}

export function attribute(events: TraceEvent[]): LongTaskTrace {
  const main = rendererMain(events)?.thread;
  if (!main) return { long: [], caused: [], oursTotalMs: 0, longestOurs: null };
  const onMain = (e: TraceEvent) => `${e.pid}:${e.tid}` === main;

  // Top-level tasks: RunTask events not nested in another.
  const tasks = events.filter((e) => onMain(e) && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  for (const t of tasks) {
    const last = top[top.length - 1];
    if (last && t.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(t);
  }

  // Samples of the JS profiler on that thread: time and whether the stack holds one of our frames.
  // A profile is started on the thread it samples; its chunks are written from the profiler's own thread of the same
  // process, so they are matched by process and profile id.
  const pid = Number(main.split(':')[0]);
  const profiles = new Map<string, number>(); // profile id → start time
  for (const e of events) if (e.name === 'Profile' && onMain(e) && e.id) profiles.set(e.id, e.args?.data?.startTime ?? e.ts);
  // Every sample: its time (µs) and whether its stack holds one of our frames.
  const all: { t: number; ours: boolean }[] = [];
  const state = new Map<string, { t: number; parent: Map<number, number>; ext: Map<number, boolean> }>();
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id && profiles.has(e.id)).sort((a, b) => a.ts - b.ts);
  for (const c of chunks) {
    const st = state.get(c.id!) ?? { t: profiles.get(c.id!)!, parent: new Map(), ext: new Map() };
    state.set(c.id!, st);
    for (const n of c.args?.data?.cpuProfile?.nodes ?? []) {
      if (n.parent !== undefined) st.parent.set(n.id, n.parent);
      st.ext.set(n.id, (n.callFrame.url ?? '').startsWith('chrome-extension://'));
    }
    const samples = c.args?.data?.cpuProfile?.samples ?? [];
    const td = c.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      st.t += td[i] ?? 0;
      let ext = false;
      for (let n: number | undefined = samples[i], hops = 0; n !== undefined && hops < 500; n = st.parent.get(n), hops++) {
        if (st.ext.get(n)) {
          ext = true;
          break;
        }
      }
      all.push({ t: st.t, ours: ext });
    }
  }
  all.sort((a, b) => a.t - b.t);
  // A sample stands for the time until the next one; a gap much longer than the usual interval (the profiler was not
  // sampling) counts as one usual interval.
  const gaps = all.slice(1).map((x, i) => x.t - all[i]!.t).filter((d) => d > 0).sort((a, b) => a - b);
  const usual = gaps.length ? gaps[gaps.length >> 1]! : 0;
  const weight = (i: number) => {
    const d = i + 1 < all.length ? all[i + 1]!.t - all[i]!.t : usual;
    return d > 3 * usual ? usual : d;
  };
  const ours: { t: number; us: number }[] = [];
  all.forEach((x, i) => {
    if (x.ours) ours.push({ t: x.t, us: weight(i) });
  });
  const oursIn = (t: TraceEvent) => {
    let us = 0;
    for (const x of ours) if (x.t >= t.ts && x.t < t.ts + (t.dur ?? 0)) us += x.us;
    return us / 1000;
  };
  const withShare = top.map((t) => ({ ms: (t.dur ?? 0) / 1000, oursMs: oursIn(t) }));
  const long = withShare.filter((t) => t.ms >= 50);
  const caused = long.filter((t) => t.oursMs > 0 && t.ms - t.oursMs < 50);
  const ran = withShare.filter((t) => t.oursMs > 0).sort((a, b) => b.ms - a.ms);
  return { long, caused, oursTotalMs: ours.reduce((n, x) => n + x.us, 0) / 1000, longestOurs: ran[0] ?? null };
}
