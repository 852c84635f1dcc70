/**
 * The gate's stand-in for webextension-polyfill: Firefox's `browser` where it
 * is the extension API, else Chrome's `chrome` (never a page element that
 * shows through as window.browser).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const g = globalThis as Record<string, unknown>;
const load = async () => {
  vi.resetModules();
  return (await import('../../../src/content/native-browser')).default as unknown;
};

describe('the gate’s browser API', () => {
  afterEach(() => {
    delete g.browser;
    delete g.chrome;
  });

  it('is Firefox’s browser namespace where it has a runtime id', async () => {
    const firefox = { runtime: { id: 'source-lens@example' } };
    g.browser = firefox;
    g.chrome = { runtime: { id: 'compat' } };
    expect(await load()).toBe(firefox);
  });

  it('is Chrome’s chrome namespace where there is no browser namespace', async () => {
    const chrome = { runtime: { id: 'abcdef' } };
    g.chrome = chrome;
    expect(await load()).toBe(chrome);
  });

  it('is not a page element named "browser" that shows through as a global', async () => {
    const chrome = { runtime: { id: 'abcdef' } };
    g.browser = { tagName: 'DIV', id: 'browser' };
    g.chrome = chrome;
    expect(await load()).toBe(chrome);
  });
});
