/**
 * `npm start`: build both browsers, serve the bundled seed article on
 * 127.0.0.1 and open a browser with Source Lens loaded on it.
 *   npm start                 Chromium with the unpacked Chrome build
 *   npm start -- --firefox    Firefox ESR through web-ext run
 * Without a display (a server, CI) it runs headless once, saves a screenshot
 * of the popup (artifacts/start-popup.png, start-popup-firefox.png) and exits, so the command still proves the extension works.
 */
import { execSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../tools/server';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../tools/browsers/paths';
import { tabIdOfReportIn, waitForTabOfReport } from '../tools/browsers/tab-of-report';

const root = resolve(import.meta.dirname, '..');
const useFirefox = process.argv.includes('--firefox');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

execSync('npm run build', { cwd: root, stdio: 'inherit' });
const server = await startFixtureServer(resolve(root, 'tests/fixtures'));
const seed = server.url('/article.html');
console.log(`\nSeed article: ${seed}`);

if (useFirefox && !hasDisplay) {
  // web-ext run never exits on its own: headless, load the build the way the e2e tests do, take the picture, stop.
  const { launchFirefox } = await import('../tools/browsers/firefox');
  const firefox = await launchFirefox();
  try {
    const article = await firefox.browser.newPage();
    await article.goto(seed);
    await article.bringToFront();
    const tabId = await firefox.tabIdOf(seed);
    const popup = await firefox.openExtensionPage(`src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('.outlet-name, .status-title', { timeout: 15_000 });
    const out = resolve(root, 'artifacts/start-popup-firefox.png');
    mkdirSync(dirname(out), { recursive: true });
    await popup.screenshot({ path: out, fullPage: true });
    console.log(`No display: ran Firefox headless. Popup screenshot: ${out}`);
  } finally {
    await firefox.close();
    await server.close();
  }
} else if (useFirefox) {
  const webExt = spawn(
    'npx',
    [
      'web-ext',
      'run',
      '--source-dir',
      'dist/firefox',
      '--target',
      'firefox-desktop',
      '--firefox',
      firefoxPath(),
      '--no-reload',
      '--start-url',
      seed,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...(hasDisplay ? {} : { MOZ_HEADLESS: '1' }) } },
  );
  webExt.on('exit', (code) => {
    void server.close().then(() => process.exit(code ?? 0));
  });
} else {
  const dist = resolve(root, 'dist/chrome');
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: !hasDisplay,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: null,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(seed);
  if (hasDisplay) {
    console.log(
      'Chromium is open with Source Lens loaded: click the toolbar icon (puzzle piece → pin it). Close the window to stop.',
    );
    context.on('close', async () => {
      await server.close();
      process.exit(0);
    });
  } else {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const tabId = await waitForTabOfReport((u) => worker.evaluate(tabIdOfReportIn, u), seed);
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('.outlet-name, .status-title').first().waitFor({ timeout: 15_000 });
    const out = resolve(root, 'artifacts/start-popup.png');
    mkdirSync(dirname(out), { recursive: true });
    await popup.screenshot({ path: out, fullPage: true });
    console.log(`No display: ran headless. Popup screenshot: ${out}`);
    await context.close();
    await server.close();
  }
}
