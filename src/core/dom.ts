/**
 * Small, defensive DOM helpers shared by detection and extraction.
 * Everything here must behave the same on a browser DOM, linkedom and jsdom:
 * textContent only (no innerText, no layout), iterative walks only (a page can
 * nest 5,000 levels deep), and every page-controlled read wrapped so a hostile
 * page that breaks a getter cannot crash the analysis.
 */

const ELEMENT = 1;
const TEXT = 3;

export const isElement = (n: Node | null | undefined): n is Element => !!n && n.nodeType === ELEMENT;
export const isText = (n: Node | null | undefined): boolean => !!n && n.nodeType === TEXT;

export function tagOf(el: Element): string {
  try {
    const n = el.localName;
    return (typeof n === 'string' && n ? n : String(el.tagName || '')).toLowerCase();
  } catch {
    return '';
  }
}

export function attr(el: Element | null | undefined, name: string): string {
  if (!el) return '';
  try {
    const v = el.getAttribute(name);
    return typeof v === 'string' ? v : '';
  } catch {
    return '';
  }
}

export function textOf(n: Node | null | undefined): string {
  if (!n) return '';
  try {
    const t = n.textContent;
    return typeof t === 'string' ? t : '';
  } catch {
    return '';
  }
}

/**
 * Whitespace that collapsing changes: a run of two or more, or one character
 * that is not a plain space (\s minus ' '). `/\s+/g` would also match, and
 * replace, every single space between words: four times slower on page text.
 */
export const WS_RUN = /\s\s+|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
/** Whitespace runs as one space, trimmed. */
export const squash = (s: string): string => s.replace(WS_RUN, ' ').trim();

export function all(root: ParentNode | null | undefined, selector: string): Element[] {
  if (!root) return [];
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function first(root: ParentNode | null | undefined, selector: string): Element | null {
  if (!root) return null;
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/**
 * The first element with this tag (in page order) that `pred` accepts. Through the
 * tag collection, which the browser keeps per document: detection and metadata
 * asking for the same tag walk the page once, where each selector query walks it again.
 */
export function firstTag(root: ParentNode & { getElementsByTagName?: Document['getElementsByTagName'] }, tag: string, pred: (el: Element) => boolean, max = 5_000): Element | null {
  let list: ArrayLike<Element> = [];
  try {
    list = root.getElementsByTagName?.(tag) ?? [];
  } catch {
    return null;
  }
  for (let i = 0; i < list.length && i < max; i++) if (pred(list[i])) return list[i];
  return null;
}

/** Content of the first matching <meta>, by name or property (case-insensitive keys). */
export function meta(doc: Document, ...keys: string[]): string {
  for (const key of keys) {
    const k = key.toLowerCase();
    for (const m of all(doc, 'meta')) {
      const n = (attr(m, 'property') || attr(m, 'name') || attr(m, 'itemprop')).toLowerCase();
      if (n.split(/\s+/).includes(k)) {
        const c = squash(attr(m, 'content'));
        if (c) return c;
      }
    }
  }
  return '';
}

/** All meta contents for a key, in page order (article:tag appears once per tag). */
export function metaAll(doc: Document, key: string): string[] {
  const out: string[] = [];
  for (const m of all(doc, 'meta')) {
    const n = (attr(m, 'property') || attr(m, 'name')).toLowerCase();
    if (n === key) {
      const c = squash(attr(m, 'content'));
      if (c) out.push(c);
    }
  }
  return out;
}

/** Tags whose subtree never holds article text. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas',
  'select', 'option', 'textarea', 'button', 'head', 'title', 'meta', 'link',
]);

/**
 * Iterative pre-order walk over elements under `root` (root included).
 * `visit` returns 'skip' to skip a subtree, 'stop' to end the walk.
 * `limit` caps the number of elements visited so huge pages stay cheap.
 */
export function walk(root: Node, visit: (el: Element) => void | 'skip' | 'stop', limit = Infinity): number {
  let count = 0;
  let node: Node | null = root;
  while (node) {
    let descend = true;
    if (isElement(node)) {
      if (++count > limit) return count;
      const r = visit(node);
      if (r === 'stop') return count;
      if (r === 'skip') descend = false;
    }
    let next: Node | null = descend ? safeChild(node) : null;
    if (!next) {
      let cur: Node | null = node;
      while (cur && cur !== root && !(next = safeNext(cur))) cur = safeParent(cur);
      if (!cur || cur === root) next = null;
    }
    node = next;
  }
  return count;
}

function safeChild(n: Node): Node | null {
  try {
    return n.firstChild;
  } catch {
    return null;
  }
}
function safeNext(n: Node): Node | null {
  try {
    return n.nextSibling;
  } catch {
    return null;
  }
}
function safeParent(n: Node): Node | null {
  try {
    return n.parentNode;
  } catch {
    return null;
  }
}

/** Direct text of an element: its own text nodes plus inline children (a, em, span...). */
const INLINE = new Set(['a', 'em', 'strong', 'b', 'i', 'u', 'span', 'font', 'small', 'sup', 'sub', 'q', 'cite', 'abbr', 'mark', 'time', 'code', 'br']);
export function ownText(el: Element, cap = 5000): string {
  let out = '';
  for (let c = safeChild(el); c && out.length < cap; c = safeNext(c)) {
    if (isText(c)) out += c.nodeValue ?? '';
    else if (isElement(c) && INLINE.has(tagOf(c))) out += ' ' + textOf(c).slice(0, cap);
  }
  return squash(out);
}

/** Ancestors-or-self matching a predicate, bounded so deep trees stay cheap. */
export function closest(el: Element | null, pred: (e: Element) => boolean, max = 60): Element | null {
  let cur: Node | null = el;
  for (let i = 0; cur && i < max; i++, cur = safeParent(cur)) if (isElement(cur) && pred(cur)) return cur;
  return null;
}

export function contains(a: Node, b: Node): boolean {
  try {
    return a === b || a.contains(b);
  } catch {
    return false;
  }
}

/** class + id as one lower-case string, for furniture/role checks. */
export function classId(el: Element): string {
  // The reflected properties are one cheap read each in browsers; SVG's className is an object, hostile pages may throw.
  let c: unknown;
  let id: unknown;
  try {
    c = (el as HTMLElement).className;
    id = el.id;
  } catch {
    /* read the attributes below */
  }
  return `${typeof c === 'string' ? c : attr(el, 'class')} ${typeof id === 'string' ? id : attr(el, 'id')}`.toLowerCase();
}
