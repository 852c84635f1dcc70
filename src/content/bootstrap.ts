import browser from 'webextension-polyfill';
import { detect } from '../core/detect';
import { detectionOnlyReport } from '../core/detection-report';
import { contentMessages, type PageStatus } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { sendToBackground } from '../messaging/client';
import { isSiteDisabled, loadSettings } from '../settings/store';
import { whenIdle, whenVisible } from './idle';
import { createPageHandlers } from './page-handlers';
import type { SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * What every page pays for: a settings read and the cheap detection. The full
 * analysis (extractors, outlet directory) is imported only for articles, or
 * when the popup asks for it.
 */
export async function start(): Promise<void> {
  const controller = new AbortController();
  let status: PageStatus = { state: 'waiting' };
  let current: SourceReport | null = null;
  let settings: Settings | null = null;

  const runFull = async (): Promise<SourceReport> => {
    const { runFullAnalysis } = await import('./full-analysis');
    current = await runFullAnalysis(settings ?? (await loadSettings()));
    status = { state: 'done' };
    return current;
  };
  // Listen first, so the popup always gets an answer, even on a disabled site.
  const env = { extensionId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('') };
  browser.runtime.onMessage.addListener(
    createRouter(contentMessages, createPageHandlers({ current: () => current, runFull, status: () => status }), env),
  );

  const contentType = document.contentType || 'text/html';
  if (!HTML_TYPES.has(contentType)) {
    status = { state: 'unsupported', contentType };
    return;
  }
  settings = await loadSettings();
  if (isSiteDisabled(settings, location.hostname)) {
    status = { state: 'disabled', host: location.hostname };
    return;
  }

  await whenVisible(controller.signal);
  await whenIdle();
  try {
    status = { state: 'analyzing' };
    const t0 = performance.now();
    const detection = detect(document, location.href);
    const detectMs = performance.now() - t0;
    if (!detection.isArticle) {
      current = detectionOnlyReport(document, location.href, detection, { detectMs, extractMs: 0, totalMs: detectMs });
      status = { state: 'done' };
      await sendToBackground('report:publish', { report: current });
      return;
    }
    await sendToBackground('report:started', {});
    const report = await runFull();
    await sendToBackground('report:publish', { report });
  } catch (err) {
    status = { state: 'done' };
    await sendToBackground('report:failed', { message: err instanceof Error ? err.message : String(err) }).catch(() => {});
  }
}
