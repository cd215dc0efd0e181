import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdirSync } from 'node:fs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
/** Screenshots and other artefacts a person can look at after a run. */
export const OUTPUT_DIR = path.join(ROOT, 'test-output');

export function outputPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return path.join(OUTPUT_DIR, name);
}
