import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium as playwright, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIST } from './browsers/chromium';
import { CHROMIUM_ARGS, chromiumPath } from '../../tools/browsers/paths';

/**
 * Settings never lost across an extension update: settings and outlet
 * additions written to storage.sync are still there, and still shown, after
 * the extension is stopped and started again from its files with the same
 * profile (what an update does). chrome.runtime.reload() would be closer, but
 * Chromium does not bring back a command-line-loaded extension after it
 * (ERR_BLOCKED_BY_CLIENT), so the browser restarts over the same profile.
 * Also records the real storage.sync quota that a large import runs into.
 */
type Chrome = { chrome: any };
const MINE = {
  version: 2,
  hoverCards: false,
  mentionMarks: true,
  disabledSites: ['example.org'],
  outletAdditions: [{ name: 'Lokalblatt Nord', domain: 'lokalblatt-nord.de', country: 'DE', type: 'newspaper' }],
};

describe('Chromium: an extension update keeps the settings', () => {
  const profile = mkdtempSync(join(tmpdir(), 'source-lens-update-'));
  let context: BrowserContext;
  let extensionId = '';
  async function start(): Promise<void> {
    context = await playwright.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`],
      ignoreDefaultArgs: ['--disable-extensions'],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  beforeAll(start);
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const optionsUrl = () => `chrome-extension://${extensionId}/src/options/index.html`;
  /** An options page: shows the settings, and is an extension context to call storage from. */
  async function openOptions(): Promise<Page> {
    const page = await context.newPage();
    for (let i = 0; ; i++) {
      try {
        await page.goto(optionsUrl());
        if (
          await page.evaluate(() => typeof (globalThis as unknown as Chrome).chrome?.storage?.sync?.get === 'function')
        )
          return page;
      } catch (e) {
        if (i > 40) throw e;
      }
      await page.waitForTimeout(250);
    }
  }
  const readSync = (p: Page) =>
    p.evaluate(async () => (await (globalThis as unknown as Chrome).chrome.storage.sync.get('settings')).settings);
  const writeSync = (p: Page, s: unknown) =>
    p.evaluate((v) => (globalThis as unknown as Chrome).chrome.storage.sync.set({ settings: v }), s);
  const text = (p: Page) => p.evaluate(() => document.body.textContent ?? '');

  /** What an update does to the running extension: everything of it stops and starts again from its files; the profile stays. */
  async function reloadExtension(_from: Page): Promise<void> {
    const id = extensionId;
    await context.close();
    await start();
    expect(extensionId).toBe(id);
  }

  it('settings and outlet additions survive a restart of the extension and are shown by the options page', async () => {
    const before = await openOptions();
    await writeSync(before, MINE);
    await reloadExtension(before);
    const after = await openOptions();
    expect(await readSync(after)).toEqual(MINE);
    await expect.poll(() => text(after), { timeout: 10_000 }).toContain('lokalblatt-nord.de');
    expect(await text(after)).toContain('example.org');
    await after.close();
  });

  it('settings stored by an earlier version (v1) survive a restart, are shown migrated, and are not rewritten by reading', async () => {
    const v1 = { version: 1, cards: false, marks: false, offSites: ['old-site.example'] };
    const before = await openOptions();
    await writeSync(before, v1);
    await reloadExtension(before);
    const after = await openOptions();
    await expect.poll(() => text(after), { timeout: 10_000 }).toContain('old-site.example');
    expect(await readSync(after)).toEqual(v1);
    await after.close();
  });

  it('storage.sync refuses one item over 8 KB: a big import must fail cleanly (see saveSettings)', async () => {
    const page = await openOptions();
    const before = await readSync(page);
    const big = {
      ...MINE,
      outletAdditions: Array.from({ length: 150 }, (_, i) => ({
        name: `Zeitung Nummer ${i}`,
        domain: `zeitung-${i}.example.de`,
        country: 'DE',
        type: 'newspaper',
      })),
    };
    const error = await page.evaluate(async (s) => {
      try {
        await (globalThis as unknown as Chrome).chrome.storage.sync.set({ settings: s });
        return null;
      } catch (e) {
        return String((e as Error).message);
      }
    }, big);
    expect(error).toMatch(/quota ?bytes ?per ?item|QUOTA_BYTES_PER_ITEM/i);
    expect(await readSync(page)).toEqual(before);
    await page.close();
  });
});
