/**
 * The gate's wiring of the real page and browser (session.ts holds the logic).
 * Built as a classic script with the browser's own API in place of the
 * polyfill (content/native-browser.ts): it runs on every page, so it holds
 * only what every page needs, the watchers included, and loads the rest from
 * the lazy stage.
 */
import browser from 'webextension-polyfill';
import { sendToBackground } from '../messaging/client';
import { onStoredSettingsChanged, readDisabledSites } from '../settings/site-switch';
import { whenIdle, whenVisible } from './idle';
import { contextAlive } from './lifecycle';
import { staleHosts } from './hover/stale-hosts';
import { watchLateContent } from './late-content';
import { watchNavigation } from './navigation';
import { takeSnapshot } from './snapshot';
import { createSession, type SessionDeps } from './session';

/**
 * The lazy stage (lazy.ts), an ES module loaded by URL: this file runs as a
 * classic script (vite.config.ts builds it), which has no module graph of its
 * own, and the stage's chunks would otherwise be inlined here for every page.
 * Spelled `chrome.runtime.getURL` (Firefox has the `chrome` namespace too):
 * Mozilla's linter accepts an import() of that call, not of an alias's.
 */
type LazyStage = typeof import('./lazy');
let lazyStage: Promise<LazyStage> | null = null;
const lazy = (): Promise<LazyStage> =>
  (lazyStage ??= import(/* @vite-ignore */ chrome.runtime.getURL(__SOURCE_LENS_LAZY_STAGE__)) as Promise<LazyStage>);

/** In-page navigations re-render after the URL changes: give the new view a moment. */
const SETTLE_MS = 400;

const isPageMessage = (m: unknown) =>
  !!m &&
  typeof m === 'object' &&
  typeof (m as { type?: unknown }).type === 'string' &&
  (m as { type: string }).type.startsWith('page:');

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const id = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(id), resolve()), { once: true });
  });

/** The real page and browser behind the session (session.ts holds the logic; its tests use fakes). */
const deps: SessionDeps = {
  contentType: document.contentType || 'text/html',
  host: () => location.hostname,
  analyze: (full) => sendToBackground('report:analyze', { ...takeSnapshot(), full }),
  disabledSites: readDisabledSites,
  // Validated settings, with the schema library: only when settings change while a report shows.
  loadSettings: () => lazy().then((m) => m.loadSettings()),
  onSettingsChanged: onStoredSettingsChanged,
  ready: async (signal) => {
    await whenVisible(signal);
    await whenIdle();
  },
  settle: (signal) => wait(SETTLE_MS, signal),
  // Every page watches (in the gate: an import would cost a page more than the watchers' code).
  watchLateContent,
  watchNavigation,
  mountUi: (report, switches, goToReference, onDead) =>
    lazy().then((m) => m.mountHoverUi(report, switches, { alive: contextAlive, onDead, goToReference })),
  reveal: (report, id) => void lazy().then((m) => m.reveal(report, id)),
  alive: contextAlive,
};

/**
 * What every page pays for: a settings read, then at idle a snapshot for the
 * background, which analyses it (content/session.ts says what runs when).
 */
export async function start(): Promise<void> {
  // Firefox keeps the DOM nodes of a disabled or updated add-on: clear what an earlier instance left.
  for (const el of staleHosts()) el.remove();
  const session = createSession(deps);
  // Listen first, so the popup always gets an answer, even on a disabled site. The validating router loads on first use.
  // The reply goes through sendResponse: native Chrome ignores a returned promise; Firefox and the polyfill take both.
  const pageContext = { current: session.current, runFull: () => session.analyzeNow(), status: session.status };
  // `true` keeps sendResponse open; other messages get undefined, no answer (the polyfill's types know only the first).
  const onMessage = ((message: unknown, sender: browser.Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!isPageMessage(message)) return undefined;
    lazy()
      .then((m) => m.routePageMessage(message, sender, pageContext))
      .then(sendResponse, (err: unknown) => sendResponse({ error: err instanceof Error ? err.message : String(err) }));
    return true;
  }) as browser.Runtime.OnMessageListenerCallback;
  browser.runtime.onMessage.addListener(onMessage);
  session.signal.addEventListener(
    'abort',
    () => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // A dead extension context may have no runtime left to remove from.
      }
    },
    { once: true },
  );
  await session.start();
}
