/**
 * Highlights through the CSS Custom Highlight API: the page's DOM, layout,
 * selection and copy/paste stay exactly as they were.
 */
const NAME = 'source-lens-reveal';
let sheetAdded = false;

function ensureSheet(): void {
  if (sheetAdded) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${NAME}) { background-color: rgba(250, 204, 21, 0.55); color: inherit; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  sheetAdded = true;
}

export function flashHighlight(range: Range, ms = 2_500): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  ensureSheet();
  CSS.highlights.set(NAME, new Highlight(range));
  setTimeout(() => CSS.highlights.delete(NAME), ms);
}
