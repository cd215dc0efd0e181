/**
 * Permissions audit of the BUILT manifests: everything they ask for must be justified in README.md's "Permissions"
 * table, content scripts run only on the marketplaces of lib/sites.ts, and nothing widens the attack surface
 * (no <all_urls>, no `tabs`, no externally_connectable, default CSP). Also runs `web-ext lint` on the Firefox build.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/sites';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from './paths';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
};

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

/** The backticked names in the first column of README's "## Permissions" table. */
function justifiedInReadme(): Set<string> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions\n'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    const cell = /^\|\s*([^|]+?)\s*\|/.exec(line)?.[1];
    if (!cell) continue;
    for (const m of cell.matchAll(/`([^`]+)`/g)) names.add(m[1]!);
  }
  return names;
}

describe.each([
  ['chrome-mv3', CHROME_BUILD],
  ['firefox-mv2', FIREFOX_BUILD],
])('%s manifest', (_name, dir) => {
  const m = readManifest(dir);
  const justified = justifiedInReadme();

  it('asks only for permissions the README justifies', () => {
    const asked = [
      ...(m.permissions ?? []),
      ...(m.optional_permissions ?? []),
      ...(m.host_permissions ?? []),
      ...(m.optional_host_permissions ?? []),
    ];
    const unexplained = asked.filter((p) => !justified.has(p));
    expect(unexplained, `add a row for each to README.md "## Permissions"`).toEqual([]);
  });

  it('never asks for broad access up front', () => {
    const all = JSON.stringify(m);
    expect(all).not.toContain('<all_urls>');
    // A wide pattern may appear only among OPTIONAL permissions (the report endpoint's origin is requested at run
    // time, one origin at a time); required permissions and hosts stay narrow.
    const required = JSON.stringify([m.permissions ?? [], m.host_permissions ?? [], m.content_scripts ?? []]);
    expect(required).not.toMatch(/"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"/);
    expect(m.permissions ?? []).not.toContain('tabs');
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('content_security_policy');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  it('runs content scripts exactly on the marketplaces of lib/sites.ts', () => {
    const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
    expect([...new Set(matches)].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    expect(justified.has('content_scripts')).toBe(true);
  });

  it('has store icons and a name and description the stores accept', () => {
    expect(Object.keys((m.icons as Record<string, string>) ?? {})).toEqual(
      expect.arrayContaining(['16', '32', '48', '96', '128']),
    );
    expect(String(m.name).length).toBeLessThanOrEqual(45);
    expect(String(m.description).length).toBeGreaterThan(20);
    expect(String(m.description).length).toBeLessThanOrEqual(132); // Chrome Web Store limit
  });
});

describe('browser-specific keys', () => {
  it('Firefox gets a gecko id and declares it collects no data; Chrome gets no Firefox-only keys', () => {
    const ff = readManifest(FIREFOX_BUILD);
    const gecko = (ff.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(readManifest(CHROME_BUILD)).not.toHaveProperty('browser_specific_settings');
  });
});

describe('web-ext lint (Firefox build)', () => {
  it('reports no errors, and only the warnings README explains', () => {
    let out: string;
    try {
      out = execFileSync(
        path.join(ROOT, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
        { encoding: 'utf8', cwd: ROOT },
      );
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out) as { errors: unknown[]; warnings: { code: string; file: string }[] };
    expect(report.errors).toEqual([]);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const w of report.warnings) expect(readme, `explain web-ext warning ${w.code} (${w.file}) in README`).toContain(w.code);
  });
});
