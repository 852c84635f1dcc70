import browser from 'webextension-polyfill';
import { detect } from '../core/detect';
import { detectionOnlyReport } from '../core/detection-report';
import { contentMessages, type PageStatus } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { sendToBackground } from '../messaging/client';
import { isSiteDisabled, loadSettings, onSettingsChanged } from '../settings/store';
import { whenIdle, whenVisible } from './idle';
import { createPageHandlers } from './page-handlers';
import { contextAlive } from './lifecycle';
import type { SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';
import type { HoverUi } from './hover';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** In-page navigations re-render after the URL changes: give the new view a moment. */
const SETTLE_MS = 400;

const wantsUi = (s: Settings) => s.hoverCards || s.mentionMarks;
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
  for (const el of document.querySelectorAll('source-lens-root')) el.remove();
  const life = new AbortController();
  let session = new AbortController();
  let status: PageStatus = { state: 'waiting' };
  let current: SourceReport | null = null;
  let settings: Settings | null = null;
  let ui: HoverUi | null = null;

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
    if (!settings || !wantsUi(settings) || !hasCitations(report) || signal.aborted) return;
    const { mountHoverUi } = await import('./hover');
    if (signal.aborted || current !== report || life.signal.aborted) return;
    removeUi();
    ui = mountHoverUi(report, settings, {
      alive: contextAlive,
      onDead: shutdown,
      goToReference: (id) => void import('./reveal').then(({ reveal }) => reveal(report, 'reference', id)),
    });
  };

  const runFull = async (signal: AbortSignal = session.signal): Promise<SourceReport> => {
    const { runFullAnalysis } = await import('./full-analysis');
    const report = await runFullAnalysis(settings ?? (await loadSettings()));
    if (!signal.aborted) {
      current = report;
      status = { state: 'done' };
      void showUi(report, signal);
    }
    return report;
  };

  // Listen first, so the popup always gets an answer, even on a disabled site.
  const env = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener(
    createRouter(contentMessages, createPageHandlers({ current: () => current, runFull: () => runFull(), status: () => status }), env),
  );

  const contentType = document.contentType || 'text/html';
  if (!HTML_TYPES.has(contentType)) {
    status = { state: 'unsupported', contentType };
    return;
  }
  settings = await loadSettings();

  /** One analysis of the page as it is now; publishes the report unless the session ended meanwhile. */
  const analyzeNow = async (signal: AbortSignal): Promise<void> => {
    try {
      status = { state: 'analyzing' };
      const t0 = performance.now();
      const detection = detect(document, location.href);
      const detectMs = performance.now() - t0;
      if (!detection.isArticle) {
        const report = detectionOnlyReport(document, location.href, detection, { detectMs, extractMs: 0, totalMs: detectMs });
        if (signal.aborted) return;
        current = report;
        status = { state: 'done' };
        removeUi();
        await sendToBackground('report:publish', { report });
        return;
      }
      await sendToBackground('report:started', {});
      const report = await runFull(signal);
      if (!signal.aborted) await sendToBackground('report:publish', { report });
    } catch (err) {
      if (signal.aborted) return;
      status = { state: 'done' };
      if (!contextAlive()) return shutdown();
      await sendToBackground('report:failed', { message: err instanceof Error ? err.message : String(err) }).catch(() => {});
    }
  };

  /** A session: wait until visible and idle, analyze, then watch for late content. */
  const runSession = async (delay = 0): Promise<void> => {
    session.abort();
    session = new AbortController();
    const { signal } = session;
    removeUi();
    current = null;
    if (!settings || isSiteDisabled(settings, location.hostname)) {
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

  const stopSettings = onSettingsChanged((next) => {
    if (!contextAlive()) return shutdown();
    const before = settings;
    settings = next;
    const wasOff = !before || isSiteDisabled(before, location.hostname);
    const isOff = isSiteDisabled(next, location.hostname);
    if (isOff) {
      session.abort();
      removeUi();
      status = { state: 'disabled', host: location.hostname };
    } else if (wasOff) {
      void runSession().then(watchUrl);
    } else if (current && (before.hoverCards !== next.hoverCards || before.mentionMarks !== next.mentionMarks)) {
      void showUi(current, session.signal);
    }
  });
  life.signal.addEventListener('abort', stopSettings, { once: true });

  await runSession();
  if ((status as PageStatus).state !== 'disabled') await watchUrl();
}
