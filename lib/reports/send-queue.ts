/**
 * Sends reports to the user's own endpoint: POST JSON `{ format: 'copycat-guard-report', version: 1, report }`, with
 * an `Idempotency-Key: <report id>` header, retry with exponential backoff and jitter driven by `browser.alarms`.
 * All queue state is in each report's `send` field in storage (status, attempts, nextAttemptAt, lastError), none in
 * memory: an MV3 service worker can stop at any moment.
 *
 * Crash windows (documented, and covered by tests):
 * - The attempt is recorded (attempts + 1, nextAttemptAt = now + backoff) BEFORE the request goes out. A worker
 *   killed mid-request therefore retries later, after the backoff, and the attempt counts.
 * - `sent` is written right after a 2xx. If the worker dies between the endpoint's 2xx and that write, the report is
 *   POSTed again later with the SAME Idempotency-Key — delivery is at-least-once, and exactly-once for an endpoint
 *   that honours the key. Once `sent` is stored the report is never POSTed again (only `pending` ones are picked).
 * - A report deleted while its request is in flight stays deleted (updateReport does not recreate it).
 * - Before the first request of a run, a watchdog alarm is set `baseDelayMs` ahead, so a run cut short resumes.
 */
import { browser } from 'wxt/browser';
import { getReportEndpoint } from './endpoint';
import { clearSendAlarm, scheduleSendAlarm } from './alarm';
import { listReports, updateReport } from './store';
import type { Report } from './schema';

export const SEND_POLICY = {
  /** After this many attempts a report becomes `failed` (kept; the user can retry). */
  maxAttempts: 8,
  /** Why 30 s: Chrome (120+) does not fire alarms sooner than 30 s after they are set. */
  baseDelayMs: 30_000,
  /** 6 h cap: 8 attempts then span about a day (30 s, 1, 2, 4, 8, 16, 32 min, 1 h 4 min, with jitter). */
  maxDelayMs: 6 * 3600_000,
  timeoutMs: 15_000,
} as const;

export const PERMISSION_MISSING = 'permission missing: open Settings and save the report endpoint again to allow it';
export const NO_ENDPOINT = 'no report endpoint configured';

/**
 * Delay before the next attempt after `attempts` attempts: exponential with "equal jitter" (half fixed, half random),
 * so many reports that failed together do not retry in lock step.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random, policy = SEND_POLICY): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}

export function reportPayload(report: Report): string {
  return JSON.stringify({ format: 'copycat-guard-report', version: 1, report });
}

export interface QueueDeps {
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  hasPermission?: (pattern: string) => Promise<boolean>;
}

export interface QueueRun {
  sent: string[];
  retrying: string[];
  failed: string[];
  /** Why nothing was sent, when nothing could be. */
  blocked?: typeof NO_ENDPOINT | typeof PERMISSION_MISSING;
  /** When the alarm was set for the next run (ms), or null when nothing is pending. */
  nextRunAt: number | null;
}

async function defaultHasPermission(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** 4xx other than timeout / too-early / rate-limit: the endpoint refuses this payload; retrying will not help. */
function permanent(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 425 && status !== 429;
}

/** Retry-After in seconds (the HTTP-date form is ignored), bounded by the policy's cap. */
function retryAfterMs(res: Response): number | null {
  const v = res.headers.get('retry-after');
  if (!v || !/^\d+$/.test(v.trim())) return null;
  return Math.min(Number(v.trim()) * 1000, SEND_POLICY.maxDelayMs);
}

const iso = (ms: number) => new Date(ms).toISOString();
const clipError = (s: string) => (s.length > 500 ? s.slice(0, 497) + '…' : s);

let running: Promise<QueueRun> | null = null;

/**
 * Send every due pending report once, then set the alarm for the next due one. Concurrent calls in one context share
 * one run (the background is the only context that sends).
 */
export function processQueue(deps: QueueDeps = {}): Promise<QueueRun> {
  if (!running) {
    running = runQueue(deps).finally(() => {
      running = null;
    });
  }
  return running;
}

async function runQueue(deps: QueueDeps): Promise<QueueRun> {
  const now = deps.now ?? Date.now;
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const random = deps.random ?? Math.random;
  const hasPermission = deps.hasPermission ?? defaultHasPermission;
  const run: QueueRun = { sent: [], retrying: [], failed: [], nextRunAt: null };

  const endpoint = await getReportEndpoint();
  const { reports } = await listReports();
  const due = reports.filter(
    (r) => r.send.status === 'pending' && (!r.send.nextAttemptAt || Date.parse(r.send.nextAttemptAt) <= now()),
  );
  if (due.length > 0) {
    let blocked: QueueRun['blocked'];
    if (!endpoint) blocked = NO_ENDPOINT;
    else if (!(await hasPermission(endpoint.pattern))) blocked = PERMISSION_MISSING;
    if (blocked) {
      // Not an attempt: nothing went out. The report waits; saving the endpoint again re-arms the queue.
      run.blocked = blocked;
      for (const r of due) await updateReport(r.id, (cur) => (cur.send.lastError === blocked ? null : { ...cur, send: { ...cur.send, lastError: blocked } }));
      await clearSendAlarm();
      return run;
    }
    // Watchdog: if this worker is stopped mid-run, an alarm already exists to resume (the end of the run replaces it
    // with the exact next time). Why the base delay: attempts due by then are retried; later ones wait for it.
    await scheduleSendAlarm(now() + SEND_POLICY.baseDelayMs);
    for (const r of due) await sendOne(r.id, endpoint!.url, { now, doFetch, random }, run);
  }
  run.nextRunAt = await scheduleNext();
  return run;
}

async function sendOne(
  id: string,
  url: string,
  d: { now: () => number; doFetch: typeof fetch; random: () => number },
  run: QueueRun,
): Promise<void> {
  // 1. Record the attempt first (see the crash windows above).
  const claimed = await updateReport(id, (cur) => {
    if (cur.send.status !== 'pending') return null;
    const attempts = cur.send.attempts + 1;
    const t = d.now();
    return { ...cur, send: { ...cur.send, attempts, lastAttemptAt: iso(t), nextAttemptAt: iso(t + backoffDelay(attempts, d.random)) } };
  });
  if (!claimed || claimed.send.status !== 'pending') return;

  // 2. POST. Only the request is inside the try: a storage failure afterwards is not a network error.
  let error = '';
  let giveUp = false;
  let waitMs: number | null = null;
  let ok = false;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), SEND_POLICY.timeoutMs);
  try {
    const res = await d.doFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': claimed.id },
      body: reportPayload(claimed),
      credentials: 'omit',
      // Why no redirects: the host permission was granted for this origin only; a redirect could send the report
      // elsewhere.
      redirect: 'error',
      signal: ctrl.signal,
    });
    ok = res.ok;
    if (!ok) {
      error = `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`;
      giveUp = permanent(res.status);
      waitMs = retryAfterMs(res);
    }
    await res.body?.cancel().catch(() => undefined);
  } catch (e) {
    error = ctrl.signal.aborted ? `timeout after ${SEND_POLICY.timeoutMs / 1000} s` : `network error: ${String((e as Error)?.message ?? e)}`;
  } finally {
    clearTimeout(timer);
  }

  if (ok) {
    const t = d.now();
    const done = await updateReport(id, (cur) => ({
      ...cur,
      send: { status: 'sent', attempts: cur.send.attempts, lastAttemptAt: cur.send.lastAttemptAt, sentAt: iso(t) },
    }));
    if (done) run.sent.push(id);
    return;
  }

  // 3. Failed: keep pending with the error, or give up to `failed` (the report itself is kept).
  const after = await updateReport(id, (cur) => {
    if (cur.send.status !== 'pending') return null;
    const out = giveUp || cur.send.attempts >= SEND_POLICY.maxAttempts;
    const send = { ...cur.send, lastError: clipError(error) };
    if (out) {
      delete send.nextAttemptAt;
      return { ...cur, send: { ...send, status: 'failed' } };
    }
    if (waitMs !== null) send.nextAttemptAt = iso(Math.max(d.now() + waitMs, Date.parse(cur.send.nextAttemptAt ?? '') || 0));
    return { ...cur, send };
  });
  if (after?.send.status === 'failed') run.failed.push(id);
  else if (after) run.retrying.push(id);
}

/** Set (or clear) the alarm for the earliest pending report. Returns its time. */
export async function scheduleNext(): Promise<number | null> {
  const { reports } = await listReports();
  const times = reports
    .filter((r) => r.send.status === 'pending')
    .map((r) => (r.send.nextAttemptAt ? Date.parse(r.send.nextAttemptAt) : Date.now()));
  if (times.length === 0) {
    await clearSendAlarm();
    return null;
  }
  const when = Math.min(...times);
  await scheduleSendAlarm(when);
  return when;
}

/**
 * The user asks to (re)send a report: `local` / `failed` / `pending` → `pending` now, attempts reset.
 * A `sent` report is left alone (it was delivered).
 */
export async function retryReport(id: string, now: Date = new Date()): Promise<Report | null> {
  const r = await updateReport(id, (cur) =>
    cur.send.status === 'sent'
      ? null
      : { ...cur, send: { status: 'pending', attempts: 0, nextAttemptAt: now.toISOString() } },
  );
  if (r?.send.status === 'pending') await scheduleSendAlarm(now.getTime());
  return r;
}

/** Re-arm every pending report (after the endpoint or its permission changed). */
export async function rearmPending(now: Date = new Date()): Promise<number> {
  const { reports } = await listReports();
  let n = 0;
  for (const r of reports) {
    if (r.send.status !== 'pending') continue;
    await updateReport(r.id, (cur) => {
      if (cur.send.status !== 'pending') return null;
      const { lastError: _drop, ...send } = cur.send;
      return { ...cur, send: { ...send, nextAttemptAt: now.toISOString() } };
    });
    n++;
  }
  if (n > 0) await scheduleSendAlarm(now.getTime());
  return n;
}
