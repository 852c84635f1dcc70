// @vitest-environment jsdom
/**
 * The hover UI's lifecycle: every part ties its listeners and nodes to one AbortSignal, so destroy(), the
 * caller's session signal and a dead extension context leave nothing behind, and a remount after a settings
 * change starts clean. jsdom (not linkedom): focus, closed shadow roots and Range are what these tests drive.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserMock } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));
/** jsdom makes no trusted events: here every event counts as the reader's (the real check: trusted-input.test.ts). */
vi.mock('../../../src/content/hover/trusted-input', () => ({
  fromReader: () => true,
  watchKeyboard: () => ({ keyboardFocus: () => true }),
  onTrustedClick: (el: HTMLElement, run: () => void) => el.addEventListener('click', run),
}));

const { analyze } = await import('../../../src/core/analyze');
const { createDirectory } = await import('../../../src/outlets');
const { SEED_OUTLETS } = await import('../core/helpers');
const { mountHoverUi } = await import('../../../src/content/hover');
const { DWELL_MS, GRACE_MS } = await import('../../../src/content/hover/controller');
const { MARK, MARK_ACTIVE } = await import('../../../src/content/hover/marks');

const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/article.html'), 'utf8');

/** The CSS Custom Highlight API, which jsdom lacks: a registry the tests can read. */
const highlights = new Map<string, { ranges: Range[] }>();
let roots: ShadowRoot[] = [];
beforeAll(() => {
  Object.assign(globalThis, {
    Highlight: class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    },
  });
  Object.assign(globalThis.CSS ?? (globalThis.CSS = {} as typeof CSS), { highlights });
  const realAttach = Element.prototype.attachShadow;
  // Closed shadow roots are invisible to tests too: keep a handle on each of ours.
  Element.prototype.attachShadow = function (init) {
    const root = realAttach.call(this, init);
    roots.push(root);
    return root;
  };
  Element.prototype.scrollIntoView = () => {};
  // jsdom lays nothing out: every range covers the point (0..200, 0..20), so the pointer test can hit a mark.
  Range.prototype.getClientRects = () => [new DOMRect(0, 0, 200, 20)] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => new DOMRect(0, 0, 200, 20);
});

/** What Source Lens added under <html>: the page itself has only <head> and <body> there. */
const added = () => [...document.documentElement.children].filter((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY');
const liveRoot = () => roots.filter((r) => r.host.isConnected).at(-1) ?? null;
const card = () => liveRoot()?.querySelector('.card') ?? null;
const isMentionCard = () => !!card()?.querySelector('.quote');
const link = () => document.querySelector('a[href="https://www.aljazeera.com"]') as HTMLAnchorElement;
const paragraphWith = (text: string) => [...document.querySelectorAll('p')].find((p) => p.textContent.includes(text))!;
const move = (target: Element) => {
  target.dispatchEvent(new MouseEvent('pointermove', { bubbles: true, clientX: 10, clientY: 10 }));
  vi.advanceTimersByTime(16); // one animation frame
};

function page() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
  return analyze(document, {
    url: 'https://nachrichten.example/politik/iran',
    directory: createDirectory(SEED_OUTLETS),
  });
}

function mount(report = page(), settings = { hoverCards: true, mentionMarks: true }, signal?: AbortSignal) {
  const alive = vi.fn(() => true);
  const onDead = vi.fn();
  const goToReference = vi.fn();
  const ui = mountHoverUi(report, settings, { alive, onDead, goToReference, signal });
  return { ui, report, alive, onDead };
}

/** Every way an event could reach the UI: pointer on the link and on a mark, keyboard focus, Escape. */
function pokeEverything() {
  move(link());
  move(paragraphWith('Al Jazeera berichtet'));
  link().focus();
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  vi.advanceTimersByTime(DWELL_MS * 4);
}

describe('hover UI parts on one AbortSignal', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    roots = [];
    highlights.clear();
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => {
    vi.runOnlyPendingTimers();
    vi.useRealTimers();
  });

  it('mounts the host and the marks at once, and shows a link card on hover and a mention card over its mark', () => {
    const { ui } = mount();
    expect(added()).toHaveLength(1);
    expect(highlights.get(MARK)?.ranges.map((r) => r.toString())).toEqual([
      'Al Jazeera berichtet',
      'Newsweek hebt hervor',
      'Die New York Times betont',
    ]);
    expect(card()).toBeNull();

    move(link());
    vi.advanceTimersByTime(DWELL_MS);
    expect(card()?.textContent).toContain('Al Jazeera');
    expect(isMentionCard()).toBe(false);

    move(paragraphWith('Al Jazeera berichtet'));
    vi.advanceTimersByTime(DWELL_MS);
    expect(isMentionCard()).toBe(true);
    expect(card()!.textContent).toContain('“Al Jazeera berichtet”');
    expect(highlights.get(MARK_ACTIVE)?.ranges.map((r) => r.toString())).toEqual(['Al Jazeera berichtet']);

    // Off the mark and off every link: the card goes after the grace period, and so does the active mark.
    move(document.querySelector('h1')!);
    vi.advanceTimersByTime(GRACE_MS);
    expect(card()).toBeNull();
    expect(highlights.has(MARK_ACTIVE)).toBe(false);
    ui.destroy();
  });

  it('opens a card on keyboard focus; Escape inside the card closes it and gives focus back to the link', () => {
    const { ui } = mount();
    link().focus();
    vi.advanceTimersByTime(DWELL_MS);
    expect(card()?.getAttribute('aria-label')).toContain('Al Jazeera');
    const inCard = card()!.querySelector<HTMLElement>('.menu-button')!;
    inCard.focus();
    inCard.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(link());
    ui.destroy();
  });

  it('destroy() removes every node and listener: later pointer, focus and key events do nothing', () => {
    const { ui, alive } = mount();
    link().focus();
    vi.advanceTimersByTime(DWELL_MS);
    expect(card()).not.toBeNull();
    link().blur();
    ui.destroy();
    expect(added()).toEqual([]);
    expect([...highlights.keys()]).toEqual([]);

    const calls = alive.mock.calls.length;
    pokeEverything();
    // Every input listener asks alive() first: not asked again means no listener is left.
    expect(alive.mock.calls.length).toBe(calls);
    expect(added()).toEqual([]);
    expect(roots.filter((r) => r.host.isConnected)).toEqual([]);
    expect([...highlights.keys()]).toEqual([]);
  });

  it('a pointer move queued for the next frame does nothing once the UI is gone', () => {
    const { ui, alive } = mount();
    link().dispatchEvent(new MouseEvent('pointermove', { bubbles: true }));
    ui.destroy();
    vi.advanceTimersByTime(16 + DWELL_MS * 2);
    expect(alive).not.toHaveBeenCalled();
    expect(added()).toEqual([]);
  });

  it("the caller's session signal tears everything down as destroy() does", () => {
    const session = new AbortController();
    const { alive } = mount(undefined, undefined, session.signal);
    move(paragraphWith('Al Jazeera berichtet'));
    vi.advanceTimersByTime(DWELL_MS);
    expect(isMentionCard()).toBe(true);
    session.abort();
    expect(added()).toEqual([]);
    expect([...highlights.keys()]).toEqual([]);
    const calls = alive.mock.calls.length;
    pokeEverything();
    expect(alive.mock.calls.length).toBe(calls);
    expect(added()).toEqual([]);
  });

  it('mounts nothing on a session that has already ended', () => {
    const session = new AbortController();
    session.abort();
    const { ui } = mount(undefined, undefined, session.signal);
    expect(added()).toEqual([]);
    expect([...highlights.keys()]).toEqual([]);
    pokeEverything();
    expect(card()).toBeNull();
    ui.destroy();
  });

  it('settings changed while a card shows: the remount with marks off keeps no mark in the page', () => {
    const report = page();
    const first = mount(report);
    move(paragraphWith('Al Jazeera berichtet'));
    vi.advanceTimersByTime(DWELL_MS);
    expect(isMentionCard()).toBe(true);
    first.ui.destroy();
    const second = mount(report, { hoverCards: true, mentionMarks: false });
    expect(second.ui.state).toEqual({ marks: 0, cards: true });
    expect([...highlights.keys()]).toEqual([]);
    expect(added()).toHaveLength(1);
    // No mark is reachable any more, neither by pointer nor by keyboard; the link still opens its card.
    move(paragraphWith('Al Jazeera berichtet'));
    vi.advanceTimersByTime(DWELL_MS);
    expect(card()).toBeNull();
    expect(liveRoot()!.querySelectorAll('.proxy')).toHaveLength(0);
    move(link());
    vi.advanceTimersByTime(DWELL_MS);
    expect(isMentionCard()).toBe(false);
    expect(card()).not.toBeNull();
    expect([...highlights.keys()]).toEqual([]);
    second.ui.destroy();
  });

  it('a confirmation lingers after teardown, and its late removal leaves the next mount’s marks alone', () => {
    const report = page();
    const first = mount(report);
    move(paragraphWith('Al Jazeera berichtet'));
    vi.advanceTimersByTime(DWELL_MS);
    (card()!.querySelector('.menu-button') as HTMLButtonElement).click();
    card()!.querySelectorAll<HTMLButtonElement>('.menu-item')[0].click();
    expect(card()!.querySelector('.notice')).not.toBeNull();
    first.ui.destroy();
    expect(added()).toHaveLength(1); // the notice stays readable

    const second = mount(report);
    expect(added()).toHaveLength(2);
    move(paragraphWith('Newsweek hebt hervor'));
    vi.advanceTimersByTime(DWELL_MS);
    expect(highlights.get(MARK_ACTIVE)?.ranges.map((r) => r.toString())).toEqual(['Newsweek hebt hervor']);
    vi.advanceTimersByTime(5_000); // the first UI's host goes now
    expect(added()).toHaveLength(1);
    expect(highlights.get(MARK_ACTIVE)?.ranges.map((r) => r.toString())).toEqual(['Newsweek hebt hervor']);
    expect(highlights.has(MARK)).toBe(true);
    second.ui.destroy();
    expect(added()).toEqual([]);
  });

  it('a dead extension context: the first event reports it, opens nothing, and the teardown it asks for leaves nothing', () => {
    const session = new AbortController();
    const { alive, onDead } = mount(undefined, undefined, session.signal);
    alive.mockReturnValue(false);
    onDead.mockImplementation(() => session.abort());
    move(link());
    expect(onDead).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(DWELL_MS * 2);
    expect(card()).toBeNull();
    expect(added()).toEqual([]);
    expect([...highlights.keys()]).toEqual([]);
    pokeEverything();
    expect(onDead).toHaveBeenCalledTimes(1);
  });

  it('only marks when cards are off: no host, and no input listener asks anything', () => {
    const { ui, alive } = mount(undefined, { hoverCards: false, mentionMarks: true });
    expect(ui.state).toEqual({ marks: 3, cards: false });
    expect(added()).toEqual([]);
    expect(highlights.has(MARK)).toBe(true);
    pokeEverything();
    expect(alive).not.toHaveBeenCalled();
    ui.destroy();
    expect([...highlights.keys()]).toEqual([]);
  });
});
