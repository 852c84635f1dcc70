/**
 * In-page navigation (pushState, replaceState, popstate) seen from an isolated
 * world: patching history here would not see the page's own calls, so we
 * listen to the Navigation API where it exists and otherwise compare
 * location.href on popstate/hashchange and on a slow timer. Only changes of
 * the document URL without its #fragment count.
 *
 * A change is reported once the URL has held still for QUIET_MS, and at the
 * latest MAX_WAIT_MS after the first unreported change: a page that calls
 * pushState every 100 ms (a route loop, a ticker in the URL) would otherwise
 * restart the analysis forever and never get a report.
 */
const POLL_MS = 1_000;
export const QUIET_MS = 300;
export const MAX_WAIT_MS = 2_000;

const withoutHash = (href: string) => href.replace(/#.*$/, '');

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchNavigation(onChange: (url: string) => void, signal: AbortSignal, tick?: () => void): void {
  let last = withoutHash(location.href);
  let firstUnreported: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    timer = undefined;
    firstUnreported = null;
    if (!signal.aborted) onChange(location.href);
  };
  const check = () => {
    if (signal.aborted) return;
    tick?.();
    const now = withoutHash(location.href);
    if (now === last) return;
    last = now;
    const at = performance.now();
    firstUnreported ??= at;
    clearTimeout(timer);
    timer = setTimeout(report, Math.max(0, Math.min(QUIET_MS, firstUnreported + MAX_WAIT_MS - at)));
  };
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', check, { signal });
  }
  // A slow timer also catches what no event reports (and lets `tick` notice a dead extension).
  const id = setInterval(check, nav ? POLL_MS * 3 : POLL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(id);
      clearTimeout(timer);
    },
    { once: true },
  );
}
