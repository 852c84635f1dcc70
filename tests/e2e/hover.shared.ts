/** Shared by the hover end-to-end tests of both browsers. */

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

/**
 * In-page script: is a Source Lens card open, and how many hosts are there? The host is a nameless <div> under
 * <html> with a closed root and no state attribute, so this looks the way any page could: by hit-testing the
 * viewport for an element of that host (the fixture pages put nothing but head and body directly under <html>).
 */
export function hostState(): { open: boolean; count: number } {
  const hosts = [...document.documentElement.children].filter((e) => e.tagName !== 'HEAD' && e.tagName !== 'BODY');
  let open = false;
  for (let y = 4; y < innerHeight && !open; y += 12) {
    for (let x = 4; x < innerWidth && !open; x += 12) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hosts.includes(hit)) open = true;
    }
  }
  return { open, count: hosts.length };
}
