// The long-task attribution of the performance report (tests/bench/long-tasks.ts), on synthetic traces: which tasks
// are long, how much of each ran our code, and which our code took past 50 ms.
import { describe, expect, it } from 'vitest';
import { attribute, type TraceEvent } from './long-tasks';

const PID = 7;
const MAIN = 7; // a renderer's main thread id equals its process id on Linux
const PROFILER = 9;
const EXT = 'chrome-extension://abcdefghijklmnop/content-scripts/amazon.js';

function trace(tasks: [startMs: number, durMs: number][], samples: [atMs: number, ours: boolean][]): TraceEvent[] {
  const ev: TraceEvent[] = [
    { ph: 'M', name: 'thread_name', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
    { ph: 'M', name: 'thread_name', pid: 99, tid: 99, ts: 0, args: { name: 'CrBrowserMain' } },
    { ph: 'P', name: 'Profile', pid: PID, tid: MAIN, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
  ];
  for (const [start, dur] of tasks) ev.push({ ph: 'X', name: 'RunTask', pid: PID, tid: MAIN, ts: start * 1000, dur: dur * 1000 });
  // Node 1 root, 2 page code, 3 our code, 4 a native call made from our code (its own frame has no URL).
  const nodes = [
    { id: 1, callFrame: { url: '' } },
    { id: 2, parent: 1, callFrame: { url: 'https://www.amazon.com/s' } },
    { id: 3, parent: 1, callFrame: { url: EXT } },
    { id: 4, parent: 3, callFrame: { url: '' } },
  ];
  let t = 0;
  const ids: number[] = [];
  const deltas: number[] = [];
  samples.forEach(([at, ours], i) => {
    deltas.push(at * 1000 - t);
    t = at * 1000;
    ids.push(ours ? (i % 2 ? 4 : 3) : 2);
  });
  ev.push({ ph: 'P', name: 'ProfileChunk', pid: PID, tid: PROFILER, ts: 1, id: '0x1', args: { data: { cpuProfile: { nodes, samples: ids }, timeDeltas: deltas } } });
  return ev;
}

/** One sample every ms from `from` to `to` (exclusive), ours or not. */
const every = (from: number, to: number, ours: boolean): [number, boolean][] =>
  Array.from({ length: to - from }, (_, i) => [from + i, ours] as [number, boolean]);

describe('long-task attribution', () => {
  it('finds the long tasks and our share of each, native calls from our code included', () => {
    const r = attribute(trace([[0, 80], [100, 30], [200, 55]], [...every(0, 80, false), ...every(100, 120, true), ...every(200, 210, true), ...every(210, 255, false)]));
    expect(r.long.map((t) => t.ms)).toEqual([80, 55]);
    expect(r.long.map((t) => Math.round(t.oursMs))).toEqual([0, 10]);
    // 55 ms with 10 ms of ours: without us it would have been 45 ms, so ours took it past 50.
    expect(r.caused).toHaveLength(1);
    expect(Math.round(r.oursTotalMs)).toBe(30);
    expect(r.longestOurs?.ms).toBe(55);
  });

  it('a long task that is long without our share is not "caused" by us; no long task, nothing caused', () => {
    const r = attribute(trace([[0, 90]], [...every(0, 5, true), ...every(5, 90, false)]));
    expect(r.long).toHaveLength(1);
    expect(r.caused).toHaveLength(0);
    const quiet = attribute(trace([[0, 20], [30, 20]], [...every(0, 20, true), ...every(30, 50, true)]));
    expect(quiet.long).toHaveLength(0);
    expect(Math.round(quiet.oursTotalMs)).toBe(40);
  });

  it('nested tasks count once, as the outer one; no renderer main thread gives an empty answer', () => {
    const r = attribute(trace([[0, 70], [10, 60]], every(0, 70, true)));
    expect(r.long.map((t) => t.ms)).toEqual([70]);
    expect(attribute([])).toEqual({ long: [], caused: [], oursTotalMs: 0, longestOurs: null });
  });
});
