/**
 * Topic tags. Publishers state them in several places; the most explicit
 * source present wins (article:tag, tag links, JSON-LD, keywords meta), and a
 * bare row of short topic labels beside the headline is the last resort.
 */
import { attr, isElement, squash, tagOf, textOf } from './dom';
import { hostOf, registrable } from '../outlets/url';
import { decodeEntities } from './entities';
import { isLdArticle, type LdNode } from './jsonld';
import { pageOf, type Page } from './page';

const TAG_URL =
  /\/(tags?|topics?|thema|themen|schlagw(?:ö|oe|o)rter|schlagwort|stichw(?:ö|oe|o)rter|stichwort|keywords?|label|etiqueta|etiquetas|tema|temas|argomenti|sujet|sujets|onderwerp|tagged|hashtag)(\/[^/?#]{2,}|[?&][a-z]*=[^&#]{2,}|-[^/?#]{2,})/i;

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const DOMAIN_TAG = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
const CODE = /^[A-Z0-9][A-Z0-9:_/-]{1,}$/;
/** CMS facets ("Subject: Politics", "Category: Wine"): keep the value for topic-like facets only. */
const FACET = /^([\p{L} ]{2,25}):\s+(.+)$/u;
const TOPIC_FACET = /^(subject|category|topic|tag|section|thema|ressort|schlagwort|keyword)s?$/i;

export function cleanTags(raw: string[]): string[] {
  let list = raw.map((r) => squash(decodeEntities(r).replace(/^#/, '')));
  // Machine codes (Reuters "AERO", "RSBI:HUMAN-RIGHTS") are not topics when they make up the list.
  if (list.filter((t) => CODE.test(t) && t.length <= 20).length > list.length / 2)
    list = list.filter((t) => !CODE.test(t));
  const facets = list.filter((t) => FACET.test(t)).length;
  if (facets >= 2) {
    list = list.flatMap((t) => {
      const m = FACET.exec(t);
      if (!m) return [t];
      return TOPIC_FACET.test(m[1].trim()) ? [m[2]] : [];
    });
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const t of list) {
    const key = t.toLowerCase();
    if (!t || t.length > 80 || /^\d+$/.test(t) || UUID.test(t) || DOMAIN_TAG.test(t) || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** "a, b; c" lists; CJK keyword lists are often separated by spaces only. */
function splitList(s: string): string[] {
  const parts = s.split(/\s*[,;|，、]\s*/);
  if (
    parts.length === 1 &&
    /\s/.test(s) &&
    !/\p{Script=Latin}/u.test(s) &&
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s)
  )
    return s.split(/\s+/);
  return parts;
}

export type TagSource = 'articleTag' | 'relTag' | 'tagUrl' | 'jsonld' | 'newsKeywords' | 'keywords' | 'row';

export function tagSources(
  doc: Document,
  headline: Element | null,
  page: Page = pageOf(doc),
): Record<TagSource, () => string[]> {
  const site = page.url ? siteOf(page.url) : null;
  return {
    articleTag: () => {
      const all = page.metaAll('article:tag');
      return all.flatMap((t) => (all.length === 1 ? splitList(t) : [t]));
    },
    // Both read the document's link collection (kept by the browser, shared with detection):
    // a selector for rel=tag would walk every element of the page again.
    relTag: () =>
      linkTags(
        doc,
        () => relTagLinks(doc),
        (a) => !isSiteLink(a, site),
        true,
      ),
    tagUrl: () =>
      linkTags(
        doc,
        () => doc.getElementsByTagName('a'),
        (a) => TAG_URL.test(attr(a, 'href')) && !isSiteLink(a, site),
        false,
      ),
    jsonld: () => ldKeywords(page),
    newsKeywords: () => splitList(page.meta('news_keywords')),
    keywords: () => splitList(page.meta('keywords')),
    row: () => headlineRow(headline, site),
  };
}

/** Measured on the fundus corpus: explicit tag metadata beats keyword metadata, which beats link shapes. */
export const TAG_ORDER: TagSource[] = ['articleTag', 'relTag', 'newsKeywords', 'keywords', 'jsonld', 'tagUrl', 'row'];

export function extractTags(
  doc: Document,
  headline: Element | null,
  order: TagSource[] = TAG_ORDER,
  page: Page = pageOf(doc),
): string[] {
  const sources = tagSources(doc, headline, page);
  for (const key of order) {
    let tags: string[] = [];
    try {
      tags = cleanTags(sources[key]());
    } catch {
      tags = [];
    }
    if (tags.length) return tags;
  }
  return [];
}

/** `a[rel~=tag i]`: "tag" among the rel words, split at HTML's whitespace. */
const REL_TAG = /(^|[ \t\n\f\r])tag([ \t\n\f\r]|$)/i;
const MAX_ANCHORS = 20_000;

function relTagLinks(doc: Document): Element[] {
  const out: Element[] = [];
  const list = doc.getElementsByTagName('a');
  for (let i = 0; i < list.length && i < MAX_ANCHORS; i++) {
    const rel = attr(list[i], 'rel');
    if (rel && REL_TAG.test(rel)) out.push(list[i]);
  }
  return out;
}

/** Tag links outside menus, grouped by their row; the row nearest the article wins. */
function linkTags(
  doc: Document,
  candidates: () => ArrayLike<Element>,
  pred: (a: Element) => boolean,
  strict: boolean,
): string[] {
  const rows = new Map<Element, string[]>();
  let list: ArrayLike<Element> = [];
  try {
    list = candidates();
  } catch {
    list = [];
  }
  for (let i = 0; i < list.length && i < 5000; i++) {
    const a = list[i];
    if (!pred(a) || inMenu(a)) continue;
    const text = squash(textOf(a));
    if (!text || text.length > 50 || text.split(' ').length > 6) continue;
    const row = rowOf(a);
    rows.set(row, [...(rows.get(row) ?? []), text]);
  }
  // The richest row wins. One lone link is a teaser or a menu entry; more than 15 is a topic menu.
  let best: string[] = [];
  for (const tags of rows.values())
    if (tags.length > best.length && tags.length <= 15 && (tags.length >= 2 || strict)) best = tags;
  return best;
}

/** Inside a menu, header, footer or sidebar (12 levels up at most: a deep page must not make this quadratic). */
function inMenu(a: Element): boolean {
  let cur: Node | null = a;
  for (let i = 0; cur && i < 12; i++, cur = cur.parentNode) {
    if (!isElement(cur)) return false;
    const tag = tagOf(cur);
    if (
      tag === 'nav' ||
      tag === 'footer' ||
      tag === 'header' ||
      tag === 'aside' ||
      FURNITURE_ROLE.test(attr(cur, 'role')) ||
      /menu|navigation|footer/i.test(attr(cur, 'class'))
    )
      return true;
  }
  return false;
}

const FURNITURE_ROLE = /^(navigation|banner|contentinfo|complementary|menu|menubar)$/i;
/** The site's own pages that every page links to: never a topic, whatever row they stand in. */
const UTILITY_PATH =
  /\/(about(?:-us)?|ueber-uns|uber-uns|privacy(?:-policy)?|datenschutz\w*|impressum|imprint|legal|kontakt|contact(?:-us)?|terms\w*|agb|nutzungsbedingungen|cookies?|login|anmelden|register|newsletter|abo|subscribe|jobs|karriere|careers|sitemap|faq|hilfe|help|rss|feed)(?=[/.?#]|$)/i;

/**
 * Site furniture, not a tag link: in a menu, header, footer or sidebar, a utility page
 * ("About", "Privacy"), or a link to another site (the outlet's Instagram account);
 * a tag page lives on the site itself.
 */
function isSiteLink(a: Element, site: string | null): boolean {
  if (inMenu(a)) return true;
  const href = attr(a, 'href');
  if (UTILITY_PATH.test(href)) return true;
  const host = /^(?:https?:)?\/\/([^/?#:@]+)/i.exec(href)?.[1];
  return !!(host && site && siteOf(host) !== site);
}

/** The registrable domain; the host without www. where the suffix list has none (IPs, test hosts). */
const siteOf = (urlOrHost: string) => registrable(urlOrHost) ?? hostOf(urlOrHost)?.replace(/^www\./, '') ?? null;

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

function ldKeywords(page: Page): string[] {
  const node = page.ld().find((o: LdNode) => isLdArticle(o) && o.keywords);
  const k = node?.keywords;
  if (typeof k === 'string') return splitList(k);
  if (Array.isArray(k))
    return k.filter((x): x is string => typeof x === 'string').flatMap((x) => (k.length === 1 ? splitList(x) : [x]));
  return [];
}

/** A row of 2..12 short labels right before or after the headline (bare pages). */
function headlineRow(headline: Element | null, site: string | null): string[] {
  let cur: Element | null = headline;
  for (let depth = 0; cur && depth < 4; depth++) {
    for (const sib of [cur.previousElementSibling, cur.nextElementSibling]) {
      const labels = sib ? rowLabels(sib, site) : null;
      if (labels) return labels;
    }
    const p: Node | null = cur.parentNode;
    cur = isElement(p) ? p : null;
  }
  return [];
}

function rowLabels(el: Element, site: string | null): string[] | null {
  const kids = Array.from(el.children ?? []);
  if (kids.length < 2 || kids.length > 12) return null;
  const labels: string[] = [];
  for (const k of kids) {
    if (!['span', 'a', 'li', 'em', 'strong', 'b'].includes(tagOf(k))) return null;
    const link = tagOf(k) === 'a' ? k : k.getElementsByTagName('a')[0];
    if (link && isSiteLink(link, site)) return null;
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
