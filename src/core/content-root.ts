/**
 * Which element holds the article. A light readability-style vote over the
 * page's <p>s (read through the tag collection: no JS walk over the whole
 * page): each paragraph gives points to its parent and grandparent, the
 * best-scored box wins. Explicit markup (articleBody, a dominant <article>)
 * around that box is preferred. Pages without <p>s fall back to a bounded
 * vote over <div>/<td> own text.
 */
import { attr, isElement, isText, tagOf, textOf } from './dom';
import { isFurniture } from './blocks';

const MAX_PARAS = 3000;
const SKIP_ANCESTOR = new Set(['nav', 'footer', 'aside', 'form', 'script', 'style', 'noscript', 'template', 'svg']);

const INLINE = new Set([
  'span',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'mark',
  'q',
  'small',
  'sup',
  'sub',
  'abbr',
  'cite',
  'time',
]);

/**
 * Own text of an element: its direct text nodes and those of its inline children
 * ("<div><span>…</span><a>…</a></div>", how some sites write a paragraph). One level deep only:
 * every node is a child or grandchild of one element, so the whole vote stays linear.
 */
function ownTextLength(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (isText(c)) n += (c.nodeValue ?? '').trim().length;
    else if (isElement(c) && INLINE.has(tagOf(c)))
      for (let g = c.firstChild; g; g = g.nextSibling) if (isText(g)) n += (g.nodeValue ?? '').trim().length;
  }
  return n;
}

/**
 * A paragraph inside navigation, a footer or a form is not article text (6 levels up at most).
 * Paragraphs share parents: the answer is kept per parent for this vote.
 */
function inFurniture(el: Element, seen: Map<Node, boolean>): boolean {
  const parent = el.parentNode;
  if (!parent) return false;
  let v = seen.get(parent);
  if (v === undefined) {
    v = false;
    let cur: Node | null = parent;
    for (let i = 0; cur && i < 6; i++, cur = cur.parentNode) {
      if (isElement(cur) && SKIP_ANCESTOR.has(tagOf(cur))) {
        v = true;
        break;
      }
    }
    seen.set(parent, v);
  }
  return v;
}

function vote(list: ArrayLike<Element>, len: (el: Element) => number, scores: Map<Element, number>): void {
  const seen = new Map<Node, boolean>();
  for (let i = 0; i < list.length && i < MAX_PARAS; i++) {
    const el = list[i];
    const n = len(el);
    if (n < 60 || inFurniture(el, seen)) continue;
    const pts = Math.min(n, 1500) / 100 + 1;
    const parent = el.parentNode;
    if (isElement(parent)) {
      scores.set(parent, (scores.get(parent) ?? 0) + pts);
      const gp = parent.parentNode;
      if (isElement(gp)) scores.set(gp, (scores.get(gp) ?? 0) + pts / 2);
    }
  }
}

export function findContentRoot(doc: Document): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  vote(doc.getElementsByTagName('p'), (p) => textOf(p).trim().length, scores);
  let [best, bestScore] = winner(scores);
  // Few <p>s (a teaser, a footer line) and an article written in <div>s (each paragraph a <div> of its own
  // text): the <div> vote decides too, and the better box wins.
  if (bestScore < WEAK_P_VOTE) {
    const own = new Map<Element, number>();
    for (const tag of ['div', 'td', 'section', 'font', 'pre', 'blockquote'])
      vote(doc.getElementsByTagName(tag), ownTextLength, own);
    const [b2, s2] = winner(own);
    if (s2 > bestScore) {
      best = b2;
      bestScore = s2;
      scores.clear();
      for (const [el, s] of own) scores.set(el, s);
    }
  }
  if (!best || bestScore < 3) return explicitRoot(doc, null) ?? body;
  const explicit = explicitRoot(doc, best);
  if (explicit) return explicit;
  // A wrapper that adds only a headline and a few lines is the real article box.
  const parent = best.parentNode;
  if (
    isElement(parent) &&
    tagOf(parent) !== 'body' &&
    (scores.get(parent) ?? 0) >= bestScore * 0.6 &&
    textOf(parent).length < textOf(best).length * 1.5
  ) {
    return parent;
  }
  return best;
}

/** A p vote below this (about three short paragraphs in one box) is too weak to trust alone. */
const WEAK_P_VOTE = 12;

function winner(scores: Map<Element, number>): [Element | null, number] {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore && !isFurniture(el)) {
      best = el;
      bestScore = s;
    }
  }
  return [best, bestScore];
}

/**
 * articleBody or <article> markup around the voted box (or, with no vote, a
 * single articleBody on the page). articleBody often leaves out headline and
 * sources: the enclosing <article> is taken when there is one.
 */
function explicitRoot(doc: Document, best: Element | null): Element | null {
  if (best) {
    const body = best.closest('[itemprop=articleBody], [itemprop=articlebody]');
    if (body && textOf(body).length > 300) return widen(body);
    const inner = best.querySelectorAll('[itemprop=articleBody], [itemprop=articlebody]');
    if (inner.length === 1 && textOf(inner[0]).length > textOf(best).length * 0.6) return widen(inner[0]);
    const article = best.closest('article, [role=article]');
    if (article && !isFurniture(article)) return article;
    return null;
  }
  const bodies = Array.from(doc.querySelectorAll('[itemprop=articleBody], [itemprop=articlebody]')).filter(
    (e) => textOf(e).length > 300,
  );
  return bodies.length === 1 ? widen(bodies[0]) : null;
}

function widen(el: Element): Element {
  let cur: Node | null = el.parentNode;
  for (let i = 0; cur && i < 8; i++, cur = cur.parentNode) {
    if (isElement(cur) && (tagOf(cur) === 'article' || attr(cur, 'itemtype').includes('Article'))) return cur;
  }
  return el;
}
