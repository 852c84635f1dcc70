/**
 * The content lifecycle without a browser: a linkedom page, the one browser
 * mock (storage.sync, runtime.sendMessage), the real snapshot and the real
 * background analysis behind the mocked message. Timing parts (visible and
 * idle, the navigation settle) and the watchers are fakes the test fires.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';

vi.mock('webextension-polyfill', () => import('../browser-mock'));
const { browserMock, stored } = await import('../browser-mock');
const { createSession, TRANSITIONS } = await import('../../../src/content/session');
const { takeSnapshot } = await import('../../../src/content/snapshot');
const { sendToBackground } = await import('../../../src/messaging/client');
const { onStoredSettingsChanged, readDisabledSites } = await import('../../../src/settings/site-switch');
const { analyzeSnapshot } = await import('../../../src/background/analyze-snapshot');
const { seedDirectory } = await import('../core/helpers');
import type { SessionDeps, UiSwitches } from '../../../src/content/session';
import type { SourceReport } from '../../../src/core/types';

const LONG =
  'Die Regierung hat am Dienstag nach langen Verhandlungen ein neues Abkommen vorgestellt, das vieles neu ordnet. '.repeat(
    6,
  );
const articleHtml = (cite: string) =>
  `<html lang="de"><head><title>Gipfel</title><meta property="og:type" content="article"></head><body><article><h1>Gipfel in Berlin</h1><p>${LONG}</p><p>${cite}</p></article></body></html>`;
const HOST = 'news.example';

const flush = async () => {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};

function harness(html = articleHtml('Laut Reuters war es knapp.')) {
  let page = parseHTML(html).document;
  let url = `https://${HOST}/a`;
  const mounts: Array<{ report: SourceReport; switches: UiSwitches; destroyed: boolean }> = [];
  let onGrowth: (() => void) | null = null;
  let onNavigate: (() => void) | null = null;
  let alive = true;
  let settings: UiSwitches = { hoverCards: true, mentionMarks: true };
  const deps: SessionDeps = {
    contentType: 'text/html',
    host: () => HOST,
    analyze: (full) => sendToBackground('report:analyze', { ...takeSnapshot(page, url), full }),
    disabledSites: readDisabledSites,
    loadSettings: async () => settings,
    onSettingsChanged: onStoredSettingsChanged,
    ready: async () => {},
    settle: async () => {},
    watchLateContent: (cb) => void (onGrowth = cb),
    watchNavigation: (cb) => void (onNavigate = cb),
    mountUi: async (report, switches) => {
      const m = { report, switches, destroyed: false };
      mounts.push(m);
      return { destroy: () => void (m.destroyed = true) };
    },
    reveal: () => {},
    alive: () => alive,
  };
  const session = createSession(deps);
  return {
    session,
    mounts,
    shown: () => mounts.filter((m) => !m.destroyed),
    grow: () => onGrowth?.(),
    navigate: (html: string, to: string) => {
      page = parseHTML(html).document;
      url = to;
      onNavigate?.();
    },
    kill: () => void (alive = false),
    setSwitches: (s: UiSwitches) => void (settings = s),
  };
}

/** Stores settings and tells the listeners, as storage.onChanged does. */
async function storeSettings(value: Record<string, unknown>) {
  stored.settings = value;
  for (const [listener] of browserMock.storage.onChanged.addListener.mock.calls as unknown as Array<
    [(c: unknown, a: string) => void]
  >) {
    listener({ settings: { newValue: value } }, 'sync');
  }
  await flush();
}

describe('the content session', () => {
  beforeEach(() => {
    for (const k of Object.keys(stored)) delete stored[k];
    browserMock.storage.onChanged.addListener.mockClear();
    browserMock.runtime.sendMessage.mockClear();
    // The background, as handlers.ts answers report:analyze (storing left out).
    // The mock's own type answers { ok }; this one answers as the background does.
    (
      browserMock.runtime.sendMessage as unknown as {
        mockImplementation: (f: (m: unknown) => Promise<unknown>) => void;
      }
    ).mockImplementation(async (m: unknown) => {
      const { type, payload } = m as {
        type: string;
        payload: Parameters<typeof analyzeSnapshot>[0] & { full: boolean };
      };
      if (type !== 'report:analyze') return { ok: true };
      const report = await analyzeSnapshot(payload, { full: payload.full, directory: async () => seedDirectory() });
      return { report, ui: { hoverCards: true, mentionMarks: true } };
    });
  });

  it('waits, analyses in the background, then shows the cards for a report that cites', async () => {
    const h = harness();
    expect(h.session.state()).toBe('waiting');
    await h.session.start();
    expect(h.session.state()).toBe('done');
    expect(h.session.current()?.mentions.map((m) => m.outlet)).toContain('Reuters');
    expect(h.shown()).toHaveLength(1);
    expect(h.shown()[0].switches).toEqual({ hoverCards: true, mentionMarks: true });
  });

  it('does nothing on a disabled site until the reader turns it on again', async () => {
    stored.settings = { disabledSites: [HOST] };
    const h = harness();
    await h.session.start();
    expect(h.session.state()).toBe('disabled');
    expect(h.session.status()).toEqual({ state: 'disabled', host: HOST });
    expect(browserMock.runtime.sendMessage).not.toHaveBeenCalledWith(
      expect.objectContaining({ type: 'report:analyze' }),
    );
    await storeSettings({ disabledSites: [] });
    expect(h.session.state()).toBe('done');
    expect(h.shown()).toHaveLength(1);
  });

  it('takes the cards down when the site is turned off while they show', async () => {
    const h = harness();
    await h.session.start();
    await storeSettings({ disabledSites: [HOST] });
    expect(h.session.state()).toBe('disabled');
    expect(h.session.current()).toBeNull();
    expect(h.shown()).toHaveLength(0);
    // A late growth of the old view is ignored.
    h.grow();
    await flush();
    expect(h.session.state()).toBe('disabled');
  });

  it('starts a new view on in-page navigation and analyses the new page', async () => {
    const h = harness();
    await h.session.start();
    h.navigate(articleHtml('Laut Al Jazeera war es knapp.'), `https://${HOST}/b`);
    await flush();
    expect(h.session.state()).toBe('done');
    expect(h.session.current()?.url).toBe(`https://${HOST}/b`);
    expect(h.mounts.map((m) => m.destroyed)).toEqual([true, false]);
    expect(h.shown()[0].report.mentions.map((m) => m.outlet)).toContain('Al Jazeera');
  });

  it('analyses again when content arrives late, replacing the cards', async () => {
    const h = harness(articleHtml('Ohne Quelle.'));
    await h.session.start();
    expect(h.shown()).toHaveLength(0); // nothing cited yet: no UI
    h.navigate(articleHtml('Laut Reuters kam das später.'), `https://${HOST}/a`);
    h.grow();
    await flush();
    expect(h.session.state()).toBe('done');
    expect(h.shown()).toHaveLength(1);
  });

  it('remounts the cards when the switches change while they show, and only then', async () => {
    const h = harness();
    await h.session.start();
    await storeSettings({ hoverCards: true, mentionMarks: true });
    expect(h.mounts).toHaveLength(1);
    h.setSwitches({ hoverCards: false, mentionMarks: true });
    await storeSettings({ hoverCards: false, mentionMarks: true });
    expect(h.mounts).toHaveLength(2);
    expect(h.shown()).toHaveLength(1);
    expect(h.shown()[0].switches).toEqual({ hoverCards: false, mentionMarks: true });
  });

  it('ends for good when the extension context dies', async () => {
    const h = harness();
    await h.session.start();
    h.kill();
    await storeSettings({ disabledSites: [] });
    expect(h.session.state()).toBe('dead');
    expect(h.session.signal.aborted).toBe(true);
    expect(h.shown()).toHaveLength(0);
    await expect(h.session.analyzeNow()).rejects.toThrow(/dead/);
  });

  it('runs the full analysis when the popup asks, even on a page judged no article', async () => {
    const h = harness(
      '<html><head><title>Start</title></head><body><ul><li><a href="https://www.reuters.com/x">Reuters</a></li></ul></body></html>',
    );
    await h.session.start();
    expect(h.session.current()?.status).toBe('detection-only');
    const report = await h.session.analyzeNow();
    expect(report.status).toBe('complete');
    expect(h.session.current()).toBe(report);
  });

  it('says which events mean nothing in which state', () => {
    expect(TRANSITIONS.navigated.disabled).toBeUndefined();
    expect(TRANSITIONS['late-content'].waiting).toBeUndefined();
    expect(TRANSITIONS['site-on'].done).toBeUndefined();
    expect(Object.values(TRANSITIONS).some((t) => 'dead' in t)).toBe(false);
  });
});
