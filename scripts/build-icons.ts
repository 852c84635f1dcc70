/**
 * Renders icons/*.svg to the PNG sizes the manifest names, in headless Chromium
 * (no native image library needed). Run after editing the SVGs; the PNGs are committed.
 *   npx tsx scripts/build-icons.ts
 */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../tools/browsers/paths';

const root = resolve(import.meta.dirname, '..');
const sizes: Array<[number, string]> = [
  [16, 'icon-small.svg'],
  [32, 'icon.svg'],
  [48, 'icon.svg'],
  [128, 'icon.svg'],
];

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const [size, file] of sizes) {
  const svg = readFileSync(resolve(root, 'icons', file), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}">`,
  );
  await page.screenshot({ path: resolve(root, 'icons', `icon-${size}.png`), omitBackground: true });
  console.log(`icons/icon-${size}.png`);
}
await browser.close();
