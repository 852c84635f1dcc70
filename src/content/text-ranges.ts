/**
 * Finds text in the page as DOM Ranges, across element boundaries
 * ("Al <b>Jazeera</b> berichtet"), without touching the DOM.
 * Iterative (TreeWalker), so deep pages cannot overflow the stack.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG']);

interface TextIndex {
  text: string;
  nodes: Text[];
  starts: number[];
}

/**
 * The hover cards' index of the page text is bounded: on a page of 10^6 text
 * nodes a full walk is a task of over a second. Mentions past the bound get no
 * mark (the popup still lists them); an article's text is far inside it.
 */
export const INDEX_MAX_CHARS = 1_000_000;
export const INDEX_MAX_NODES = 100_000;

export function indexText(root: Node, maxChars = INDEX_MAX_CHARS, maxNodes = INDEX_MAX_NODES): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: a call from the walker into JavaScript per text node costs more than the test itself.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let n = walker.nextNode(); n && length < maxChars && nodes.length < maxNodes; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (parent && SKIP.has(parent.tagName.toUpperCase())) continue;
    const data = (n as Text).data;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

function locate(index: TextIndex, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  return node ? { node, offset: offset - index.starts[lo] } : null;
}

/** Whitespace in the page may differ from the report's text (newlines, nbsp). */
function looseRegExp(needle: string): RegExp {
  const escaped = needle.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\s+/g, '\\s+'), 'g');
}

/** All ranges where `needle` occurs under `root`, in document order. */
export function findTextRanges(root: Node, needle: string, index = indexText(root), limit = 200): Range[] {
  if (!needle.trim()) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const ranges: Range[] = [];
  const re = looseRegExp(needle);
  for (let m = re.exec(index.text); m && ranges.length < limit; m = re.exec(index.text)) {
    const start = locate(index, m.index);
    const end = locate(index, m.index + m[0].length - 1);
    if (!start || !end) break;
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset + 1);
    ranges.push(range);
  }
  return ranges;
}
