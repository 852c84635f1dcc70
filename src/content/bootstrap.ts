import browser from 'webextension-polyfill';
import { sendToBackground } from '../messaging/client';
import { onStoredSettingsChanged, readDisabledSites } from '../settings/site-switch';
import { whenIdle, whenVisible } from './idle';
import { contextAlive } from './lifecycle';
import { staleHosts } from './hover/stale-hosts';
import { takeSnapshot } from './snapshot';
import { createSession, type SessionDeps } from './session';

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
  loadSettings: () => import('../settings/store').then((m) => m.loadSettings()),
  onSettingsChanged: onStoredSettingsChanged,
  ready: async (signal) => {
    await whenVisible(signal);
    await whenIdle();
  },
  settle: (signal) => wait(SETTLE_MS, signal),
  // The watchers load lazily too: the first chunk carries only what every page needs.
  watchLateContent: (onGrowth, signal) => import('./watchers').then((m) => m.watchLateContent(onGrowth, signal)),
  watchNavigation: (onChange, signal, tick) =>
    import('./watchers').then((m) => m.watchNavigation(onChange, signal, tick)),
  mountUi: async (report, switches, goToReference, onDead) => {
    const { mountHoverUi } = await import('./hover');
    return mountHoverUi(report, switches, { alive: contextAlive, onDead, goToReference });
  },
  reveal: (report, id) => void import('./reveal').then(({ reveal }) => reveal(report, 'reference', id)),
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
  const pageContext = { current: session.current, runFull: () => session.analyzeNow(), status: session.status };
  const onMessage = (message: unknown, sender: browser.Runtime.MessageSender) =>
    isPageMessage(message)
      ? import('./page-router').then((m) => m.routePageMessage(message, sender, pageContext))
      : undefined;
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
