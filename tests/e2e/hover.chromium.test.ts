import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './browsers/chromium';
import { withFixtureBrowser } from './browsers/with-fixtures';
import { shot } from './artifacts';
import { hostState, locateText, PAGES } from './hover.shared';

/** The card's text, read through the DevTools protocol (it pierces our closed shadow root; page scripts cannot). */
async function cardText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const texts: string[] = [];
  const walk = (node: any, inCard: boolean) => {
    const card =
      inCard ||
      (node.attributes ?? []).some(
        (a: string, i: number, arr: string[]) => i % 2 === 0 && a === 'class' && arr[i + 1] === 'card',
      );
    if (card && node.nodeType === 3) texts.push(node.nodeValue);
    for (const c of node.children ?? []) walk(c, card);
    for (const s of node.shadowRoots ?? []) walk(s, card);
  };
  walk(root, false);
  await cdp.detach();
  return texts.join(' ').replace(/\s+/g, ' ').trim();
}

async function hover(page: Page, text: string): Promise<void> {
  const at = await page.evaluate(locateText, text);
  if (!at) throw new Error(`"${text}" not on the page`);
  await page.mouse.move(at.x - 40, at.y - 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

describe('Chromium: hover cards and mention marks', () => {
  const env = withFixtureBrowser(launchChromium);

  for (const { name, path } of PAGES) {
    it(`shows a card about Al Jazeera over the link and the mention (${name} page)`, async () => {
      const page = await env.session.context.newPage();
      await page.goto(env.server.url(path));
      await expect
        .poll(() => page.evaluate(() => CSS.highlights.has('source-lens-mention')), { timeout: 15_000 })
        .toBe(true);

      await hover(page, 'www.aljazeera.com');
      await expect.poll(() => page.evaluate(hostState), { timeout: 5_000 }).toMatchObject({ open: true, count: 1 });
      const linkCard = await cardText(page);
      expect(linkCard).toContain('Al Jazeera');
      expect(linkCard).toContain('aljazeera.com');
      expect(linkCard).toContain('Referenz 1');
      await page.waitForTimeout(200); // the card fades in
      await page.screenshot({ path: shot(`chromium-hover-link-${name}`) });

      // Leaving hides it after the grace period.
      await page.mouse.move(5, 5, { steps: 2 });
      await expect.poll(() => page.evaluate(hostState), { timeout: 3_000 }).toMatchObject({ open: false });

      await hover(page, 'Al Jazeera berichtet');
      await expect.poll(() => page.evaluate(hostState), { timeout: 5_000 }).toMatchObject({ open: true });
      const mentionCard = await cardText(page);
      expect(mentionCard).toContain('Al Jazeera berichtet');
      expect(mentionCard).toContain('Go to Referenz 1');
      await page.waitForTimeout(200);
      await page.screenshot({ path: shot(`chromium-hover-mention-${name}`) });

      // Escape closes it.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(hostState), { timeout: 2_000 }).toMatchObject({ open: false });
      await page.close();
    });
  }

  it('follows a single-page app: late article, then pushState to another article', async () => {
    const page = await env.session.context.newPage();
    const url = env.server.url('/hover/spa.html');
    await page.goto(url);
    const marks = () => page.evaluate(() => CSS.highlights.get('source-lens-mention')?.size ?? 0);
    await expect.poll(marks, { timeout: 15_000 }).toBe(3);
    const tabId = await env.session.tabIdOf(url);
    await expect.poll(() => env.session.badgeText(tabId), { timeout: 10_000 }).toBe('3');

    await page.evaluate(() => (window as any).goToSecond());
    const second = env.server.url('/hover/spa.html?view=2');
    await expect.poll(() => env.session.tabIdOf(second), { timeout: 15_000 }).toBe(tabId);
    await expect.poll(marks, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => env.session.badgeText(tabId), { timeout: 10_000 }).toBe('2');
    // One host, no card: the old session's UI is gone.
    expect(await page.evaluate(hostState)).toMatchObject({ count: 1, open: false });

    // The old article's link is gone; the new one's still opens a card.
    await hover(page, 'www.newsweek.com');
    await expect.poll(() => page.evaluate(hostState), { timeout: 5_000 }).toMatchObject({ open: true, count: 1 });
    expect(await cardText(page)).toContain('Newsweek');
    await page.close();
  });

  it('leaves the page text, selection and copy alone', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/article.html'));
    const before = await page.evaluate(() => document.body.innerHTML);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('source-lens-mention')), { timeout: 15_000 })
      .toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent.includes('Al Jazeera berichtet'))!;
      getSelection()!.selectAllChildren(p);
      return getSelection()!.toString();
    });
    expect(selected).toContain('Al Jazeera berichtet, dass');
    await page.close();
  });

  it('"Turn off hover cards" in the card opens the settings page and writes nothing itself', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/article.html'));
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('source-lens-mention')), { timeout: 15_000 })
      .toBe(true);
    const before = await env.session.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get('settings'));
    await hover(page, 'www.aljazeera.com');
    await expect.poll(() => page.evaluate(hostState), { timeout: 5_000 }).toMatchObject({ open: true });
    const cdp = await page.context().newCDPSession(page);
    const boxOf = async (selector: string) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'html > div' });
      const desc = await cdp.send('DOM.describeNode', { nodeId: nodeIds[0], depth: -1, pierce: true });
      const shadow = desc.node.shadowRoots![0];
      const [shadowId] = (
        await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] })
      ).nodeIds;
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadowId, selector });
      return (await cdp.send('DOM.getBoxModel', { nodeId })).model.content;
    };
    const clickInCard = async (selector: string) => {
      let box = await boxOf(selector);
      for (let i = 0; i < 10; i++) {
        await page.waitForTimeout(100);
        const again = await boxOf(selector);
        if (again.join() === box.join()) break;
        box = again;
      }
      const [x1, y1, , , x3, y3] = box;
      await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 3 });
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    };
    await clickInCard('.menu-button');
    const opened = env.session.context.waitForEvent('page', { timeout: 10_000 });
    await clickInCard('.menu-item:nth-child(1)');
    const options = await opened;
    await expect
      .poll(() => options.url(), { timeout: 5_000 })
      .toContain(`chrome-extension://${env.session.extensionId}/src/options/index.html`);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('Source Lens settings, which just opened');
    expect(await env.session.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get('settings'))).toEqual(
      before,
    );
    await cdp.detach();
    await options.close();
    await page.close();
  });

  it('turns a site off from the card menu, and it stays off after a reload', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/article.html'));
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('source-lens-mention')), { timeout: 15_000 })
      .toBe(true);
    await hover(page, 'www.aljazeera.com');
    await expect.poll(() => page.evaluate(hostState), { timeout: 5_000 }).toMatchObject({ open: true });
    // Into the card, open its menu, pick "Turn off on this site" — all by keyboard inside our shadow root.
    const box = await page.evaluate(() => document.querySelector('html > div')!.getBoundingClientRect().toJSON());
    expect(box).toBeTruthy();
    const cdp = await page.context().newCDPSession(page);
    const boxOf = async (selector: string) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'html > div' });
      const desc = await cdp.send('DOM.describeNode', { nodeId: nodeIds[0], depth: -1, pierce: true });
      const shadow = desc.node.shadowRoots![0];
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: await pushed(shadow.backendNodeId), selector });
      return (await cdp.send('DOM.getBoxModel', { nodeId })).model.content;
    };
    const clickInCard = async (selector: string) => {
      // Opening the menu grows the card and Floating UI places it again a frame later: click where it settled,
      // not where it was (a click beside the card closes it).
      let box = await boxOf(selector);
      for (let i = 0; i < 10; i++) {
        await page.waitForTimeout(100);
        const again = await boxOf(selector);
        if (again.join() === box.join()) break;
        box = again;
      }
      const [x1, y1, , , x3, y3] = box;
      await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 3 });
      await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    };
    const pushed = async (backendNodeId: number) =>
      (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] })).nodeIds[0];
    await clickInCard('.menu-button');
    await clickInCard('.menu-item:nth-child(2)');
    // The card confirms, and the marks go at once.
    await expect.poll(() => cardText(page), { timeout: 5_000 }).toContain('off on 127.0.0.1');
    await page.screenshot({ path: shot('chromium-hover-site-off') });
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.has('source-lens-mention')), { timeout: 5_000 })
      .toBe(false);

    await page.reload();
    await page.waitForTimeout(2_500);
    expect(await page.evaluate(() => CSS.highlights.has('source-lens-mention'))).toBe(false);
    expect(await page.evaluate(hostState)).toMatchObject({ count: 0 });
    const stored = await env.session.worker.evaluate(() => (globalThis as any).chrome.storage.sync.get('settings'));
    expect((stored.settings as { disabledSites: string[] }).disabledSites).toContain('127.0.0.1');
    // Back on for the other tests.
    await env.session.worker.evaluate(() => (globalThis as any).chrome.storage.sync.remove('settings'));
    await page.close();
  });
});
