// @vitest-environment node
// Node environment: the sender must talk to a real HTTP server through Node's own fetch (happy-dom's fetch applies
// page CORS rules that an extension background does not have).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SEND_ALARM } from '../../../lib/reports/alarm';
import { setReportEndpoint, validateEndpoint } from '../../../lib/reports/endpoint';
import {
  PERMISSION_MISSING,
  SEND_POLICY,
  backoffDelay,
  processQueue,
  retryReport,
} from '../../../lib/reports/send-queue';
import { getReport, saveReport } from '../../../lib/reports/store';
import { registerReportBackground } from '../../../lib/background/report-handlers';
import { newReport } from './helpers';

interface Received {
  key: string | undefined;
  contentType: string | undefined;
  body: { format: string; version: number; report: { id: string } };
}

/** A collector that answers `plan[i]` to the i-th request (then 200), and stores reports once per Idempotency-Key. */
let server: Server;
let base = '';
let plan: { status: number; headers?: Record<string, string> }[] = [];
let received: Received[] = [];
const stored = new Map<string, unknown>();

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      const key = req.headers['idempotency-key'] as string | undefined;
      const body = JSON.parse(data) as Received['body'];
      received.push({ key, contentType: req.headers['content-type'], body });
      const step = plan[received.length - 1] ?? { status: 200 };
      if (step.status >= 200 && step.status < 300 && key && !stored.has(key)) stored.set(key, body.report);
      res.writeHead(step.status, step.headers);
      res.end(step.status < 300 ? '{"ok":true}' : 'nope');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let clock = Date.parse('2026-11-29T08:00:00.000Z');
beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  clock = Date.parse('2026-11-29T08:00:00.000Z');
  vi.setSystemTime(clock);
  plan = [];
  received = [];
  stored.clear();
  (fakeBrowser.permissions as { contains: unknown }).contains = async () => true;
  await setReportEndpoint(`${base}/collect`);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function advanceTo(ms: number) {
  clock = ms;
  vi.setSystemTime(ms);
}

/** Fire the alarm as the browser would (the listener starts a run; joining it waits for that run). */
async function fireAlarm() {
  const alarm = await fakeBrowser.alarms.get(SEND_ALARM);
  expect(alarm, 'an alarm is set for the next attempt').toBeDefined();
  advanceTo(Math.max(clock, alarm!.scheduledTime));
  await fakeBrowser.alarms.onAlarm.trigger(alarm!);
  return processQueue();
}

describe('send queue against a local HTTP server', () => {
  it('retries with backoff through alarms until a 2xx, then marks sent and never sends again', async () => {
    plan = [{ status: 503 }, { status: 500 }, { status: 201 }];
    await registerReportBackground(); // start-up run: nothing pending yet
    const report = await saveReport(newReport(1));
    expect(report.send.status).toBe('pending');

    await fireAlarm();
    let r = await getReport(report.id);
    expect(r!.send).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 503 Service Unavailable' });
    const wait1 = Date.parse(r!.send.nextAttemptAt!) - clock;
    expect(wait1).toBeGreaterThanOrEqual(SEND_POLICY.baseDelayMs / 2);
    expect(wait1).toBeLessThanOrEqual(SEND_POLICY.baseDelayMs);
    expect((await fakeBrowser.alarms.get(SEND_ALARM))!.scheduledTime).toBe(Date.parse(r!.send.nextAttemptAt!));

    // state is in storage: a run before the time does nothing
    await processQueue();
    expect(received).toHaveLength(1);

    await fireAlarm();
    r = await getReport(report.id);
    expect(r!.send).toMatchObject({ status: 'pending', attempts: 2, lastError: 'HTTP 500 Internal Server Error' });
    const wait2 = Date.parse(r!.send.nextAttemptAt!) - clock;
    expect(wait2).toBeGreaterThanOrEqual(SEND_POLICY.baseDelayMs);

    const run = await fireAlarm();
    expect(run.sent).toEqual([report.id]);
    r = await getReport(report.id);
    expect(r!.send.status).toBe('sent');
    expect(r!.send.attempts).toBe(3);
    expect(r!.send.sentAt).toBe(new Date(clock).toISOString());
    expect(r!.send.lastError).toBeUndefined();
    expect(await fakeBrowser.alarms.get(SEND_ALARM)).toBeUndefined();

    expect(received).toHaveLength(3);
    for (const got of received) {
      expect(got.key).toBe(report.id);
      expect(got.contentType).toBe('application/json');
      expect(got.body).toMatchObject({ format: 'copycat-guard-report', version: 1, report: { id: report.id } });
    }
    // never again after a 2xx
    advanceTo(clock + 24 * 3600_000);
    await processQueue();
    expect(received).toHaveLength(3);
  });

  it('makes no request at all without an endpoint', async () => {
    await setReportEndpoint(null);
    const r = await saveReport(newReport(2));
    expect(r.send.status).toBe('local');
    await processQueue();
    expect(received).toHaveLength(0);
  });

  it('does not send without the host permission, and says so', async () => {
    (fakeBrowser.permissions as { contains: unknown }).contains = async () => false;
    const r = await saveReport(newReport(3));
    const run = await processQueue();
    expect(run.blocked).toBe(PERMISSION_MISSING);
    expect(received).toHaveLength(0);
    expect((await getReport(r.id))!.send).toMatchObject({ status: 'pending', attempts: 0, lastError: PERMISSION_MISSING });
  });

  it('gives up to failed after the maximum attempts, keeps the report, and the user can retry', async () => {
    plan = Array.from({ length: SEND_POLICY.maxAttempts }, () => ({ status: 502 }));
    const r = await saveReport(newReport(4));
    await processQueue();
    for (let i = 1; i < SEND_POLICY.maxAttempts; i++) await fireAlarm();
    const failed = await getReport(r.id);
    expect(failed!.send).toMatchObject({ status: 'failed', attempts: SEND_POLICY.maxAttempts, lastError: 'HTTP 502 Bad Gateway' });
    expect(failed!.listing).toEqual(r.listing);
    expect(received).toHaveLength(SEND_POLICY.maxAttempts);

    await retryReport(r.id);
    expect((await getReport(r.id))!.send).toMatchObject({ status: 'pending', attempts: 0 });
    await processQueue();
    expect((await getReport(r.id))!.send.status).toBe('sent');
  });

  it('treats a 4xx refusal as final (no hammering), but honours 429 Retry-After', async () => {
    plan = [{ status: 400 }];
    const a = await saveReport(newReport(5));
    await processQueue();
    expect((await getReport(a.id))!.send).toMatchObject({ status: 'failed', attempts: 1, lastError: 'HTTP 400 Bad Request' });

    plan = [{ status: 400 }, { status: 429, headers: { 'Retry-After': '600' } }];
    const b = await saveReport(newReport(6));
    await processQueue();
    const rb = await getReport(b.id);
    expect(rb!.send.status).toBe('pending');
    expect(Date.parse(rb!.send.nextAttemptAt!) - clock).toBe(600_000);
  });

  it('crash between the 2xx and writing "sent": resent once more with the same Idempotency-Key, stored once', async () => {
    const r = await saveReport(newReport(7));
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let crashed = false;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      const v = Object.values(items)[0] as { send?: { status?: string } } | undefined;
      if (!crashed && v?.send?.status === 'sent') {
        crashed = true;
        throw new Error('service worker stopped');
      }
      return realSet(items);
    });
    await expect(processQueue()).rejects.toThrow('service worker stopped');
    expect(received).toHaveLength(1);
    const mid = await getReport(r.id);
    expect(mid!.send).toMatchObject({ status: 'pending', attempts: 1 }); // the attempt was recorded before the POST

    await fireAlarm();
    expect(received).toHaveLength(2);
    expect(received.map((x) => x.key)).toEqual([r.id, r.id]);
    expect(stored.size).toBe(1);
    expect((await getReport(r.id))!.send.status).toBe('sent');
  });

  it('a network error (server gone) keeps the report pending with the error', async () => {
    await setReportEndpoint('http://127.0.0.1:9/collect'); // discard port: nothing listens
    const r = await saveReport(newReport(8));
    await processQueue();
    const got = await getReport(r.id);
    expect(got!.send.status).toBe('pending');
    expect(got!.send.lastError).toMatch(/^network error/);
  });
});

describe('backoff and endpoint validation', () => {
  it('grows exponentially with jitter inside [d/2, d] and stops at the cap', () => {
    for (let n = 1; n <= 12; n++) {
      const d = Math.min(SEND_POLICY.maxDelayMs, SEND_POLICY.baseDelayMs * 2 ** (n - 1));
      expect(backoffDelay(n, () => 0)).toBe(d / 2);
      expect(backoffDelay(n, () => 1)).toBe(d);
    }
    expect(backoffDelay(3, () => 0.5)).toBe(90_000);
  });

  it('accepts https anywhere and http only on loopback; the permission pattern has no port', () => {
    expect(validateEndpoint('https://reports.example.org:8443/in#x')).toEqual({
      ok: true,
      url: 'https://reports.example.org:8443/in',
      pattern: 'https://reports.example.org/*',
    });
    expect(validateEndpoint('http://127.0.0.1:8080/c')).toMatchObject({ ok: true, pattern: 'http://127.0.0.1/*' });
    expect(validateEndpoint('http://localhost/c')).toMatchObject({ ok: true });
    expect(validateEndpoint('http://reports.example.org/in')).toEqual({ ok: false, error: 'not-https' });
    expect(validateEndpoint('ftp://x.org/')).toEqual({ ok: false, error: 'not-https' });
    expect(validateEndpoint('https://user:pw@x.org/')).toEqual({ ok: false, error: 'credentials' });
    expect(validateEndpoint('not a url')).toEqual({ ok: false, error: 'invalid' });
    expect(validateEndpoint('  ')).toEqual({ ok: false, error: 'empty' });
  });
});
