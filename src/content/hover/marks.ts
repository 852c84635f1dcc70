/**
 * Mention marks through the CSS Custom Highlight API: the page's DOM is never
 * modified, so its layout, selection, copy and paste, links and handlers stay
 * as they were. The ::highlight rules live in src/content/marks.css, declared
 * in the manifest, so the browser removes them with the extension.
 */
export const MARK = 'source-lens-mention';
export const MARK_ACTIVE = 'source-lens-mention-active';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Marks {
  setActive: (range: Range | null) => void;
  remove: () => void;
}

export function addMarks(ranges: Range[], visible: boolean): Marks {
  if (!highlightsSupported()) return { setActive: () => {}, remove: () => {} };
  if (visible && ranges.length) CSS.highlights.set(MARK, new Highlight(...ranges));
  return {
    setActive(range) {
      if (range) CSS.highlights.set(MARK_ACTIVE, new Highlight(range));
      else CSS.highlights.delete(MARK_ACTIVE);
    },
    remove() {
      CSS.highlights.delete(MARK);
      CSS.highlights.delete(MARK_ACTIVE);
    },
  };
}

/**
 * The marks part: the mentions' marks for as long as `signal` lives; null when there is nothing to mark.
 * Once torn down it touches the highlights no more (the names are global, and a later mount owns them then).
 */
export function initMarks(signal: AbortSignal, ranges: Range[]): Marks | null {
  if (!ranges.length) return null;
  const marks = addMarks(ranges, true);
  let live = true;
  signal.addEventListener(
    'abort',
    () => {
      live = false;
      marks.remove();
    },
    { once: true },
  );
  return {
    setActive(range) {
      if (live) marks.setActive(range);
    },
    remove: () => marks.remove(),
  };
}

const SLOP = 1;

/**
 * Is the point (client coordinates) on the text of `range`? The rects are the
 * ground truth: caret APIs snap to the nearest character even in the margin
 * or past a line's end, which would open cards nowhere near a mark.
 */
export function rangeHit(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (r.width > 0 && x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP)
      return true;
  }
  return false;
}

/** The first of `items` whose range lies under the point; `under` is the element the pointer is over. */
export function hitTest<T extends { range: Range }>(items: readonly T[], under: Node, x: number, y: number): T | null {
  for (const item of items) {
    if (item.range.collapsed) continue;
    // Cheap filter first: only ranges that touch the element under the pointer.
    if (!item.range.intersectsNode(under)) continue;
    if (rangeHit(item.range, x, y)) return item;
  }
  return null;
}
