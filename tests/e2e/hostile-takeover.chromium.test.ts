import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './browsers/chromium';
import { startFixtureServer, type FixtureServer } from '../../tools/server';
import { FIXTURES } from './artifacts';
import { TAKEOVER_PATH, takeoverPage } from './hostile/takeover';
import { runTakeover } from './hostile-takeover.shared';

describe('Chromium: a page cannot take over the hover card', () => {
  let server: FixtureServer;
  let chromium: ChromiumSession;
  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES, { [TAKEOVER_PATH]: takeoverPage });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('custom element + attachInternals, wrapped attachShadow, synthetic pointermove/focusin and focus()', async () => {
    await runTakeover(
      {
        open: async (path) => {
          const page = await chromium.context.newPage();
          await page.goto(server.url(path));
          return page;
        },
        readSettings: () =>
          chromium.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null),
      },
      TAKEOVER_PATH,
    );
  });
});
