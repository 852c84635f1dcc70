// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLateContent } from '../../../src/content/late-content';
import { MAX_WAIT_MS, QUIET_MS, watchNavigation } from '../../../src/content/navigation';

const paragraph = (chars: number) => {
  const p = document.createElement('p');
  p.textContent = 'x'.repeat(chars);
  return p;
};
const flush = () => new Promise((r) => queueMicrotask(() => r(null)));

describe('late content', () => {
  let ac: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    ac = new AbortController();
    document.body.innerHTML = '<main></main>';
  });
  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });

  it('re-analyzes once, after the page is quiet, when an article arrives', async () => {
    const grow = vi.fn();
    watchLateContent(grow, ac.signal, { debounceMs: 500 });
    for (let i = 0; i < 5; i++) {
      document.querySelector('main')!.append(paragraph(200));
      await flush();
      vi.advanceTimersByTime(100);
    }
    expect(grow).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(grow).toHaveBeenCalledTimes(1);
  });

  it('ignores small changes, scripts, styles and our own host', async () => {
    const grow = vi.fn();
    watchLateContent(grow, ac.signal, { debounceMs: 100 });
    document.body.append(paragraph(50));
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = 'x'.repeat(5_000);
    document.body.append(script);
    const host = document.createElement('source-lens-root');
    host.textContent = 'x'.repeat(5_000);
    document.documentElement.append(host);
    await flush();
    vi.advanceTimersByTime(1_000);
    expect(grow).not.toHaveBeenCalled();
  });

  it('gives up after a cap, so an endless feed cannot keep it busy', async () => {
    const grow = vi.fn();
    watchLateContent(grow, ac.signal, { debounceMs: 100, maxRuns: 2 });
    for (let i = 0; i < 5; i++) {
      document.body.append(paragraph(1_000));
      await flush();
      vi.advanceTimersByTime(200);
    }
    expect(grow).toHaveBeenCalledTimes(2);
  });

  it('stops when the page session ends', async () => {
    const grow = vi.fn();
    watchLateContent(grow, ac.signal, { debounceMs: 100 });
    ac.abort();
    document.body.append(paragraph(1_000));
    await flush();
    vi.advanceTimersByTime(1_000);
    expect(grow).not.toHaveBeenCalled();
  });
});

describe('in-page navigation', () => {
  let ac: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    ac = new AbortController();
    history.replaceState(null, '', '/start');
  });
  afterEach(() => {
    ac.abort();
    vi.useRealTimers();
  });

  it('notices pushState and replaceState (slow poll) and popstate (at once); ignores #fragments', () => {
    const changed = vi.fn();
    watchNavigation(changed, ac.signal);
    history.pushState(null, '', '/start#section');
    vi.advanceTimersByTime(3_000);
    expect(changed).not.toHaveBeenCalled();
    history.pushState(null, '', '/next');
    vi.advanceTimersByTime(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
    history.replaceState(null, '', '/third');
    dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(QUIET_MS);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('a route loop (pushState every 100 ms) is reported at most once per MAX_WAIT_MS, not never', () => {
    const changed = vi.fn();
    watchNavigation(changed, ac.signal);
    for (let i = 0; i < 60; i++) {
      history.pushState(null, '', `/loop/${i}`);
      dispatchEvent(new PopStateEvent('popstate'));
      vi.advanceTimersByTime(100);
    }
    // 6 s of changes every 100 ms: the quiet period never comes, the maximum wait does.
    expect(changed.mock.calls.length).toBeGreaterThanOrEqual(Math.floor(6_000 / MAX_WAIT_MS) - 1);
    expect(changed.mock.calls.length).toBeLessThanOrEqual(Math.ceil(6_000 / MAX_WAIT_MS));
  });

  it('runs the liveness check on its timer and stops with the session', () => {
    const tick = vi.fn();
    watchNavigation(() => {}, ac.signal, tick);
    vi.advanceTimersByTime(3_000);
    const n = tick.mock.calls.length;
    expect(n).toBeGreaterThan(0);
    ac.abort();
    vi.advanceTimersByTime(10_000);
    expect(tick.mock.calls.length).toBe(n);
  });
});
