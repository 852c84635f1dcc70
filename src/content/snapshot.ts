/**
 * The page as the background analyses it: its markup as the live DOM
 * serialises it (late content and in-page navigation included), its URL, and
 * what only the live DOM knows: which containers its stylesheets hide. The
 * core asks the computed style of every container it reads (core/hidden.ts);
 * a parsed copy has none, so the snapshot lists where those containers are
 * and the background marks them in its copy (core/hidden.ts HIDDEN_MARK).
 * The live page is never changed, not even for a moment.
 */
import { BLOCK_TAGS } from '../core/block-tags';
import { MAX_HIDDEN_PLACES, MAX_PLACE_CHARS, MAX_SNAPSHOT_CHARS, type PageSnapshot } from '../messaging/snapshot';

/** One selector for the containers whose computed style the core asks (core/blocks.ts). */
const CONTAINERS = [...BLOCK_TAGS].join(',');

type Checkable = Element & { checkVisibility?: (o?: { visibilityProperty?: boolean }) => boolean };

/**
 * The containers the core, run on the live page, would find hidden by their
 * computed style: block elements with display:none or visibility:hidden, in
 * document order; below a hidden one nothing more is asked (the core skips
 * the whole subtree). checkVisibility() answers "visible" for almost every
 * element without building a style object; only the few it does not vouch
 * for (hidden themselves, inside something hidden, display:contents) get
 * their computed style read.
 */
export function styleHiddenContainers(root: Element): Element[] {
  const view = root.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return [];
  const out: Element[] = [];
  let skip: Element | null = null;
  for (const el of root.querySelectorAll(CONTAINERS) as Iterable<Checkable>) {
    if (skip?.contains(el)) continue;
    if (typeof el.checkVisibility === 'function' && el.checkVisibility({ visibilityProperty: true })) continue;
    const cs = view.getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') {
      out.push(el);
      skip = el;
    }
  }
  return out;
}

/** Where `el` sits: its tag and the child-element indices from `root` ("div:1/0/4"), as messaging/snapshot.ts reads it. */
function placeOf(root: Element, el: Element): string {
  const path: number[] = [];
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    let i = 0;
    for (let s = at.previousElementSibling; s; s = s.previousElementSibling) i++;
    path.push(i);
  }
  return `${el.localName}:${path.reverse().join('/')}`;
}

/**
 * Inline scripts and styles in <head> are much of many pages' markup (a
 * framework's code, a CSS bundle) and the core reads none of it but JSON-LD:
 * their text goes, the elements stay. Only in <head>: a <body> script's text
 * is part of its ancestors' textContent, which the core measures. Exact on
 * serialised markup: a script's or style's text cannot hold its end tag, the
 * parser would have ended it there.
 */
const SCRIPT_OR_STYLE = /(<script\b[^>]*>)[^]*?(<\/script>)|(<style\b[^>]*>)[^]*?(<\/style>)/gi;
const LD_JSON = /ld\+json/i;

export function withoutScriptText(html: string): string {
  return html.replace(SCRIPT_OR_STYLE, (all, open?: string, close?: string, styleOpen?: string, styleClose?: string) =>
    open ? (LD_JSON.test(open) ? all : open + close) : `${styleOpen}${styleClose}`,
  );
}

/** The document's markup, its <head> without script and style text (when <head> opens <html>, as parsers make it). */
export function documentHtml(doc: Document): string {
  const root = doc.documentElement;
  const full = root.outerHTML;
  const head = doc.head;
  if (!head || root.firstChild !== head) return full;
  const shell = (root.cloneNode(false) as Element).outerHTML;
  const open = shell.slice(0, shell.length - `</${root.localName}>`.length);
  const headHtml = head.outerHTML;
  if (!full.startsWith(headHtml, open.length)) return full;
  return open + withoutScriptText(headHtml) + full.slice(open.length + headHtml.length);
}

/** With scripting on, the parser keeps a <noscript>'s content as text; a parser of the copy must be told. */
function noscriptIsText(doc: Document): boolean {
  const ns = doc.getElementsByTagName('noscript')[0];
  return !!ns && ns.firstElementChild === null && ns.childNodes.length > 0;
}

/**
 * The snapshot to send: the live markup, the places of the style-hidden
 * containers (at most MAX_HIDDEN_PLACES), and whether <noscript> is text. A
 * page whose markup is larger than a message may carry is cut at the last tag
 * that fits: the report says 'too-large', as the core's own limits do.
 */
export function takeSnapshot(doc: Document = document, url: string = location.href): PageSnapshot {
  const root = doc.documentElement;
  const hidden = styleHiddenContainers(root)
    .slice(0, MAX_HIDDEN_PLACES)
    .map((el) => placeOf(root, el))
    .filter((p) => p.length <= MAX_PLACE_CHARS);
  let html = documentHtml(doc);
  let cut = false;
  if (html.length > MAX_SNAPSHOT_CHARS) {
    const end = html.lastIndexOf('<', MAX_SNAPSHOT_CHARS);
    html = html.slice(0, end > 0 ? end : MAX_SNAPSHOT_CHARS);
    cut = true;
  }
  return { html, url, cut, hidden, noscriptText: noscriptIsText(doc) };
}
