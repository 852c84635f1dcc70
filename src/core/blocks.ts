/**
 * The article as lines of text ("blocks"). Every extractor works on blocks,
 * so rich HTML, bare HTML and plain text go through the same rules: a block
 * ends at a block-level element or <br>, exactly where a reader sees a line.
 */
import { classId, SKIP_TAGS, squash, tagOf, textOf } from './dom';
import { isInvisible } from './hidden';
import { BLOCK_TAGS } from './block-tags';

export interface Block {
  text: string;
  /** Nearest block-level element (null for plain-text input). */
  el: Element | null;
  /** Anchors that contribute text to this line. */
  links: Element[];
  heading: boolean;
  /** Char offset of this block in the joined article text. */
  offset: number;
}

/** Page furniture: never article text, never citations. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'menu', 'dialog']);
export const FURNITURE_RE =
  /(^|[\s_-])(share|sharing|social|shariff|sharebar|related|recommend\w*|teaser|comments?|kommentare?|newsletter|promo|advert\w*|ads?|banner|sidebar|breadcrumbs?|nav\w*|menu|subscribe|paywall|outbrain|taboola|more-from|mehr-zum-thema|read-more|weiterlesen|cookie\w*|consent|modal|popup|footer|tags?|tag-list|taglist|keywords|author-box|authorbox)([\s_-]|$)/;
/** Source and reference sections sit in footers and asides too: never treat those as furniture. */
const SOURCE_RE = /quelle|source|referen|footnote|fussnote|fußnote|credit|citation|endnote|einzelnachweis/;

/**
 * `rootChars`: text length of the container being read. A wrapper whose class
 * says "has-sidebar" but holds most of the text is the article, not furniture.
 * Or a function telling whether an element of n characters is under half the
 * container (extractBlocks: it reads the container's whole text only when it must).
 */
export function isFurniture(el: Element, rootChars: number | ((n: number) => boolean) = 0, tag = tagOf(el)): boolean {
  const furnitureTag = FURNITURE_TAGS.has(tag);
  // Most elements carry no attributes at all: one call settles them.
  if (!furnitureTag && !hasAttributes(el)) return false;
  const ci = classId(el);
  if (furnitureTag) return !SOURCE_RE.test(ci);
  const hidden = isHidden(el);
  // A sources box is never furniture; asked only once something says furniture (most elements say nothing).
  if (!hidden && (ci.length < 2 || !FURNITURE_RE.test(ci))) return false;
  if (SOURCE_RE.test(ci)) return false;
  if (hidden) return true;
  if (typeof rootChars === 'function') return rootChars(textOf(el).length);
  return !rootChars || textOf(el).length < rootChars * 0.5;
}

const HIDING_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner']);

/**
 * A landmark role around page furniture, or aria-hidden. Through the reflected
 * ARIA properties where the DOM has them (one cheap read each in browsers), else
 * the attributes (linkedom, jsdom).
 */
function isHidden(el: Element): boolean {
  try {
    const aria = el as Element & { role?: string | null; ariaHidden?: string | null };
    const role = aria.role === undefined ? el.getAttribute('role') : aria.role;
    if (role && HIDING_ROLES.has(role)) return true;
    return (aria.ariaHidden === undefined ? el.getAttribute('aria-hidden') : aria.ariaHidden) === 'true';
  } catch {
    return false;
  }
}

function hasAttributes(el: Element): boolean {
  try {
    return typeof el.hasAttributes === 'function' ? el.hasAttributes() : true;
  } catch {
    return true;
  }
}

export interface BlockOptions {
  skipFurniture?: boolean;
  maxElements?: number;
  maxChars?: number;
}

export interface BlockResult {
  blocks: Block[];
  truncated: boolean;
  elements: number;
}

/**
 * Lines under `root` in document order. Iterative enter/exit walk: no recursion,
 * bounded by maxElements and maxChars (a hostile page can be huge or 5,000 deep).
 */
export function extractBlocks(root: Element, opts: BlockOptions = {}): BlockResult {
  const maxEl = opts.maxElements ?? 200_000;
  const maxChars = opts.maxChars ?? 5_000_000;
  const blocks: Block[] = [];
  let buf = '';
  let links: Element[] = [];
  // The open block elements: the innermost one owns the current line (a stack, so
  // closing a block costs O(1) however deep the page nests).
  const owners: Element[] = [root];
  let heading = 0;
  let chars = 0;
  let elements = 0;
  let truncated = false;
  const anchors: Element[] = [];
  // Is n under half the container's text? The text read so far plus the element's own n (inside the
  // container, not read yet) is a lower bound on its length: n < (read + n) / 2, that is n < read,
  // settles it, and the container's whole text is read (once) only when that bound cannot tell.
  let rootLen = -1;
  const rootChars = (n: number) => {
    if (n < chars + buf.length) return true;
    if (rootLen < 0) rootLen = textOf(root).length;
    return !rootLen || n < rootLen * 0.5;
  };
  const flush = () => {
    let taken = false;
    if (buf) {
      // Most flushes carry only the indentation between tags: trim settles those without the whitespace regex.
      const text = buf.trim() && squash(buf);
      if (text) {
        // Each anchor is entered once, and a line's links are the anchors still open plus those entered since: no duplicates.
        blocks.push({ text, el: owners[owners.length - 1], links, heading: heading > 0, offset: 0 });
        chars += text.length;
        taken = true;
      }
      buf = '';
    }
    // links holds at least the open anchors: when it is empty and no block took it, it can stay.
    if (taken || links.length) links = anchors.slice();
  };
  const enter = (el: Element, tag: string) => {
    if (BLOCK_TAGS.has(tag)) {
      flush();
      owners.push(el);
    }
    if (HEADINGS.has(tag)) heading++;
    if (tag === 'a') {
      anchors.push(el);
      links.push(el);
    }
  };
  const exit = (el: Element, tag: string) => {
    if (tag === 'a') {
      const i = anchors.lastIndexOf(el);
      if (i >= 0) anchors.splice(i, 1);
    }
    if (HEADINGS.has(tag)) heading--;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      if (owners.length > 1) owners.pop();
    }
  };
  // Tags of the elements entered and not yet left, innermost last.
  const open: string[] = [];
  let node: Node | null = root;
  while (node) {
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === 1) {
      const el = node as Element;
      const tag = tagOf(el);
      const skip =
        SKIP_TAGS.has(tag) ||
        (node !== root && isInvisible(el, BLOCK_TAGS.has(tag))) ||
        (opts.skipFurniture && node !== root && isFurniture(el, rootChars, tag));
      if (++elements > maxEl || chars > maxChars) {
        truncated = true;
        break;
      }
      if (!skip) {
        enter(el, tag);
        child = node.firstChild;
        if (child) open.push(tag);
        else exit(el, tag);
      }
    } else if (type === 3) {
      buf += node.nodeValue ?? '';
    }
    if (child) {
      node = child;
      continue;
    }
    // climb: exit every finished ancestor until one has a next sibling
    let cur: Node | null = node;
    let next: Node | null = null;
    while (cur && cur !== root) {
      next = cur.nextSibling;
      if (next) break;
      cur = cur.parentNode;
      // Every ancestor climbed through was entered on the way down: its tag is on the stack.
      if (cur) exit(cur as Element, open.pop() ?? '');
    }
    node = cur === root ? null : next;
  }
  flush();
  let offset = 0;
  for (const b of blocks) {
    b.offset = offset;
    offset += b.text.length + 1;
  }
  return { blocks, truncated, elements };
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The article text the offsets refer to: blocks joined by newlines. */
export const joinBlocks = (blocks: Block[]): string => blocks.map((b) => b.text).join('\n');

/** Plain-text input: one block per non-empty line. */
export function textBlocks(text: string): Block[] {
  const out: Block[] = [];
  let offset = 0;
  for (const raw of text.split(/\r?\n/)) {
    const t = squash(raw);
    if (t) {
      out.push({ text: t, el: null, links: [], heading: false, offset });
      offset += t.length + 1;
    }
  }
  return out;
}
