/**
 * Highlights through the CSS Custom Highlight API: the page's DOM, layout,
 * selection and copy/paste stay exactly as they were. The style for
 * ::highlight(source-lens-reveal) is in marks.css (declared in the manifest).
 */
const NAME = 'source-lens-reveal';

export function flashHighlight(range: Range, ms = 2_500): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(NAME, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(NAME), ms);
}
