import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { germanLanguagePackMissing } from '../../tools/browsers/paths';
import { shot } from './artifacts';
import { INVALID_FILE, SAMPLE_SETTINGS } from './options.shared';

async function optionsPage(firefox: FirefoxSession) {
  const page = await firefox.openExtensionPage('src/options/index.html', { width: 900, height: 1000 });
  await page.evaluate((s) => (globalThis as any).browser.storage.sync.set({ settings: s }), SAMPLE_SETTINGS);
  await page.waitForFunction(() => document.querySelectorAll('.site-name').length === 2, { timeout: 10_000 });
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  return page;
}

describe('Firefox: options page', () => {
  let firefox: FirefoxSession | undefined;
  afterEach(async () => {
    await firefox?.close();
    firefox = undefined;
  });

  for (const [lang, dark, heading] of [
    ['en-US', false, 'While reading'],
    ['en-US', true, 'While reading'],
    ['de', false, 'Beim Lesen'],
    ['de', true, 'Beim Lesen'],
  ] as const) {
    it(`renders in ${lang}, ${dark ? 'dark' : 'light'}`, async () => {
      if (lang === 'de') expect(germanLanguagePackMissing('firefox')).toBeNull();
      firefox = await launchFirefox({ lang, dark });
      const page = await optionsPage(firefox);
      expect(await page.$eval('h2', (e) => e.textContent)).toBe(heading);
      await page.screenshot({
        path: shot(`firefox-options-${lang.slice(0, 2)}-${dark ? 'dark' : 'light'}`),
        fullPage: true,
      });
    });
  }

  it('rejects an invalid settings file and keeps the settings', async () => {
    firefox = await launchFirefox();
    const page = await optionsPage(firefox);
    const folder = mkdtempSync(join(tmpdir(), 'source-lens-ff-'));
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, INVALID_FILE);
    const input = await page.$('input[name=settings-file]');
    try {
      await input!.uploadFile(bad);
      await page.waitForSelector('.note-error', { timeout: 10_000 });
    } finally {
      // Read by now (the page has answered): no run leaves a folder behind.
      rmSync(folder, { recursive: true, force: true });
    }
    expect(await page.$eval('.note-error', (e) => e.textContent)).toContain(
      'This file was not imported. Your settings are unchanged.',
    );
    const stored = await page.evaluate(
      async () => (await (globalThis as any).browser.storage.sync.get('settings')).settings,
    );
    expect(stored).toEqual(SAMPLE_SETTINGS);
  });
});
