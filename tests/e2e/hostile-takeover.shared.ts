/**
 * The hover-card takeover of issue #20, run the same way in both browsers: a page that defines custom elements
 * (attachInternals), wraps attachShadow, fires synthetic pointer/focus events and calls focus() on a cited link,
 * then clicks whatever it reaches. The card must open only for the reader's real pointer, the page must see
 * nothing of it, and no setting may change.
 */
import { expect } from 'vitest';
import { hostState, locateText } from './hover.shared';
import { sleep } from './hostile/checks';

/** The little of a Playwright or Puppeteer page this needs. */
export interface TakeoverPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  mouse: { move: (x: number, y: number, opts?: { steps?: number }) => Promise<void> };
}

export interface TakeoverHarness {
  open: (path: string) => Promise<TakeoverPage>;
  /** The settings record in storage.sync, read from an extension context. */
  readSettings: () => Promise<unknown>;
}

interface Takeover {
  roots: number;
  stolen: string;
  clicked: number;
  synthetic: number;
}
const readTakeover = (): Takeover => (window as unknown as { __takeover: Takeover }).__takeover;

export async function runTakeover(h: TakeoverHarness, path: string): Promise<void> {
  const before = await h.readSettings();
  const page = await h.open(path);
  const state = () => page.evaluate(hostState, undefined);
  const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> => {
    const end = Date.now() + ms;
    let v = await read();
    while (!ok(v) && Date.now() < end) {
      await sleep(100);
      v = await read();
    }
    return v;
  };
  await until(
    () => page.evaluate(() => CSS.highlights.size > 0, undefined),
    (v) => v,
    20_000,
  );
  await page.mouse.move(5, 5);

  // Synthetic pointermove/focusin and focus() for well over the dwell: no card.
  await sleep(2_000);
  expect((await page.evaluate(readTakeover, undefined)).synthetic, 'the attack ran').toBeGreaterThan(5);
  expect(await state(), 'a card opened without the reader').toMatchObject({ open: false, count: 1 });

  // The reader's own pointer opens it, and the page still reaches nothing inside.
  const at = await page.evaluate(locateText, 'www.aljazeera.com');
  if (!at) throw new Error('link not on the page');
  await page.mouse.move(at.x - 40, at.y - 40);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  expect(await until(state, (s) => s.open, 5_000), 'the reader’s hover opens the card').toMatchObject({ open: true });
  await sleep(800);
  const t = await page.evaluate(readTakeover, undefined);
  expect(t.stolen, 'the page read the card').toBe('');
  expect(t.roots, 'the page got hold of a shadow root of ours').toBe(0);
  expect(t.clicked).toBe(0);
  expect(await state()).toMatchObject({ open: true });
  expect(await h.readSettings(), 'a setting changed').toEqual(before);
}
