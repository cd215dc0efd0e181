/**
 * Which long main-thread tasks the extension causes (issue 6: "no long task over 50 ms caused by it"), from a
 * Chromium trace of one page load with the JS sampling profiler on: every top-level task of the page's renderer
 * main thread that lasts ≥ 50 ms, and how much of it ran the extension's code (samples whose stack holds a
 * chrome-extension:// frame, native calls made from our code included). A task counts as caused by the extension
 * when our share is what took it past 50 ms (task − ours < 50 ms). Printed by page-overhead.ts; never asserted.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../e2e/chromium';

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
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

/** Load `url` in a new page of `s` under a trace, wait `settleMs`, and attribute the long tasks. */
export async function traceLongTasks(s: ChromiumSession, url: string, settleMs: number): Promise<LongTaskTrace> {
  const page: Page = await s.context.newPage();
  const cdp = await s.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach().catch(() => {});
  await page.close();
  return attribute(events);
}

export function attribute(events: TraceEvent[]): LongTaskTrace {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  // The page's renderer main thread: the CrRendererMain with the most task time.
  const busy = new Map<string, number>();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(k) === 'CrRendererMain') busy.set(k, (busy.get(k) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
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
  const ours: number[] = []; // timestamps (µs) of samples in our code
  let interval = 0;
  const state = new Map<string, { t: number; parent: Map<number, number>; ext: Map<number, boolean> }>();
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid && e.id && profiles.has(e.id)).sort((a, b) => a.ts - b.ts);
  let deltas = 0;
  let deltaCount = 0;
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
      if (td[i]) {
        deltas += td[i]!;
        deltaCount++;
      }
      let ext = false;
      for (let n: number | undefined = samples[i], hops = 0; n !== undefined && hops < 500; n = st.parent.get(n), hops++) {
        if (st.ext.get(n)) {
          ext = true;
          break;
        }
      }
      if (ext) ours.push(st.t);
    }
  }
  interval = deltaCount ? deltas / deltaCount : 0;
  ours.sort((a, b) => a - b);
  const oursIn = (t: TraceEvent) => {
    let n = 0;
    for (const x of ours) if (x >= t.ts && x < t.ts + (t.dur ?? 0)) n++;
    return (n * interval) / 1000;
  };
  const withShare = top.map((t) => ({ ms: (t.dur ?? 0) / 1000, oursMs: oursIn(t) }));
  const long = withShare.filter((t) => t.ms >= 50);
  const caused = long.filter((t) => t.oursMs > 0 && t.ms - t.oursMs < 50);
  const ran = withShare.filter((t) => t.oursMs > 0).sort((a, b) => b.ms - a.ms);
  return { long, caused, oursTotalMs: (ours.length * interval) / 1000, longestOurs: ran[0] ?? null };
}
