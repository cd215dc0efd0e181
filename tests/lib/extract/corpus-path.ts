/** Where the shared real-page corpus lives (outside the repo: ../shared/corpus from the project root). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.resolve(here, '../../..', '../shared/corpus');

/** Absolute path of a corpus sub-folder and whether it exists (logs a skip message when it does not). */
export function corpusFolder(name: string): { dir: string; exists: boolean } {
  const dir = path.join(CORPUS_DIR, name);
  const exists = existsSync(dir);
  if (!exists) console.warn(`[corpus] ${dir} not found: skipping the ${name} corpus tests (fresh clone without ../shared).`);
  return { dir, exists };
}
