/** Title, language, date, byline, site name and canonical URL of a page. */
import { attr, first, firstTag, squash, textOf } from './dom';
import { ldString, type LdNode } from './jsonld';
import { normLang } from './lang';
import { pageOf, type Page } from './page';
import { ownHref } from './own-url';
import { extractTitle } from './title';
import type { Metadata } from './types';

/**
 * `guess`: the language from the text when the page declares none (lang-guess.ts). The full analysis passes it;
 * the detection-only report of a page that is no article does without (no text read, no word lists in the first chunk).
 */
export function extractMetadata(
  doc: Document,
  url: string,
  bodyText = '',
  page: Page = pageOf(doc, url),
  scope: Element | null = null,
  guess?: (text: string) => string | null,
): Metadata {
  const ld = safe(() => page.ldArticle(), undefined);
  return {
    title: safe(() => extractTitle(doc, url, page), ''),
    lang: safe(() => pageLang(doc, page, bodyText, guess), null),
    publishedTime: safe(() => published(doc, page, ld), null),
    byline: safe(() => byline(doc, page, ld, scope), null),
    siteName: safe(() => siteName(page), null),
    canonicalUrl: safe(() => canonical(doc, page, url), null),
  };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function pageLang(doc: Document, page: Page, bodyText: string, guess?: (text: string) => string | null): string | null {
  const declared =
    normLang(attr(doc.documentElement, 'lang') || attr(doc.documentElement, 'xml:lang')) ??
    normLang(page.meta('content-language', 'language', 'dc.language', 'og:locale')) ??
    normLang(attr(first(doc.head ?? doc, 'meta[http-equiv="content-language" i]'), 'content'));
  // Guessing reads text: only when the page declares nothing, and only its start (see guessLang).
  return declared ?? guess?.(bodyText || textOf(doc.body)) ?? null;
}

function published(doc: Document, page: Page, ld: LdNode | undefined): string | null {
  return (
    page.meta(
      'article:published_time',
      'datepublished',
      'og:article:published_time',
      'date',
      'dc.date',
      'dcterms.date',
      'pubdate',
      'publishdate',
      'sailthru.date',
    ) ||
    (ld ? ldString(ld.datePublished) : '') ||
    itempropDate(doc) ||
    attr(
      firstTag(doc, 'time', (t) => t.hasAttribute('datetime')),
      'datetime',
    ) ||
    null
  );
}

/** One query for the itemprop date, read for content then datetime. */
function itempropDate(doc: Document): string {
  const el = first(doc, '[itemprop=datePublished]');
  return attr(el, 'content') || attr(el, 'datetime');
}

const BYLINE_MARKS = ['[rel=author]', '[itemprop=author]', '.byline', '.author'];

const PRINTED_BYLINE =
  /^(?:Von|By)\s+(\p{Lu}[\p{L}.'-]+(?:\s+(?:und|and|&)?\s*\p{Lu}[\p{L}.'-]+){0,4})\s*(?:[·|,–-]|$)/u;

function byline(doc: Document, page: Page, ld: LdNode | undefined, scope: Element | null): string | null {
  const fromMeta = page.meta('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator');
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  if (ld?.author) {
    const a = ldString(ld.author);
    if (a) return a;
  }
  // The first of each mark, in their order of trust. One simple selector per query: Chromium matches
  // a selector list several times slower per element, and a query stops at its first match.
  for (const sel of BYLINE_MARKS) {
    const t = squash(textOf(first(doc, sel)));
    if (t && t.length < 120) return t.replace(/^(von|by)\s+/i, '');
  }
  // A printed byline: "Von Petra Schulz · 12.07.2025", "By Jane Miller". Only short text at the top of the article.
  const root = scope ?? doc.body;
  if (!root) return null;
  for (const tag of ['p', 'span', 'div']) {
    const list = root.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < 40; i++) {
      const head = list[i].firstChild;
      const v = head && head.nodeType === 3 ? (head.nodeValue ?? '') : '';
      if (!/^\s*(Von|By)\s/.test(v)) continue;
      const m = PRINTED_BYLINE.exec(squash(textOf(list[i]).slice(0, 200)));
      if (m) return m[1];
    }
  }
  return null;
}

function siteName(page: Page): string | null {
  const m = page.meta('og:site_name', 'application-name');
  if (m) return m;
  for (const o of page.ld()) {
    const pub = o.publisher ? ldString(o.publisher) : '';
    if (pub) return pub;
  }
  return null;
}

function canonical(doc: Document, page: Page, url: string): string | null {
  const href = ownHref(doc, (key) => page.meta(key));
  if (!href) return null;
  // The URL parser, not resolve.ts: this module ships in the first chunk, and one canonical link per page costs nothing.
  try {
    return new URL(href, url || undefined).href;
  } catch {
    return null;
  }
}
