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
export function firstTag(
  root: ParentNode & { getElementsByTagName?: Document['getElementsByTagName'] },
  tag: string,
  pred: (el: Element) => boolean,
  max = 5_000,
): Element | null {
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

/** Tags whose subtree never holds article text. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'option',
  'textarea',
  'button',
  'head',
  'title',
  'meta',
  'link',
]);

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
