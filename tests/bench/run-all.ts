/**
 * `npm run bench`: every performance number of issues 6 and 8 in one run, then a summary table.
 *   npx tsx tests/bench/run-all.ts [--check] [--strict] [--runs N] [--feed-runs N] [--no-browser]
 * 1. content-script size per site (raw, gzip) vs 20 KB gzip          tests/bench/content-size.ts
 * 2. extraction time per card on the corpus search pages              tests/bench/extraction.ts
 * 3. scoring throughput, full brand data, one core                    tests/bench/scoring.ts (child process)
 * 4. brand-matcher slowdown with 10× brands                            tests/bench/brand-matcher.ts (child process)
 * 5. + 6. page overhead in Chromium, 60-card page and 1,000-card feed tests/bench/page-overhead.ts
 * Budgets are checked on sizes, counts and ratios measured here, never by asserting a wall-clock time in a test.
 * Exit code: 0, unless --check is given and a budget measured exactly (size, count) is over or a part could not run;
 * --strict also fails on the timing budgets (noisy on a shared machine, so CI runs --check).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../e2e/browsers';
import { CHROME_BUILD, ROOT } from '../e2e/paths';
import { contentSizes, formatSizes, GZIP_BUDGET, kb } from './content-size';
import { formatExtraction, measureExtraction, PARSY } from './extraction';
import { formatOverhead, measurePageOverhead, type LayoutCheck } from './page-overhead';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const num = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};

type Status = 'PASS' | 'OVER' | 'info' | 'skipped' | 'error';
/**
 * How a budget is measured. 'exact': sizes and counts, the same on every run — `--check` fails on these.
 * 'timing': CPU or wall-clock time on a shared 2-core machine, which moves by tens of percent from run to run —
 * reported with its status, gated only with `--strict` (tests never assert wall-clock time).
 */
type Gate = 'exact' | 'timing' | 'none';
const summary: { what: string; value: string; budget: string; status: Status; gate: Gate }[] = [];
const row = (what: string, value: string, budget: string, status: Status, gate: Gate = 'none') =>
  summary.push({ what, value, budget, status, gate });
const strict = args.includes('--strict');
const started = performance.now();
const section = (title: string) => console.log(`\n== ${title} ${'='.repeat(Math.max(0, 100 - title.length))}`);
const indent = (text: string) => text.trimEnd().split('\n').map((l) => `  ${l}`).join('\n');

console.log(
  `Copycat Guard benchmarks — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores ` +
    `(${os.cpus()[0]?.model.trim() ?? '?'}), load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
);

// 1. Content-script size ------------------------------------------------------------------------------------------
section('1. Content-script size per site (.output/chrome-mv3)');
const manifestPath = path.join(CHROME_BUILD, 'manifest.json');
// An output folder without a manifest is usually a build still running (WXT empties the folder first): wait for it
// rather than start a second build into the same folder.
for (let i = 0; i < 60 && existsSync(CHROME_BUILD) && !existsSync(manifestPath); i++) await new Promise((r) => setTimeout(r, 1000));
if (!existsSync(manifestPath)) {
  console.log('  no build found: running `npm run -s build` …');
  const b = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) console.log('  build failed; the size and browser parts are skipped');
}
const sizes = contentSizes();
if (!sizes) {
  row('content script gzip (largest site)', 'no build', `≤ ${kb(GZIP_BUDGET)}`, 'error', 'exact');
} else {
  console.log(indent(formatSizes(sizes).join('\n')));
  const worst = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const over = sizes.filter((s) => !s.pass).length;
  row(
    'content script gzip, largest site',
    `${kb(worst.gzip)} (${worst.site}); ${over}/${sizes.length} sites over`,
    `≤ ${kb(GZIP_BUDGET)} per page`,
    over ? 'OVER' : 'PASS',
    'exact',
  );
}

// 2. Extraction ---------------------------------------------------------------------------------------------------
section('2. Extraction time per card (corpus search pages, happy-dom, extractListings)');
const extraction = await measureExtraction(num('--extract-runs') ?? 9);
if (!extraction) {
  console.log(`  corpus not found at ${PARSY}: skipped`);
  row('extraction per card', 'corpus absent', '—', 'skipped');
} else {
  console.log(indent(formatExtraction(extraction).join('\n')));
  const cards = extraction.reduce((n, r) => n + r.cards, 0);
  const cpu = extraction.reduce((n, r) => n + r.medianCpuMs, 0);
  row('extraction per card (4 corpus pages)', `${((cpu * 1000) / cards).toFixed(0)} µs avg, max ${Math.max(...extraction.map((r) => r.usPerCard)).toFixed(0)} µs`, 'printed', 'info');
  const missing = extraction.filter((r) => r.cards < r.expected).map((r) => `${r.page} ${r.cards}/${r.expected}`);
  if (missing.length) console.log(`  fewer cards than upstream expects: ${missing.join(', ')}`);
}

// 3 + 4. Node benchmarks in child processes (each gets a clean heap; brand-matcher needs --expose-gc) ------------
function runChild(file: string, childArgs: string[]): string | null {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(here, file), ...childArgs], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.log(indent(`${file} failed (exit ${r.status}):\n${r.stderr || r.stdout}`));
    return null;
  }
  console.log(indent(r.stdout));
  return r.stdout;
}

section('3. Scoring throughput (tests/bench/scoring.ts 30000)');
const scoring = runChild('scoring.ts', ['30000']);
const perSec = scoring && /scoreListing \(full engine\).*?→ ([\d,]+) listings\/second/.exec(scoring)?.[1];
row('scoring throughput, one core', perSec ? `${perSec} listings/s` : 'failed', 'printed', perSec ? 'info' : 'error');

section('4. Brand-matcher scaling (tests/bench/brand-matcher.ts)');
const matcher = runChild('brand-matcher.ts', []);
const slow = matcher && /slowdown with 10× brands: ([\d.]+)×/.exec(matcher)?.[1];
// The time ratio is wall-clock (best of three) and moves with the machine's load; the probe ratio does not.
const probes = matcher && /probes ratio ([\d.]+)/.exec(matcher)?.[1];
row('brand matcher, 10× brands: index probes per title', probes ? `${probes}×` : 'failed', '≤ 1.5×', probes ? (Number(probes) <= 1.5 ? 'PASS' : 'OVER') : 'error', 'exact');
row('brand matcher, 10× brands: time per title', slow ? `${slow}×` : 'failed', '≤ 1.5×', slow ? (Number(slow) <= 1.5 ? 'PASS' : 'OVER') : 'error', 'timing');

// 5 + 6. Chromium --------------------------------------------------------------------------------------------------
section('5. + 6. Page overhead in Chromium (tests/bench/page-overhead.ts)');
let browser: string | null = null;
try {
  browser = findChromium();
} catch (e) {
  console.log(indent(`skipped: ${(e as Error).message}`));
}
if (args.includes('--no-browser')) {
  browser = null;
  console.log('  skipped (--no-browser)');
}
if (browser && !sizes) console.log('  skipped: no build of the extension');
if (browser && sizes) {
  try {
    const { search, feed, layoutOnly } = await measurePageOverhead({ runs: num('--runs'), feedRuns: num('--feed-runs'), log: (l) => console.log(l) });
    console.log(indent(formatOverhead(search, feed, layoutOnly).join('\n')));
    // Exact: no card may move or resize, and the check must have seen badges at all.
    const layoutRow = (page: string, l: LayoutCheck) =>
      row(`${page}: cards moved or resized by badges`, `${l.moved} of ${l.cards} (${l.badges} badges, ${l.inLine} in the price line)`, 'none', l.badges > 0 && l.moved === 0 ? 'PASS' : 'OVER', 'exact');
    for (const { page, layout } of layoutOnly) layoutRow(page, layout);
    for (const r of search) {
      const ok = r.addedMs <= 30 && r.ratio <= 0.05;
      row(`${r.page}: added main-thread time`, `${r.addedMs.toFixed(1)} ms = ${(r.ratio * 100).toFixed(1)}% (${r.medianWith.toFixed(0)} vs ${r.medianWithout.toFixed(0)} ms)`, '≤ 30 ms and ≤ 5%', ok ? 'PASS' : 'OVER', 'timing');
      // The sampled JavaScript of ours in the traced loads (no rendering): free of the noise of the page's own scripts
      // and parsing that the difference of two medians above carries, though the sampler moves too; what "≤ 5 %" would
      // be checked on if it were counted from traces (issue 6 note, stop 14).
      if (r.traces.length) {
        const js = r.traces.map((t) => t.oursTotalMs).sort((a, b) => a - b);
        row(
          `${r.page}: our JavaScript, sampled in traced loads`,
          `${js.map((x) => x.toFixed(1)).join(' / ')} ms = ${js.map((x) => ((100 * x) / r.medianWithout).toFixed(1)).join(' / ')}% of the page's own`,
          '—',
          'info',
        );
      }
      layoutRow(r.page, r.layout);
      const caused = Math.max(0, ...r.traces.map((t) => t.caused.length));
      const longest = Math.max(0, ...r.traces.map((t) => t.longestOurs?.ms ?? 0));
      row(
        `${r.page}: long tasks (≥ 50 ms) our code caused`,
        `${caused} in ${r.traces.length} traced loads (longest task with our code ${longest.toFixed(0)} ms); PerformanceObserver counts with ${r.longWith}, without ${r.longWithout}`,
        'none',
        r.traces.length && caused === 0 ? 'PASS' : 'OVER',
        'timing',
      );
    }
    const lat = feed.latency;
    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'never');
    row('1,000-card feed: cards badged', `${feed.badged}/${feed.cards} per run`, 'every card', feed.badged === feed.cards ? 'PASS' : 'OVER', 'exact');
    row('1,000-card feed: insertion → badge', `median ${fmt(lat.median)}, p95 ${fmt(lat.p95)}, max ${fmt(lat.max)} ms`, 'every card ≤ 300 ms', lat.max <= 300 ? 'PASS' : 'OVER', 'timing');
    row('1,000-card feed: added main-thread time', `${feed.addedPerCardMs.toFixed(3)} ms per card`, '≤ 0.5 ms per card', feed.addedPerCardMs <= 0.5 ? 'PASS' : 'OVER', 'timing');
    row('1,000-card feed: reference, plain page-script mark per card (no extension)', `${feed.referencePerCardMs.toFixed(3)} ms per card`, '—', 'info');
    // What the extension adds beyond the browser's own cost of any later per-card change (the frame the reference pays
    // too): the number a budget stated against the reference would check (issue 6 note, stop 14).
    row('1,000-card feed: added above the reference', `${(feed.addedPerCardMs - feed.referencePerCardMs).toFixed(3)} ms per card`, '—', 'info');
  } catch (e) {
    console.log(indent(`failed: ${(e as Error).stack ?? String(e)}`));
    row('page overhead (Chromium)', 'failed', '—', 'error', 'exact');
  }
} else {
  row('page overhead (Chromium)', 'no browser/build', '—', 'skipped');
}

// Summary ----------------------------------------------------------------------------------------------------------
section('Summary');
const w1 = Math.max(...summary.map((r) => r.what.length));
const w2 = Math.max(...summary.map((r) => r.value.length));
const w3 = Math.max(...summary.map((r) => r.budget.length));
console.log(`  ${'measure'.padEnd(w1)}  ${'value'.padEnd(w2)}  ${'budget'.padEnd(w3)}  status`);
for (const r of summary) {
  const gate = r.gate === 'exact' ? ' (exact)' : r.gate === 'timing' ? ' (timing)' : '';
  console.log(`  ${r.what.padEnd(w1)}  ${r.value.padEnd(w2)}  ${r.budget.padEnd(w3)}  ${r.status}${gate}`);
}
console.log('  (exact) sizes and counts, gated by --check; (timing) CPU/wall time on a shared machine, gated only by --strict');
console.log(`\n  total ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const failed = summary.filter((r) => r.status === 'error' || (r.status === 'OVER' && (strict || r.gate === 'exact')));
const timingOver = summary.filter((r) => r.status === 'OVER' && r.gate === 'timing');
if ((check || strict) && failed.length) {
  console.log(`  ${strict ? '--strict' : '--check'}: ${failed.length} over budget or failed: ${failed.map((r) => r.what).join('; ')}`);
  process.exit(1);
}
if (check && timingOver.length) console.log(`  --check: passed; timing budgets over (reported, not gated): ${timingOver.map((r) => r.what).join('; ')}`);
