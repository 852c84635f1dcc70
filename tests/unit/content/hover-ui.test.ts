// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserMock } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));
/**
 * jsdom cannot make trusted events (its dispatchEvent and click() are untrusted, like a page's): here an
 * event counts as the reader's unless a test marks it `forged`. The real checks are tested in
 * trusted-input.test.ts and end to end in tests/e2e/hostile-takeover.*.
 */
vi.mock('../../../src/content/hover/trusted-input', () => {
  const fromReader = (e: Event) => !(e as Event & { forged?: boolean }).forged;
  return {
    fromReader,
    watchKeyboard: () => ({ keyboardFocus: fromReader }),
    onTrustedClick: (el: HTMLElement, run: () => void) => el.addEventListener('click', (e) => fromReader(e) && run()),
  };
});

const { analyze } = await import('../../../src/core/analyze');
const { createDirectory } = await import('../../../src/outlets');
const { SEED_OUTLETS } = await import('../core/helpers');
const { mountHoverUi } = await import('../../../src/content/hover');
const { DWELL_MS, GRACE_MS } = await import('../../../src/content/hover/controller');

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/article.html'), 'utf8');

/** Closed shadow roots are invisible to tests too: keep a handle when ours is attached. */
let root: ShadowRoot | null = null;
const realAttach = Element.prototype.attachShadow;
beforeAll(() => {
  Element.prototype.attachShadow = function (init) {
    root = realAttach.call(this, init);
    return root;
  };
});

/** The host has no name: it is the element our (closed) shadow root hangs on. */
const host = () => (root?.host.isConnected ? root.host : null);
/** Which kind of card is open: a mention card quotes the phrase, a link card does not. */
const openKind = () => (card() ? (card()!.querySelector('.quote') ? 'mention' : 'link') : null);
const card = () => root?.querySelector('.card') ?? null;
const link = () => document.querySelector('a[href="https://www.aljazeera.com"]') as HTMLAnchorElement;

function setup(settings = { hoverCards: true, mentionMarks: true }) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  const report = analyze(document, {
    url: 'https://nachrichten.example/politik/iran',
    directory: createDirectory(SEED_OUTLETS),
  });
  const onDead = vi.fn();
  const alive = vi.fn(() => true);
  const goToReference = vi.fn();
  const ui = mountHoverUi(report, settings, { alive, onDead, goToReference });
  return { ui, report, onDead, alive, goToReference };
}

describe('hover cards in the page (DOM, fake timers)', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'requestAnimationFrame',
        'cancelAnimationFrame',
      ],
    });
    root = null;
    ctx = setup();
  });
  afterEach(() => {
    ctx.ui.destroy();
    vi.useRealTimers();
  });

  it('finds the mentions of the seed page without touching the DOM', () => {
    const before = document.body.innerHTML;
    expect(ctx.ui.state.marks).toBe(3);
    expect(document.body.innerHTML).toBe(before);
  });

  it('opens a card about Al Jazeera after focus dwells on its link, and Escape closes it', () => {
    link().focus();
    vi.advanceTimersByTime(DWELL_MS - 10);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(10);
    expect(openKind()).toBe('link');
    const text = card()!.textContent;
    expect(text).toContain('Al Jazeera');
    expect(text).toContain('aljazeera.com');
    expect(text).toContain('Referenz 1');
    expect(text).toContain('Qatar (QA)');
    expect(text).toContain('Broadcaster');
    const home = card()!.querySelector('a.action') as HTMLAnchorElement;
    expect(home.href).toBe('https://aljazeera.com/');
    expect(home.rel).toBe('noopener noreferrer');

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeNull();
    // Nothing on the host says a card was open, or whose host it is.
    expect(host()!.tagName).toBe('DIV');
    expect(
      host()!
        .getAttributeNames()
        .filter((n) => n !== 'popover'),
    ).toEqual([]);
  });

  it('hides after the grace period when focus leaves the link', () => {
    link().focus();
    vi.advanceTimersByTime(DWELL_MS);
    expect(card()).not.toBeNull();
    link().blur();
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(card()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(card()).toBeNull();
  });

  it('opens on pointer dwell through one delegated listener, and leaving the link hides it', () => {
    const move = (target: Element) =>
      target.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }));
    move(link());
    vi.advanceTimersByTime(16); // one animation frame
    vi.advanceTimersByTime(DWELL_MS);
    expect(openKind()).toBe('link');
    // Into the card: it stays.
    move(document.querySelector('p')!);
    vi.advanceTimersByTime(16);
    card()!.dispatchEvent(new MouseEvent('pointerenter'));
    vi.advanceTimersByTime(GRACE_MS * 3);
    expect(card()).not.toBeNull();
    card()!.dispatchEvent(new MouseEvent('pointerleave'));
    vi.advanceTimersByTime(GRACE_MS);
    expect(card()).toBeNull();
  });

  it('ignores links the article does not cite', () => {
    (document.querySelector('a[href="/impressum"]') as HTMLElement).focus();
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(card()).toBeNull();
  });

  it('reaches mention marks by keyboard through buttons in its own shadow root', () => {
    const proxies = [...root!.querySelectorAll<HTMLButtonElement>('.proxy')];
    expect(proxies.map((p) => p.textContent)).toEqual([
      'Source Lens: “Al Jazeera berichtet” (1 of 3)',
      'Source Lens: “Newsweek hebt hervor” (2 of 3)',
      'Source Lens: “Die New York Times betont” (3 of 3)',
    ]);
    Element.prototype.scrollIntoView = vi.fn();
    proxies[0].focus();
    vi.advanceTimersByTime(DWELL_MS);
    expect(openKind()).toBe('mention');
    expect(card()!.textContent).toContain('“Al Jazeera berichtet”');
    const go = [...card()!.querySelectorAll('button.action')].find(
      (b) => b.textContent === 'Go to Referenz 1',
    ) as HTMLButtonElement;
    expect(go).toBeTruthy();
    // Enter moves focus into the card; the reference link scrolls.
    proxies[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    go.click();
    expect(ctx.goToReference).toHaveBeenCalledWith(ctx.report.mentions[0].referenceId);
    expect(card()).toBeNull();
  });

  it('keeps key events inside: the page never sees keys typed in the card', () => {
    link().focus();
    vi.advanceTimersByTime(DWELL_MS);
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    card()!
      .querySelector('.menu-button')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
  });

  it('the card menu leaves "hover cards off everywhere" to the settings page: it opens it and writes nothing', async () => {
    const { stored, sent } = await import('../browser-mock');
    const before = JSON.stringify(stored);
    link().focus();
    vi.advanceTimersByTime(DWELL_MS);
    (card()!.querySelector('.menu-button') as HTMLButtonElement).click();
    const items = [...card()!.querySelectorAll<HTMLButtonElement>('.menu-item')];
    expect(items.map((b) => b.textContent)).toEqual(['Turn off hover cards', 'Turn off on this site']);
    items[0].click();
    expect(card()!.textContent).toContain('Source Lens settings, which just opened');
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'options:open', payload: {} }));
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('a click the page forged on a menu item changes nothing', async () => {
    const { stored, sent } = await import('../browser-mock');
    const before = JSON.stringify(stored);
    const sentBefore = sent.length;
    link().focus();
    vi.advanceTimersByTime(DWELL_MS);
    (card()!.querySelector('.menu-button') as HTMLButtonElement).click();
    for (const item of card()!.querySelectorAll<HTMLButtonElement>('.menu-item')) {
      item.dispatchEvent(Object.assign(new MouseEvent('click', { bubbles: true }), { forged: true }));
    }
    await Promise.resolve();
    expect(card()!.querySelector('.notice')).toBeNull();
    expect(sent.length).toBe(sentBefore);
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('page-dispatched pointer moves and focus do not open a card', () => {
    link().dispatchEvent(
      Object.assign(new MouseEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }), { forged: true }),
    );
    vi.advanceTimersByTime(16);
    link().dispatchEvent(Object.assign(new FocusEvent('focusin', { bubbles: true }), { forged: true }));
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(card()).toBeNull();
  });

  it('tears down when the extension context is gone, and leaves nothing behind', () => {
    ctx.alive.mockReturnValue(false);
    link().dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    vi.advanceTimersByTime(16);
    expect(ctx.onDead).toHaveBeenCalled();
    ctx.ui.destroy();
    expect(host()).toBeNull();
  });

  it('only marks, no cards, when cards are off', () => {
    ctx.ui.destroy();
    ctx = setup({ hoverCards: false, mentionMarks: true });
    link().focus();
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(card()).toBeNull();
    expect(ctx.ui.state).toEqual({ marks: 3, cards: false });
  });
});
