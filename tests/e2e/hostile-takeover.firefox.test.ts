import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxSession } from '../../tools/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';
import { TAKEOVER_PATH, takeoverPage } from './hostile/takeover';
import { runTakeover, type TakeoverPage } from './hostile-takeover.shared';

type Ext = { browser: { storage: { sync: { get: (k: string) => Promise<Record<string, unknown>> } } } };

describe('Firefox: a page cannot take over the hover card', () => {
  let server: FixtureServer;
  let firefox: FirefoxSession;
  let helper: Page;
  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES, { [TAKEOVER_PATH]: takeoverPage });
    firefox = await launchFirefox();
    helper = await firefox.openExtensionPage('src/options/index.html');
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('custom element + attachInternals, wrapped attachShadow, synthetic pointermove/focusin and focus()', async () => {
    await runTakeover(
      {
        open: async (path) => {
          const page = await firefox.browser.newPage();
          await page.setViewport({ width: 1100, height: 800 });
          await page.goto(server.url(path));
          await page.bringToFront();
          return page as unknown as TakeoverPage;
        },
        readSettings: () =>
          helper.evaluate(
            async () => (await (globalThis as unknown as Ext).browser.storage.sync.get('settings')).settings ?? null,
          ),
      },
      TAKEOVER_PATH,
    );
  });
});
