/**
 * `npm run dev`: a watch build for one browser that reloads the extension
 * after every rebuild, on the bundled seed article, with the debug switch on
 * (failing analysis steps are logged and listed in the report's diagnostics).
 *   npm run dev                 Chromium; the extension reloads itself after each build
 *   npm run dev -- --firefox    Firefox ESR through web-ext run, which reloads on changes
 * Stop with Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../tools/browsers/paths';
import { startFixtureServer } from '../tools/server';

const root = resolve(import.meta.dirname, '..');
const browser = process.argv.includes('--firefox') ? 'firefox' : 'chrome';
const dist = resolve(root, 'dist', browser);
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const children: ChildProcess[] = [];

const server = await startFixtureServer(resolve(root, 'tests/fixtures'));
const seed = server.url('/article.html');

// A fresh folder, so "built" below means this session's build.
rmSync(dist, { recursive: true, force: true });
const vite = spawn('npx', ['vite', 'build', '--watch', '--mode', browser], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, VITE_SOURCE_LENS_DEBUG: '1' },
});
children.push(vite);

/** Resolves after each finished build (vite prints "built in …"). */
let onBuilt: () => void = () => {};
vite.stdout.on('data', (chunk: Buffer) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (/built in \d/.test(text)) onBuilt();
});
await new Promise<void>((ok) => (onBuilt = ok));
if (!existsSync(resolve(dist, 'manifest.json'))) throw new Error(`no build in ${dist}`);
console.log(`\nSeed article: ${seed}\nWatching src/: every save rebuilds dist/${browser} and reloads the extension.`);

const stop = () => {
  for (const c of children) c.kill();
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

if (browser === 'firefox') {
  // web-ext watches the source folder and reloads the add-on when the build rewrites it.
  const webExt = spawn(
    'npx',
    [
      'web-ext',
      'run',
      '--source-dir',
      dist,
      '--target',
      'firefox-desktop',
      '--firefox',
      firefoxPath(),
      '--start-url',
      seed,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...(hasDisplay ? {} : { MOZ_HEADLESS: '1' }) },
    },
  );
  children.push(webExt);
  webExt.on('exit', stop);
} else {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: !hasDisplay,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: null,
  });
  context.on('close', stop);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(seed);
  const worker = (): Promise<Worker> =>
    Promise.resolve(context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker'));
  // After each rebuild: reload the extension from its own service worker, then the page, so the new content script runs.
  for (;;) {
    await new Promise<void>((ok) => (onBuilt = ok));
    try {
      await (await worker()).evaluate(() => chrome.runtime.reload());
    } catch {
      // The old worker is gone once the reload starts: that is the reload.
    }
    await page.waitForTimeout(500);
    await page.reload().catch(() => {});
    console.log('reloaded Source Lens and the page');
  }
}
