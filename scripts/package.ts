/**
 * `npm run package`: store-ready zips of both builds in artifacts/packages/.
 * Runs after `npm run build` (the npm script does both).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
const out = resolve(root, 'artifacts/packages');
mkdirSync(out, { recursive: true });

for (const browser of ['chrome', 'firefox'] as const) {
  const filename = `source-lens-${browser}-${version}.zip`;
  // web-ext build only zips the folder (it does not lint), and works for either browser's build.
  execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${browser}`,
      '--artifacts-dir',
      out,
      '--filename',
      filename,
      '--overwrite-dest',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  console.log(`${browser}: artifacts/packages/${filename}`);
}
