/** Fails fast, with install instructions, when a browser or a build is missing. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findChromium, findFirefox } from './browsers';
import { CHROME_BUILD, FIREFOX_BUILD } from './paths';

export default function setup(): void {
  findChromium();
  findFirefox();
  for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
    if (!existsSync(path.join(dir, 'manifest.json')))
      throw new Error(`No build at ${dir}. Run \`npm run build\` first (npm test does it for you).`);
  }
}
