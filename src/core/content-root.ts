/**
 * Which element holds the article. Explicit markup first (articleBody, a
 * dominant <article>), then a light readability-style vote: each paragraph
 * gives points to its parent and grandparent, the best-scored box wins.
 */
import { all, attr, isElement, ownText, tagOf, textOf, walk } from './dom';
import { isFurniture } from './blocks';

const PARA = new Set(['p', 'div', 'pre', 'blockquote', 'td', 'section', 'font', 'center', 'dd', 'li']);

export function findContentRoot(doc: Document, maxElements = 20_000): Element | null {
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const scores = new Map<Element, number>();
  let total = 0;
  walk(body, (el) => {
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'svg' || tag === 'template') return 'skip';
    if (tag === 'nav' || tag === 'footer' || tag === 'aside' || tag === 'form') return 'skip';
    if (!PARA.has(tag)) return;
    const len = ownText(el, 4000).length;
    if (len < 60) return;
    const pts = Math.min(len, 1500) / 100 + 1;
    total += pts;
    const parent = el.parentNode;
    if (isElement(parent)) {
      scores.set(parent, (scores.get(parent) ?? 0) + pts);
      const gp = parent.parentNode;
      if (isElement(gp)) scores.set(gp, (scores.get(gp) ?? 0) + pts / 2);
    }
  }, maxElements);

  const explicit = explicitRoot(doc, scores);
  if (explicit) return explicit;
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore && !isFurniture(el)) {
      best = el;
      bestScore = s;
    }
  }
  if (!best || bestScore < 3) return body;
  // A wrapper that adds only a headline and a few lines is the real article box.
  const parent = best.parentNode;
  if (isElement(parent) && tagOf(parent) !== 'body' && (scores.get(parent) ?? 0) >= bestScore * 0.6 && textOf(parent).length < textOf(best).length * 1.5) {
    return parent;
  }
  return best;
}

function explicitRoot(doc: Document, scores: Map<Element, number>): Element | null {
  const body = all(doc, '[itemprop=articleBody], [itemprop=articlebody]').filter((e) => textOf(e).length > 300);
  if (body.length === 1) return widen(body[0]);
  const articles = all(doc, 'article, [role=article]').filter((a) => !isFurniture(a));
  if (!articles.length) return null;
  const scoreOf = (el: Element) => {
    let s = 0;
    for (const [e, v] of scores) if (e === el || el.contains(e)) s += v;
    return s;
  };
  let best: Element | null = null;
  let bestScore = 0;
  let sum = 0;
  for (const a of articles.slice(0, 50)) {
    const s = scoreOf(a);
    sum += s;
    if (s > bestScore) {
      best = a;
      bestScore = s;
    }
  }
  // Nested <article>s count once; a dominant one is the article.
  if (!best || bestScore < 5) return null;
  const overall = [...scores.values()].reduce((a, b) => a + b, 0);
  if (bestScore < overall * 0.4 && bestScore < sum * 0.6) return null;
  return best;
}

/** articleBody often excludes headline and sources: take the enclosing <article> when there is one. */
function widen(el: Element): Element {
  let cur: Node | null = el.parentNode;
  for (let i = 0; cur && i < 8; i++, cur = cur.parentNode) {
    if (isElement(cur) && (tagOf(cur) === 'article' || attr(cur, 'itemtype').includes('Article'))) return cur;
  }
  return el;
}
