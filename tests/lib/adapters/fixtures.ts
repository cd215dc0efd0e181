/** Shared by the adapter tests: load every authored fixture of one adapter folder and run it. */
import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fixtureFiles, fixtureFolders, fixtureUrl, runFixture, FIXTURES } from '../../fixtures/update-expected';

export { fixtureFiles, fixtureFolders, fixtureUrl, runFixture, FIXTURES };

export interface Fixture {
  id: string;
  name: string;
  file: string;
  url: string;
  expected: { pageKind: string; listings: unknown[] };
}

/** Fixture .html files of a folder that have no .expected.json yet (run update-expected.ts). */
export function missingExpected(id: string): string[] {
  return fixtureFiles(id).filter((f) => !existsSync(f.replace(/\.html$/, '.expected.json')));
}

/** Fixtures of a folder that have an expected file (see `missingExpected` for the others). */
export function fixturesOf(id: string): Fixture[] {
  return fixtureFiles(id).filter((f) => existsSync(f.replace(/\.html$/, '.expected.json'))).map((file) => {
    const html = readFileSync(file, 'utf8');
    const url = fixtureUrl(html);
    if (!url) throw new Error(`${file}: missing <!-- url: … --> first line`);
    const expectedFile = file.replace(/\.html$/, '.expected.json');
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Fixture['expected'];
    return { id, name: path.basename(file, '.html'), file, url, expected };
  });
}
