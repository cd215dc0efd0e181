/** `score` end to end: spawn the CLI with tsx on files we write to a temp folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Verdict } from '../../../lib/schema/verdict';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'score-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(tsx, ['lib/cli/score.ts', ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const listings = [
  { site: 'dhgate', url: 'https://www.dhgate.com/product/1.html', title: 'Gucci GG Belt Men Leather 4cm', brand: null, price: { amount: 19, currency: 'USD' }, seller: { name: 'Top Belts Store' } },
  { site: 'amazon', url: 'https://www.amazon.com/dp/B0TEST', title: 'Stainless steel water bottle 1L', brand: null, price: { amount: 12, currency: 'USD' }, seller: { name: 'Amazon.com' } },
  { site: 'tmall', url: 'https://detail.tmall.com/item.htm?id=9', title: 'Nike耐克 Air Force 1 男子运动鞋', brand: null, price: { amount: 799, currency: 'CNY' }, seller: { name: 'Nike官方旗舰店', official: true } },
];

describe('score CLI', () => {
  it('prints one schema-valid verdict per listing, in order', () => {
    const r = run(['--json', file('ok.json', JSON.stringify(listings))]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as unknown[];
    expect(out).toHaveLength(3);
    for (const v of out) expect(Verdict.safeParse(v).success).toBe(true);
    const levels = (out as { level: string }[]).map((v) => v.level);
    expect(levels).toEqual(['high', 'none', 'low']);
  }, 90_000);
  it('reads standard input with "-" and honours --sensitivity', () => {
    const one = JSON.stringify([{ ...listings[0], site: 'ebay', url: 'https://www.ebay.com/itm/1', title: 'Gucci belt replica', price: null }]);
    expect((JSON.parse(run(['--json', '-'], one).out) as { level: string }[])[0]?.level).toBe('caution');
    expect((JSON.parse(run(['--json', '--sensitivity', 'strict', '-'], one).out) as { level: string }[])[0]?.level).toBe('high');
  }, 90_000);
  it('prints a readable table without --json', () => {
    const r = run([file('table.json', JSON.stringify(listings))]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/high\s+\d+\s+counterfeit\s+Gucci/);
    expect(r.out).toContain('No known brand found');
  }, 90_000);
  it('rejects bad input clearly with exit code 2', () => {
    const notJson = run(['--json', file('bad.json', '{nope')]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('not valid JSON');
    const notArray = run(['--json', file('obj.json', '{"site":"amazon"}')]);
    expect(notArray.code).toBe(2);
    expect(notArray.err).toContain('JSON array');
    const badField = run(['--json', file('field.json', JSON.stringify([listings[1], { ...listings[0], site: 'shopee', price: { amount: -1, currency: 'usd' } }]))]);
    expect(badField.code).toBe(2);
    expect(badField.err).toMatch(/listing 1 field (site|price)/);
    expect(run(['--json', path.join(dir, 'missing.json')]).code).toBe(2);
    expect(run(['--json']).err).toContain('no input file');
    expect(run(['--bogus', 'x.json']).code).toBe(2);
    expect(readFileSync(path.join(dir, 'ok.json'), 'utf8')).toContain('Gucci');
  }, 90_000);
});
