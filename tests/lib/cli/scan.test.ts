// scan CLI end to end: spawn it on one fixture (.html and .html.gz) and on a list file.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Listing } from '../../../lib/schema/listing';
import { REPO_ROOT } from '../corpus/corpus';

const FIX = path.join(REPO_ROOT, 'tests/fixtures');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/scan.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('scan CLI', () => {
  it('--json --url URL FILE prints one entry with the product', () => {
    const r = run('--json', '--url', 'https://www.ebay.com/itm/256123456789', path.join(FIX, 'ebay/product.html'));
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ site: string; pageKind: string; listings: unknown[] }>;
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ site: 'ebay', pageKind: 'product' });
    expect(out[0]!.listings[0]).toMatchObject({ title: "Acme Retro High OG Sneakers Chicago Size 10 Men's", seller: { rating: 0.992 } });
    for (const l of out[0]!.listings) expect(Listing.safeParse(l).success).toBe(true);
  });

  it('--json --list LIST.json keeps input order, reads .html.gz, reports a missing file without stopping', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'scan-'));
    writeFileSync(path.join(dir, 'search.html.gz'), gzipSync(readFileSync(path.join(FIX, 'amazon/search.html'))));
    const list = [
      { file: 'search.html.gz', url: 'https://www.amazon.com/s?k=wireless+earbuds' },
      { file: path.relative(dir, path.join(FIX, 'generic/jsonld-product.html')), url: 'https://shop.example.de/p/k3' },
      { file: 'missing.html', url: 'https://www.example.com/' },
    ];
    writeFileSync(path.join(dir, 'list.json'), JSON.stringify(list));
    const r = run('--json', '--list', path.join(dir, 'list.json'));
    expect(r.status).toBe(1); // one page failed to load
    const out = JSON.parse(r.stdout) as Array<{ site: string | null; pageKind: string | null; listings: Listing[]; error?: string }>;
    expect(out.map((e) => e.site)).toEqual(['amazon', 'generic', null]);
    expect(out[0]!.listings.map((l) => l.position)).toEqual([1, 2, 3]);
    expect(out[1]!.listings[0]).toMatchObject({ brand: 'KÄRCHER', price: { amount: 119.01, currency: 'EUR' } });
    expect(out[2]!.error).toMatch(/missing\.html|ENOENT/);
  });

  it('prints a readable table without --json, and usage on bad arguments', () => {
    const r = run('--url', 'https://www.amazon.com/dp/B0C1234567', path.join(FIX, 'amazon/product.html'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('site=amazon pageKind=product listings=1');
    expect(r.stdout).toMatch(/59\.99 USD\s+Acme\s+Acme Direct US/);
    const bad = run('--json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage:');
  });
});
