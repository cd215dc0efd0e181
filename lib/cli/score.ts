/**
 * `score` on the command line: read an array of Listings (JSON), print an array of Verdicts in the same order.
 *
 *   npx tsx lib/cli/score.ts --json FILE.json [--sensitivity strict|balanced|relaxed]
 *   npx tsx lib/cli/score.ts FILE.json          (a readable table instead of JSON)
 *   FILE may be "-" for standard input.
 *
 * Input is validated with the Listing schema; bad input prints where and why, and exits with code 2.
 * Uses the bundled brand data (lib/brands loadBrandIndex) and exchange rates.
 */
import { readFileSync } from 'node:fs';
import { loadBrandIndex, toUsd } from '../brands/index';
import { Listing } from '../schema/listing';
import type { Verdict } from '../schema/verdict';
import { scoreListings } from '../scoring/score-listing';
import type { Sensitivity } from '../scoring/types';
import { z } from '../zod';

const USAGE = 'usage: score [--json] [--sensitivity strict|balanced|relaxed] FILE.json   (FILE "-" = stdin)';

function fail(message: string): never {
  process.stderr.write(`score: ${message}\n`);
  process.exit(2);
}

interface Args {
  json: boolean;
  sensitivity: Sensitivity;
  file: string;
}

export function parseArgs(argv: readonly string[]): Args {
  let json = false;
  let sensitivity: Sensitivity = 'balanced';
  let file: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--sensitivity') {
      const v = argv[++i];
      if (v !== 'strict' && v !== 'balanced' && v !== 'relaxed') fail(`--sensitivity must be strict, balanced or relaxed\n${USAGE}`);
      sensitivity = v;
    } else if (a === '-h' || a === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a !== undefined && (a === '-' || !a.startsWith('-'))) {
      if (file !== undefined) fail(`only one input file, got "${file}" and "${a}"\n${USAGE}`);
      file = a;
    } else fail(`unknown option ${a}\n${USAGE}`);
  }
  if (file === undefined) fail(`no input file\n${USAGE}`);
  return { json, sensitivity, file };
}

/** Parse and validate the input text: an array of Listings, or a readable error. */
export function readListings(text: string): { ok: true; listings: Listing[] } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `input is not valid JSON (${(e as Error).message})` };
  }
  if (!Array.isArray(data)) return { ok: false, error: 'input must be a JSON array of listings' };
  const parsed = z.array(Listing).safeParse(data);
  if (parsed.success) return { ok: true, listings: parsed.data };
  const lines = parsed.error.issues.slice(0, 10).map((i) => {
    const [index, ...rest] = i.path;
    const where = typeof index === 'number' ? `listing ${index}${rest.length ? ` field ${rest.join('.')}` : ''}` : 'input';
    return `  ${where}: ${i.message}`;
  });
  const more = parsed.error.issues.length > 10 ? `\n  … and ${parsed.error.issues.length - 10} more` : '';
  return { ok: false, error: `input does not match the Listing schema:\n${lines.join('\n')}${more}` };
}

function table(listings: readonly Listing[], verdicts: readonly Verdict[]): string {
  return verdicts
    .map((v, i) => {
      const title = (listings[i]?.title ?? '').slice(0, 60);
      const brand = v.brand ? `${v.brand.name} (${v.brand.how})` : '-';
      return `${String(i + 1).padStart(3)}  ${v.level.padEnd(7)} ${String(v.score).padStart(3)}  ${(v.kind ?? '').padEnd(11)} ${brand.padEnd(24)} ${title}\n     ${v.summary.en}`;
    })
    .join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(args.file === '-' ? 0 : args.file, 'utf8');
  } catch (e) {
    fail(`cannot read ${args.file}: ${(e as Error).message}`);
  }
  const input = readListings(text);
  if (!input.ok) fail(input.error);
  const verdicts = scoreListings(input.listings, { index: loadBrandIndex(), sensitivity: args.sensitivity, toUsd });
  process.stdout.write(args.json ? `${JSON.stringify(verdicts, null, 2)}\n` : `${table(input.listings, verdicts)}\n`);
}

main();
