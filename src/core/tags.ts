/**
 * Topic tags. Publishers state them in several places; the most explicit
 * source present wins (article:tag, tag links, JSON-LD, keywords meta), and a
 * bare row of short topic labels beside the headline is the last resort.
 */
import { all, attr, closest, isElement, metaAll, meta, squash, tagOf, textOf } from './dom';
import { isLdArticle, jsonLd, type LdNode } from './jsonld';

const TAG_URL = /\/(tags?|topics?|thema|themen|schlagw(?:ö|oe|o)rter|schlagwort|stichw(?:ö|oe|o)rter|stichwort|keywords?|label|etiqueta|etiquetas|tema|temas|argomenti|sujet|sujets|onderwerp|tagged|hashtag)(\/|\?|=|-)/i;

export function cleanTags(raw: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const t = squash(r.replace(/^#/, ''));
    const key = t.toLowerCase();
    if (!t || t.length > 80 || /^\d+$/.test(t) || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

const splitList = (s: string): string[] => s.split(/\s*[,;|]\s*/);

export function extractTags(doc: Document, headline: Element | null): string[] {
  const sources: Array<() => string[]> = [
    () => metaAll(doc, 'article:tag').flatMap((t) => (metaAll(doc, 'article:tag').length === 1 ? splitList(t) : [t])),
    () => linkTags(doc, (a) => /(^|\s)tag(\s|$)/i.test(attr(a, 'rel'))),
    () => linkTags(doc, (a) => TAG_URL.test(attr(a, 'href'))),
    () => ldKeywords(doc),
    () => splitList(meta(doc, 'news_keywords')),
    () => splitList(meta(doc, 'keywords')),
    () => headlineRow(headline),
  ];
  for (const src of sources) {
    let tags: string[] = [];
    try {
      tags = cleanTags(src());
    } catch {
      tags = [];
    }
    if (tags.length) return tags;
  }
  return [];
}

/** Tag links outside menus, grouped by their row; the row nearest the article wins. */
function linkTags(doc: Document, pred: (a: Element) => boolean): string[] {
  const rows = new Map<Element, string[]>();
  for (const a of all(doc, 'a[href], a[rel]').slice(0, 5000)) {
    if (!pred(a)) continue;
    if (closest(a, (e) => ['nav', 'footer', 'header'].includes(tagOf(e)) || /menu|navigation|footer/i.test(attr(e, 'class')), 12)) continue;
    const text = squash(textOf(a));
    if (!text || text.length > 60) continue;
    const row = rowOf(a);
    rows.set(row, [...(rows.get(row) ?? []), text]);
  }
  let best: string[] = [];
  for (const tags of rows.values()) if (tags.length > best.length && tags.length <= 40) best = tags;
  return best;
}

function rowOf(a: Element): Element {
  let cur: Element = a;
  for (let i = 0; i < 3; i++) {
    const p = cur.parentNode;
    if (!isElement(p)) break;
    cur = p;
    if (['ul', 'ol', 'div', 'section', 'p', 'footer', 'aside'].includes(tagOf(cur))) break;
  }
  return cur;
}

function ldKeywords(doc: Document): string[] {
  const node = jsonLd(doc).find((o: LdNode) => isLdArticle(o) && o.keywords);
  const k = node?.keywords;
  if (typeof k === 'string') return splitList(k);
  if (Array.isArray(k)) return k.filter((x): x is string => typeof x === 'string').flatMap((x) => (k.length === 1 ? splitList(x) : [x]));
  return [];
}

/** A row of 2..12 short labels right before or after the headline (bare pages). */
function headlineRow(headline: Element | null): string[] {
  let cur: Element | null = headline;
  for (let depth = 0; cur && depth < 4; depth++) {
    for (const sib of [cur.previousElementSibling, cur.nextElementSibling]) {
      const labels = sib ? rowLabels(sib) : null;
      if (labels) return labels;
    }
    const p: Node | null = cur.parentNode;
    cur = isElement(p) ? p : null;
  }
  return [];
}

function rowLabels(el: Element): string[] | null {
  const kids = Array.from(el.children ?? []);
  if (kids.length < 2 || kids.length > 12) return null;
  const labels: string[] = [];
  for (const k of kids) {
    if (!['span', 'a', 'li', 'em', 'strong', 'b'].includes(tagOf(k))) return null;
    const t = squash(textOf(k));
    if (!t || t.length > 40 || t.split(' ').length > 4 || /[.!?:]$/.test(t) || /^\d/.test(t)) return null;
    labels.push(t);
  }
  return labels;
}

/** Plain-text tag row: "RusslandTürkeiYork", "Politik · Wirtschaft", "Iran, Russland". */
export function splitTagLine(line: string): string[] {
  if (/[,;|·•]/.test(line)) return cleanTags(line.split(/\s*[,;|·•]\s*/));
  if (/\p{Ll}\p{Lu}/u.test(line)) return cleanTags(line.split(/(?<=\p{Ll})(?=\p{Lu})/u));
  return cleanTags(line.split(/\s+/));
}
