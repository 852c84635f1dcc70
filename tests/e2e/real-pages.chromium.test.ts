/**
 * The popup on real pages in Chromium: generated pages always, corpus pages when ../shared/corpus
 * exists, each served under its own host name (--host-resolver-rules), in English and German, light
 * and dark. See real-pages/cases.ts for what is checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPopupChromium, type PopupChromium } from '../../tools/browsers/popup-chromium';
import { germanLanguagePackMissing } from '../../tools/browsers/paths';
import {
  allPages,
  expectSoundPopup,
  clearShots,
  COMBOS,
  comboName,
  pagesFor,
  paintSummary,
  type Driver,
  type PaintRow,
} from './real-pages/cases';
import { startHostServer, type HostServer } from './real-pages/host-server';

const pages = allPages();
clearShots('chromium');
const paints: PaintRow[] = [];

describe.each(['en-US', 'de'] as const)('Chromium popup on real pages, %s', (lang) => {
  let server: HostServer;
  let c: PopupChromium;
  let driver: Driver;

  beforeAll(async () => {
    if (lang === 'de') expect(germanLanguagePackMissing('chromium')).toBeNull();
    server = await startHostServer(pages);
    c = await launchPopupChromium({
      lang,
      // Every host is this server; no HTTPS upgrade of the pages' http: URLs.
      args: [
        `--host-resolver-rules=MAP * 127.0.0.1:${server.port}`,
        '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      ],
    });
    driver = {
      browser: 'chromium',
      openArticle: async (url) => {
        const page = await c.browser.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await page.bringToFront();
        return page;
      },
      tabIdOf: c.tabIdOf,
      openPopup: (tabId, dark) => c.openPopupTab(tabId, { dark }),
    };
  });
  afterAll(async () => {
    await c?.close();
    await server?.close();
    if (lang === 'de') console.log(paintSummary('Chromium', paints));
  });

  for (const combo of COMBOS.filter((x) => x.lang === lang)) {
    it.each(pagesFor(pages, combo).map((p) => [p.name, p] as const))(`%s, ${comboName(combo)}`, async (_, page) => {
      await expectSoundPopup(driver, page, combo, lang === 'en-US', paints);
    });
  }
});

describe('the real-pages pass', () => {
  it('has the generated pages whatever is installed, and at least 20 corpus pages when a corpus is there', async () => {
    const { corpusPages, CORPUS } = await import('./real-pages/corpus');
    const { existsSync } = await import('node:fs');
    expect(pages.filter((p) => p.name.startsWith('synthetic-')).length).toBeGreaterThanOrEqual(6);
    if (existsSync(CORPUS)) expect(corpusPages().length).toBeGreaterThanOrEqual(20);
  });
});
