import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox } from '../../tools/browsers/firefox';
import { withFixtureBrowser } from './browsers/with-fixtures';
import { shot } from './artifacts';
import { hostState, locateText, PAGES } from './hover.shared';

/** Polls an in-page check until it returns what we want (puppeteer has no expect.poll of its own). */
async function until<T>(page: Page, fn: () => T, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T;
  do {
    last = await page.evaluate(fn);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < end);
  throw new Error(`timed out; last value ${JSON.stringify(last)}`);
}

async function hover(page: Page, text: string): Promise<void> {
  const at = await page.evaluate(locateText, text);
  if (!at) throw new Error(`"${text}" not on the page`);
  await page.mouse.move(at.x - 40, at.y - 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

const marked = () => CSS.highlights.has('source-lens-mention');

describe('Firefox: hover cards and mention marks', () => {
  const env = withFixtureBrowser(launchFirefox);

  for (const { name, path } of PAGES) {
    it(`shows a card over the link and the mention (${name} page)`, async () => {
      const page = await env.session.browser.newPage();
      await page.setViewport({ width: 1100, height: 800 });
      await page.goto(env.server.url(path));
      await page.bringToFront();
      await until(page, marked, (v) => v === true, 20_000);
      const before = await page.evaluate(() => document.body.innerHTML);

      await hover(page, 'www.aljazeera.com');
      await until(page, hostState, (s) => s.open && s.count === 1);
      await new Promise((r) => setTimeout(r, 250));
      await page.screenshot({ path: shot(`firefox-hover-link-${name}`) });

      await page.mouse.move(5, 5, { steps: 2 });
      await until(page, hostState, (s) => !s.open);

      await hover(page, 'Al Jazeera berichtet');
      await until(page, hostState, (s) => s.open);
      await new Promise((r) => setTimeout(r, 250));
      await page.screenshot({ path: shot(`firefox-hover-mention-${name}`) });

      await page.keyboard.press('Escape');
      await until(page, hostState, (s) => !s.open);
      // The page's own DOM is untouched by marks and cards.
      expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
      await page.close();
    });
  }

  it('opens the card when a cited link gets keyboard focus', async () => {
    const page = await env.session.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(env.server.url('/article.html'));
    await page.bringToFront();
    await until(page, marked, (v) => v === true, 20_000);
    // Real Tab presses: a focus() from script alone does not open cards (see trusted-input.ts).
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('href') === 'https://www.aljazeera.com'))
        break;
    }
    await until(page, hostState, (s) => s.open);
    await page.keyboard.press('Escape');
    await until(page, hostState, (s) => !s.open);
    await page.close();
  });
});
