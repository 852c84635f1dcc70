/** Shared by the hover end-to-end tests of both browsers. */
export const HOST = 'source-lens-root';

/** The page as the e2e tests serve it; the hostile page is the seed article under `* { all: unset !important }`. */
export const PAGES = [
  { name: 'seed', path: '/article.html' },
  { name: 'hostile', path: '/hostile-css.html' },
] as const;

/** In-page script: centre of the first occurrence of `text` in the page, as client coordinates (scrolled into view). */
export function locateText(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(text);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + text.length);
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2 };
  }
  return null;
}

/** In-page script: bounding box of the host's open card state, without looking inside the closed root. */
export function hostState(): { open: string | null; count: number } {
  const hosts = document.querySelectorAll('source-lens-root');
  return { open: hosts[0]?.getAttribute('data-open') ?? null, count: hosts.length };
}
