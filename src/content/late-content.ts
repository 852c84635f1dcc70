/**
 * Articles that arrive after the first analysis (client-rendered pages, lazy
 * bodies). A MutationObserver that looks only at added elements with text,
 * ignores our own host, waits until the page is quiet, and gives up after a
 * few rounds so a ticker or an endless feed cannot keep us busy.
 */
const IGNORED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'LINK',
  'META',
  'IFRAME',
  'SVG',
  'IMG',
  'SOURCE-LENS-ROOT',
]);

export interface LateContentOptions {
  /** Characters of new text that make a re-analysis worth it. */
  minChars?: number;
  debounceMs?: number;
  /** Re-analyses per page at most. */
  maxRuns?: number;
}

export function watchLateContent(onGrowth: () => void, signal: AbortSignal, opts: LateContentOptions = {}): void {
  const { minChars = 400, debounceMs = 800, maxRuns = 4 } = opts;
  if (!document.body || typeof MutationObserver === 'undefined') return;
  let added = 0;
  let runs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 3) added += (node as Text).data.length;
        else if (node.nodeType === 1 && !IGNORED.has((node as Element).tagName.toUpperCase())) {
          // textContent length only: no layout, and capped so a huge subtree costs little.
          added += Math.min((node as Element).textContent?.length ?? 0, 50_000);
        }
      }
    }
    if (added < minChars) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      added = 0;
      runs += 1;
      if (runs >= maxRuns) observer.disconnect();
      if (!signal.aborted) onGrowth();
    }, debounceMs);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
