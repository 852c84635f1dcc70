/**
 * The content script's life on one page, as a small state machine. What runs in each state:
 *
 *   state        runs
 *   waiting      listeners only (popup, settings, URL): the tab is hidden or not idle yet
 *   analyzing    the snapshot is with the background (content/snapshot.ts)
 *   done         hover cards and marks if the report cites anything; the late-content watcher
 *   disabled     listeners only: the reader turned Source Lens off for this site
 *   unsupported  the popup listener only: not an HTML document (PDF viewer, images, XML)
 *   dead         nothing, ever again: the extension was reloaded, updated or removed
 *
 * Every transition is in TRANSITIONS. A page view (one URL, one AbortController)
 * ends on navigation, on "site off" and on death; everything started in it
 * (the analysis, the UI, the late-content watcher) gets its signal and tears
 * itself down when it aborts. A new report replaces the UI of the one before.
 */
import type { AnalyzedPage, PageStatus } from '../messaging/protocol';
import type { SourceReport } from '../core/types';
import type { Settings } from '../settings/schema';
import { disabledSitesOf, isHostDisabled } from '../settings/site-switch';

export type UiSwitches = Pick<Settings, 'hoverCards' | 'mentionMarks'>;
export type SessionState = PageStatus['state'] | 'dead';
export type SessionEvent =
  'ready' | 'ask' | 'analyzed' | 'failed' | 'late-content' | 'navigated' | 'site-off' | 'site-on' | 'context-died';

const LIVE = ['waiting', 'analyzing', 'done'] as const;
const all = <T extends string>(states: readonly SessionState[], to: T) =>
  Object.fromEntries(states.map((s) => [s, to])) as Partial<Record<SessionState, T>>;

export const TRANSITIONS: Record<SessionEvent, Partial<Record<SessionState, SessionState>>> = {
  ready: { waiting: 'analyzing' }, // visible and idle
  ask: all(LIVE, 'analyzing'), // the popup's "Analyze anyway"
  analyzed: { analyzing: 'done' },
  failed: { analyzing: 'done' }, // the background stored the error for the popup
  'late-content': { done: 'analyzing' },
  navigated: all(LIVE, 'waiting'),
  'site-off': all(LIVE, 'disabled'),
  'site-on': { disabled: 'waiting' },
  'context-died': all([...LIVE, 'disabled', 'unsupported'], 'dead'),
};

export interface MountedUi {
  destroy(): void;
}

/** What the session needs from the page and the browser; bootstrap.ts wires the real ones, tests fakes. */
export interface SessionDeps {
  contentType: string;
  host: () => string;
  /** Snapshot the page and have the background analyse it (`full`: even if it is no article). */
  analyze: (full: boolean) => Promise<AnalyzedPage>;
  disabledSites: () => Promise<string[]>;
  /** Validated settings, when they change while a report shows. */
  loadSettings: () => Promise<UiSwitches>;
  /** Raw stored settings changed; returns the unsubscribe. */
  onSettingsChanged: (listener: (raw: unknown) => void) => () => void;
  /** Resolves once the tab is visible and the browser idle. */
  ready: (signal: AbortSignal) => Promise<void>;
  /** In-page navigations re-render after the URL changes: the wait before the next view starts. */
  settle: (signal: AbortSignal) => Promise<void>;
  watchLateContent: (onGrowth: () => void, signal: AbortSignal) => void | Promise<void>;
  watchNavigation: (onChange: () => void, signal: AbortSignal, tick: () => void) => void | Promise<void>;
  /** Mounts the hover cards and marks; null when there is nothing to show. Torn down by the caller. */
  mountUi: (
    report: SourceReport,
    switches: UiSwitches,
    goToReference: (id: string) => void,
    onDead: () => void,
  ) => Promise<MountedUi | null>;
  reveal: (report: SourceReport, id: string) => void;
  alive: () => boolean;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const wantsUi = (s: UiSwitches) => s.hoverCards || s.mentionMarks;
const hasCitations = (r: SourceReport) =>
  r.status !== 'detection-only' && (r.links.length > 0 || r.mentions.length > 0);

export function createSession(deps: SessionDeps) {
  const life = new AbortController();
  let view = new AbortController();
  let reportScope = new AbortController();
  let state: SessionState = 'waiting';
  let current: SourceReport | null = null;
  let switches: UiSwitches | null = null;
  let sites: string[] = [];
  const siteOff = () => isHostDisabled(sites, deps.host());

  /** The one place the state changes. False: the event means nothing in this state. */
  const dispatch = (event: SessionEvent): boolean => {
    const next = TRANSITIONS[event][state];
    if (!next) return false;
    state = next;
    if (event === 'navigated' || event === 'site-off' || event === 'context-died' || event === 'site-on') {
      view.abort();
      reportScope.abort();
      view = new AbortController();
      current = null;
    }
    if (next === 'dead') life.abort();
    return true;
  };

  const die = () => void dispatch('context-died');

  /** The UI of one report, in its own scope: the next report or the end of the view takes it down. */
  const showUi = async (report: SourceReport) => {
    reportScope.abort();
    reportScope = new AbortController();
    const { signal } = reportScope;
    if (!hasCitations(report) || !switches || !wantsUi(switches)) return;
    const ui = await deps.mountUi(report, switches, (id) => deps.reveal(report, id), die);
    if (!ui) return;
    if (signal.aborted) return ui.destroy();
    signal.addEventListener('abort', () => ui.destroy(), { once: true });
  };

  /**
   * One analysis of the page as it is now. Its result counts only if the view
   * is still the same and no later analysis started meanwhile (the background
   * keeps the newest one too).
   */
  let latest = 0;
  const analyze = async (full: boolean): Promise<SourceReport> => {
    const { signal } = view;
    const seq = ++latest;
    const counts = () => !signal.aborted && seq === latest;
    try {
      const answer = await deps.analyze(full);
      if (!counts()) return answer.report;
      switches = answer.ui;
      current = answer.report;
      dispatch('analyzed');
      await showUi(answer.report);
      return answer.report;
    } catch (err) {
      if (counts()) {
        if (!deps.alive()) die();
        else dispatch('failed');
      }
      throw err;
    }
  };

  /** A page view: wait until visible and idle, analyse, then watch for late content. */
  const runView = async (settle: boolean) => {
    const { signal } = view;
    if (settle) await deps.settle(signal);
    await deps.ready(signal);
    if (signal.aborted || !dispatch('ready')) return;
    await analyze(false).catch(() => {});
    if (signal.aborted) return;
    await deps.watchLateContent(() => {
      if (!deps.alive()) return die();
      void deps.ready(signal).then(() => {
        if (!signal.aborted && dispatch('late-content')) void analyze(false).catch(() => {});
      });
    }, signal);
  };

  /** In-page navigation starts a new view; watched from the first analysis on (a disabled site loads no watcher). */
  let watchingUrl = false;
  const watchUrl = async () => {
    if (watchingUrl || life.signal.aborted) return;
    watchingUrl = true;
    await deps.watchNavigation(
      () => {
        if (dispatch('navigated')) void runView(true);
      },
      life.signal,
      () => !deps.alive() && die(),
    );
  };

  const onSettings = async (raw: unknown) => {
    if (!deps.alive()) return die();
    sites = disabledSitesOf(raw);
    if (siteOff()) return void dispatch('site-off');
    if (dispatch('site-on')) return void runView(false).then(watchUrl);
    if (!current) return;
    const before = switches;
    const next = await deps.loadSettings();
    switches = next;
    if (current && (!before || before.hoverCards !== next.hoverCards || before.mentionMarks !== next.mentionMarks))
      await showUi(current);
  };

  return {
    state: () => state,
    current: () => current,
    signal: life.signal,
    /** What the popup sees. */
    status: (): PageStatus => {
      if (state === 'disabled') return { state, host: deps.host() };
      if (state === 'unsupported') return { state, contentType: deps.contentType };
      return { state: state === 'dead' ? 'done' : state };
    },
    /** The popup's "Analyze anyway": the full analysis, whatever detection said. */
    async analyzeNow(): Promise<SourceReport> {
      if (!dispatch('ask')) throw new Error(`cannot analyze: ${state}`);
      return analyze(true);
    },
    async start(): Promise<void> {
      if (!HTML_TYPES.has(deps.contentType || 'text/html')) {
        state = 'unsupported';
        return;
      }
      sites = await deps.disabledSites();
      const stop = deps.onSettingsChanged((raw) => void onSettings(raw));
      life.signal.addEventListener('abort', stop, { once: true });
      if (siteOff()) {
        state = 'disabled';
        return;
      }
      await runView(false);
      await watchUrl();
    },
  };
}

export type Session = ReturnType<typeof createSession>;
