/** Title, language, date, byline, site name and canonical URL of a page. */
import { all, attr, first, meta, ownText, squash, textOf } from './dom';
import { isLdArticle, jsonLd, ldString } from './jsonld';
import { guessLang, normLang } from './lang';
import { extractTitle } from './title';
import type { Metadata } from './types';

export function extractMetadata(doc: Document, url: string, bodyText = ''): Metadata {
  const ld = jsonLd(doc).find(isLdArticle);
  return {
    title: safe(() => extractTitle(doc, url), ''),
    lang: safe(() => pageLang(doc, bodyText), null),
    publishedTime: safe(() => published(doc, ld), null),
    byline: safe(() => byline(doc, ld), null),
    siteName: safe(() => siteName(doc), null),
    canonicalUrl: safe(() => canonical(doc, url), null),
  };
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function pageLang(doc: Document, bodyText: string): string | null {
  const declared = normLang(attr(doc.documentElement, 'lang') || attr(doc.documentElement, 'xml:lang'))
    ?? normLang(meta(doc, 'content-language', 'language', 'dc.language', 'og:locale'))
    ?? normLang(attr(first(doc, 'meta[http-equiv="content-language" i]'), 'content'));
  return declared ?? guessLang(bodyText || textOf(doc.body));
}

function published(doc: Document, ld: Record<string, unknown> | undefined): string | null {
  return meta(doc, 'article:published_time', 'datepublished', 'og:article:published_time', 'date', 'dc.date', 'dcterms.date', 'pubdate', 'publishdate', 'sailthru.date')
    || (ld ? ldString(ld.datePublished) : '')
    || attr(first(doc, '[itemprop=datePublished]'), 'content') || attr(first(doc, '[itemprop=datePublished]'), 'datetime')
    || attr(first(doc, 'article time[datetime], time[datetime]'), 'datetime')
    || null;
}

function byline(doc: Document, ld: Record<string, unknown> | undefined): string | null {
  const fromMeta = meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator');
  if (fromMeta && !/^https?:/.test(fromMeta)) return fromMeta;
  if (ld?.author) {
    const a = ldString(ld.author);
    if (a) return a;
  }
  for (const el of all(doc, '[rel=author], [itemprop=author], .byline, .author').slice(0, 5)) {
    const t = squash(textOf(el));
    if (t && t.length < 120) return t.replace(/^(von|by)\s+/i, '');
  }
  // A printed byline: "Von Petra Schulz · 12.07.2025", "By Jane Miller".
  for (const el of all(doc, 'p, div, span').slice(0, 400)) {
    const m = /^(?:Von|By)\s+(\p{Lu}[\p{L}.'-]+(?:\s+(?:und|and|&)?\s*\p{Lu}[\p{L}.'-]+){0,4})\s*(?:[·|,–-]|$)/u.exec(ownText(el, 200));
    if (m) return m[1];
  }
  return null;
}

function siteName(doc: Document): string | null {
  const m = meta(doc, 'og:site_name', 'application-name');
  if (m) return m;
  for (const o of jsonLd(doc)) {
    const pub = o.publisher ? ldString(o.publisher) : '';
    if (pub) return pub;
  }
  return null;
}

function canonical(doc: Document, url: string): string | null {
  const href = attr(first(doc, 'link[rel=canonical]'), 'href') || meta(doc, 'og:url');
  if (!href) return null;
  try {
    return new URL(href, url || undefined).href;
  } catch {
    return null;
  }
}
