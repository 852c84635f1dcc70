/**
 * Mention marks through the CSS Custom Highlight API: the page's DOM is never
 * modified, so its layout, selection, copy and paste, links and handlers stay
 * as they were. The ::highlight rules have to live in the document's own
 * style sheets (shadow styles cannot reach page text), so we adopt one sheet
 * and take it back out on teardown.
 */
export const MARK = 'source-lens-mention';
export const MARK_ACTIVE = 'source-lens-mention-active';

const RULES = `
::highlight(${MARK}) { background-color: rgba(37, 99, 235, 0.09); text-decoration: underline dotted rgba(37, 99, 235, 0.85); }
::highlight(${MARK_ACTIVE}) { background-color: rgba(37, 99, 235, 0.2); }
@media (prefers-color-scheme: dark) {
  ::highlight(${MARK}) { background-color: rgba(122, 162, 255, 0.14); text-decoration: underline dotted rgba(143, 177, 255, 0.9); }
  ::highlight(${MARK_ACTIVE}) { background-color: rgba(122, 162, 255, 0.3); }
}`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface Marks {
  setActive: (range: Range | null) => void;
  remove: () => void;
}

/** Adds the sheet (adoptedStyleSheets; a <style> in <head> where a browser refuses that). */
function addRules(): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    if (document.adoptedStyleSheets.includes(sheet)) {
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Fall through: some content-script worlds cannot adopt sheets.
  }
  const style = document.createElement('style');
  style.textContent = RULES;
  (document.head ?? document.documentElement).append(style);
  return () => style.remove();
}

export function addMarks(ranges: Range[], visible: boolean): Marks {
  if (!highlightsSupported()) return { setActive: () => {}, remove: () => {} };
  const removeRules = addRules();
  if (visible && ranges.length) CSS.highlights.set(MARK, new Highlight(...ranges));
  return {
    setActive(range) {
      if (range) CSS.highlights.set(MARK_ACTIVE, new Highlight(range));
      else CSS.highlights.delete(MARK_ACTIVE);
    },
    remove() {
      CSS.highlights.delete(MARK);
      CSS.highlights.delete(MARK_ACTIVE);
      removeRules();
    },
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
    if (r.width > 0 && x >= r.left - SLOP && x <= r.right + SLOP && y >= r.top - SLOP && y <= r.bottom + SLOP) return true;
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
