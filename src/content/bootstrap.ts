import browser from 'webextension-polyfill';
import type { PageStatus } from '../messaging/protocol';
import { sendToBackground } from '../messaging/client';
import { disabledSitesOf, isHostDisabled, onStoredSettingsChanged, readDisabledSites } from '../settings/site-switch';
import { whenIdle, whenVisible } from './idle';
import { contextAlive } from './lifecycle';
import { staleHosts } from './hover/stale-hosts';
import { takeSnapshot } from './snapshot';
import type { SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';
import type { HoverUi } from './hover';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** In-page navigations re-render after the URL changes: give the new view a moment. */
const SETTLE_MS = 400;

type UiSwitches = Pick<Settings, 'hoverCards' | 'mentionMarks'>;
const wantsUi = (s: UiSwitches) => s.hoverCards || s.mentionMarks;
/** Full, validated settings: only needed once there is an article (lazy, with the schema library). */
const loadSettings = () => import('../settings/store').then((m) => m.loadSettings());
const isPageMessage = (m: unknown) => !!m && typeof m === 'object' && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('page:');
const hasCitations = (r: SourceReport) => r.status !== 'detection-only' && (r.links.length > 0 || r.mentions.length > 0);

/**
 * What every page pays for: a settings read and the cheap detection. The full
 * analysis (extractors, outlet directory) is imported only for articles, or
 * when the popup asks for it; the hover cards and marks only once a report
 * with citations exists.
 *
 * A page session = one URL. In-page navigation, late-arriving content and
 * settings changes end the session (one AbortController) and start a fresh
 * one; a dead extension context ends everything.
 */
export async function start(): Promise<void> {
  // Firefox keeps the DOM nodes of a disabled or updated add-on: clear what an earlier instance left.
  for (const el of staleHosts()) el.remove();
  const life = new AbortController();
  let session = new AbortController();
  let status: PageStatus = { state: 'waiting' };
  let current: SourceReport | null = null;
  let settings: UiSwitches | null = null;
  let disabledSites: string[] = [];
  let ui: HoverUi | null = null;
  const siteOff = () => isHostDisabled(disabledSites, location.hostname);

  const removeUi = () => {
    ui?.destroy();
    ui = null;
  };

  const shutdown = () => {
    if (life.signal.aborted) return;
    session.abort();
    life.abort();
    removeUi();
  };

  const showUi = async (report: SourceReport, signal: AbortSignal) => {
    removeUi();
    if (!hasCitations(report) || signal.aborted) return;
    settings ??= await loadSettings();
    if (!wantsUi(settings) || signal.aborted) return;
    const { mountHoverUi } = await import('./hover');
    if (signal.aborted || current !== report || life.signal.aborted) return;
    removeUi();
    ui = mountHoverUi(report, settings, {
      alive: contextAlive,
      onDead: shutdown,
      goToReference: (id) => void import('./reveal').then(({ reveal }) => reveal(report, 'reference', id)),
    });
  };

  /** The page as it is now, analysed in the background (which stores the report for the popup). */
  const analyze = async (signal: AbortSignal, full: boolean): Promise<SourceReport> => {
    const answer = await sendToBackground('report:analyze', { ...takeSnapshot(), full });
    const { report } = answer;
    // The background read the validated settings: the page need not load the schema library for two switches.
    settings = { ...answer.ui };
    if (!signal.aborted) {
      current = report;
      status = { state: 'done' };
      void showUi(report, signal);
    }
    return report;
  };

  // Listen first, so the popup always gets an answer, even on a disabled site. The validating router loads on first use.
  const pageContext = { current: () => current, runFull: () => analyze(session.signal, true), status: () => status };
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    isPageMessage(message) ? import('./page-router').then((m) => m.routePageMessage(message, sender, pageContext)) : undefined,
  );

  const contentType = document.contentType || 'text/html';
  if (!HTML_TYPES.has(contentType)) {
    status = { state: 'unsupported', contentType };
    return;
  }
  disabledSites = await readDisabledSites();

  /** One analysis of the page as it is now; publishes the report unless the session ended meanwhile. */
  const analyzeNow = async (signal: AbortSignal): Promise<void> => {
    try {
      status = { state: 'analyzing' };
      await analyze(signal, false);
    } catch {
      // The background stored the failure for the popup; a dead extension ends this script.
      if (signal.aborted) return;
      status = { state: 'done' };
      if (!contextAlive()) return shutdown();
    }
  };

  /** A session: wait until visible and idle, analyze, then watch for late content. */
  const runSession = async (delay = 0): Promise<void> => {
    session.abort();
    session = new AbortController();
    const { signal } = session;
    removeUi();
    current = null;
    if (siteOff()) {
      status = { state: 'disabled', host: location.hostname };
      return;
    }
    status = { state: 'waiting' };
    if (delay) await new Promise((r) => setTimeout(r, delay));
    await whenVisible(signal);
    await whenIdle();
    if (signal.aborted) return;
    await analyzeNow(signal);
    if (signal.aborted) return;
    // Watchers load lazily too: every page pays only for detection up front.
    const { watchLateContent } = await import('./watchers');
    if (signal.aborted) return;
    watchLateContent(
      () => {
        if (!contextAlive()) return shutdown();
        void whenIdle().then(() => {
          if (!signal.aborted) void analyzeNow(signal);
        });
      },
      signal,
    );
  };

  let watchingUrl = false;
  const watchUrl = async () => {
    if (watchingUrl || life.signal.aborted) return;
    watchingUrl = true;
    const { watchNavigation } = await import('./watchers');
    watchNavigation(() => void runSession(SETTLE_MS), life.signal, () => !contextAlive() && shutdown());
  };

  const stopSettings = onStoredSettingsChanged(async (raw) => {
    if (!contextAlive()) return shutdown();
    const wasOff = siteOff();
    disabledSites = disabledSitesOf(raw);
    const isOff = siteOff();
    const before = settings;
    // Validated settings only matter once a report exists; otherwise they load with the next analysis.
    settings = current ? await loadSettings() : null;
    const next = settings;
    if (isOff) {
      session.abort();
      removeUi();
      status = { state: 'disabled', host: location.hostname };
    } else if (wasOff) {
      void runSession().then(watchUrl);
    } else if (current && next && (!before || before.hoverCards !== next.hoverCards || before.mentionMarks !== next.mentionMarks)) {
      void showUi(current, session.signal);
    }
  });
  life.signal.addEventListener('abort', stopSettings, { once: true });

  await runSession();
  if ((status as PageStatus).state !== 'disabled') await watchUrl();
}
