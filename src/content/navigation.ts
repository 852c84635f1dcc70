/**
 * In-page navigation (pushState, replaceState, popstate) seen from an isolated
 * world: patching history here would not see the page's own calls, so we
 * listen to the Navigation API where it exists and otherwise compare
 * location.href on popstate/hashchange and on a slow timer. Only changes of
 * the document URL without its #fragment count.
 */
const POLL_MS = 1_000;

const withoutHash = (href: string) => href.replace(/#.*$/, '');

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchNavigation(onChange: (url: string) => void, signal: AbortSignal, tick?: () => void): void {
  let last = withoutHash(location.href);
  const check = () => {
    if (signal.aborted) return;
    tick?.();
    const now = withoutHash(location.href);
    if (now === last) return;
    last = now;
    onChange(location.href);
  };
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    nav.addEventListener('currententrychange', check, { signal });
  }
  // A slow timer also catches what no event reports (and lets `tick` notice a dead extension).
  const id = setInterval(check, nav ? POLL_MS * 3 : POLL_MS);
  signal.addEventListener('abort', () => clearInterval(id), { once: true });
}
