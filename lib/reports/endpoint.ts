/**
 * The user's report endpoint: validation, its host-permission pattern, and where it is stored (the `reportEndpoint`
 * field of the settings item). Until lib/settings.ts declares the field, it is read from the raw stored settings and
 * validated here, so an invalid or missing value always reads as "no endpoint".
 */
import { settingsItem, type Settings } from '../settings';

export type EndpointCheck =
  | { ok: true; url: string; pattern: string }
  | { ok: false; error: 'empty' | 'invalid' | 'not-https' | 'credentials' | 'too-long' };

/**
 * Why plain http is allowed for loopback only: a developer testing a collector on their own machine (and our tests'
 * local server) has no certificate; anything that leaves the machine must be HTTPS.
 */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function validateEndpoint(input: string): EndpointCheck {
  const s = input.trim();
  if (!s) return { ok: false, error: 'empty' };
  if (s.length > 2048) return { ok: false, error: 'too-long' };
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  if (u.username || u.password) return { ok: false, error: 'credentials' };
  const https = u.protocol === 'https:';
  const loopbackHttp = u.protocol === 'http:' && LOOPBACK.has(u.hostname);
  if (!https && !loopbackHttp) return { ok: false, error: 'not-https' };
  if (!u.hostname) return { ok: false, error: 'invalid' };
  u.hash = '';
  return { ok: true, url: u.href, pattern: originPattern(u) };
}

/**
 * The host permission to request for an endpoint: scheme + host, any path. Why no port: match patterns cannot name
 * a port in Firefox (and a portless pattern covers every port in Chrome), so "https://host:8443/x" asks for
 * "https://host/*".
 */
export function originPattern(u: URL): string {
  return `${u.protocol}//${u.hostname}/*`;
}

type StoredSettings = Settings & { reportEndpoint?: string | null };

/** The configured endpoint, or null (none, or a stored value that no longer validates). */
export async function getReportEndpoint(): Promise<EndpointCheck & { ok: true } | null> {
  const raw = (await settingsItem.getValue()) as unknown;
  const v = raw && typeof raw === 'object' ? (raw as { reportEndpoint?: unknown }).reportEndpoint : null;
  if (typeof v !== 'string') return null;
  const check = validateEndpoint(v);
  return check.ok ? check : null;
}

/** Store (or clear, with null) the endpoint, keeping every other settings field as stored. */
export async function setReportEndpoint(url: string | null): Promise<void> {
  const raw = ((await settingsItem.getValue()) ?? {}) as StoredSettings;
  await settingsItem.setValue({ ...raw, reportEndpoint: url } as Settings);
}
