import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
import { germanLanguagePackMissing } from '../../tools/browsers/paths';
import { shot } from './artifacts';
import { INVALID_FILE, SAMPLE_SETTINGS } from './options.shared';

const storage = (s: ChromiumSession) => ({
  get: () => s.worker.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings),
  set: (v: unknown) => s.worker.evaluate((x) => (globalThis as any).chrome.storage.sync.set({ settings: x }), v),
  clear: () => s.worker.evaluate(() => (globalThis as any).chrome.storage.sync.clear()),
});

async function openOptions(s: ChromiumSession, colorScheme: 'light' | 'dark'): Promise<Page> {
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(`chrome-extension://${s.extensionId}/src/options/index.html`);
  await page.locator('.panel').first().waitFor();
  await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  return page;
}

describe('Chromium: options page', () => {
  let chromium: ChromiumSession;
  // Made in beforeAll, not while collecting: a filtered run (-t) skips afterAll and would leave it behind.
  let tmp = '';

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'source-lens-options-'));
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows every section in light and dark (en)', async () => {
    await storage(chromium).set(SAMPLE_SETTINGS);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions(chromium, scheme);
      expect(await page.locator('h2').allTextContents()).toEqual([
        'While reading',
        'Sites where Source Lens stays off',
        'Your outlets',
        'Export and import',
      ]);
      expect(await page.locator('.site-name').allTextContents()).toEqual(['example.org', 'news.example.com']);
      expect(await page.locator('input[name=mentionMarks]').isChecked()).toBe(false);
      await page.screenshot({ path: shot(`chromium-options-en-${scheme}`), fullPage: true });
      await page.close();
    }
  });

  it('toggles, adds a site and an outlet, and rejects invalid input with a message', async () => {
    await storage(chromium).clear();
    const page = await openOptions(chromium, 'light');
    await page.locator('input[name=hoverCards]').click();
    await expect.poll(async () => (await storage(chromium).get())?.hoverCards).toBe(false);

    await page.fill('input[name=site]', 'https://www.Example.net/some/page');
    await page.click('.inline-form button[type=submit]');
    await expect.poll(async () => (await storage(chromium).get())?.disabledSites).toEqual(['example.net']);
    await page.fill('input[name=site]', 'not a host');
    await page.click('.inline-form button[type=submit]');
    expect(await page.locator('[role=alert]').textContent()).toContain('is not a host name');

    await page.fill('input[name=name]', 'Lokalblatt Nord');
    await page.fill('input[name=domain]', 'lokalblatt-nord.de');
    await page.fill('input[name=country]', 'XX');
    await page.click('.outlet-form button[type=submit]');
    expect(await page.locator('[role=alert]').last().textContent()).toContain('country');
    await page.fill('input[name=country]', 'de');
    await page.selectOption('select[name=type]', 'newspaper');
    await page.click('.outlet-form button[type=submit]');
    await expect
      .poll(async () => (await storage(chromium).get())?.outletAdditions)
      .toEqual([{ name: 'Lokalblatt Nord', domain: 'lokalblatt-nord.de', country: 'DE', type: 'newspaper' }]);
    await page.close();
  });

  it('round-trips all settings through export and import, and keeps them when a file is invalid', async () => {
    await storage(chromium).set(SAMPLE_SETTINGS);
    const page = await openOptions(chromium, 'light');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export settings')]);
    const file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.app).toBe('source-lens');
    expect(exported.settings).toEqual(SAMPLE_SETTINGS);

    await storage(chromium).clear();
    await page.reload();
    await page.locator('.panel').first().waitFor();
    expect(await page.locator('.site-name').count()).toBe(0);
    await page.setInputFiles('input[name=settings-file]', file);
    await expect.poll(() => page.locator('.note-ok').textContent()).toBe('Settings imported.');
    expect(await storage(chromium).get()).toEqual(SAMPLE_SETTINGS);
    expect(await page.locator('.site-name').allTextContents()).toEqual(['example.org', 'news.example.com']);

    // An invalid file: a clear message, nothing written.
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, INVALID_FILE);
    await page.setInputFiles('input[name=settings-file]', bad);
    await expect
      .poll(() => page.locator('.note-error').textContent())
      .toContain('This file was not imported. Your settings are unchanged.');
    expect(await page.locator('.note-error').textContent()).toContain('hoverCards');
    const notOurs = join(tmp, 'other.json');
    writeFileSync(notOurs, '{"hello": 1}');
    await page.setInputFiles('input[name=settings-file]', notOurs);
    await expect
      .poll(() => page.locator('.note-error').textContent())
      .toContain('This is not a Source Lens settings file.');
    await page.screenshot({ path: shot('chromium-options-import-error-en-light'), fullPage: true });
    expect(await storage(chromium).get()).toEqual(SAMPLE_SETTINGS);
    await page.close();
  });
});

describe('Chromium: options page in German', () => {
  let chromium: ChromiumSession;
  beforeAll(async () => {
    chromium = await launchChromium({ lang: 'de' });
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('speaks German in light and dark', async () => {
    expect(germanLanguagePackMissing('chromium')).toBeNull();
    await storage(chromium).set(SAMPLE_SETTINGS);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions(chromium, scheme);
      expect(await page.locator('h2').first().textContent()).toBe('Beim Lesen');
      // "Öffentlich-rechtlicher Sender" and "Lokalblatt Nord" on one line each, both row buttons in view.
      const table = await page.evaluate(() => {
        const wrap = document.querySelector('.table-wrap')!;
        // Lines a cell's text takes: distinct tops of its line boxes.
        const lines = [...document.querySelectorAll('.outlets tbody td:not(.row-actions)')].map((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
        return { scrolls: wrap.scrollWidth > wrap.clientWidth, lines: Math.max(...lines) };
      });
      expect(table.scrolls).toBe(false);
      expect(table.lines).toBe(1);
      expect(await page.locator('input[name=domain]').getAttribute('placeholder')).toBe('beispiel.de');
      await page.screenshot({ path: shot(`chromium-options-de-${scheme}`), fullPage: true });
      await page.close();
    }
  });
});
