/**
 * The address a page gives itself: <link rel=canonical>, else og:url. The
 * metadata reads it for `canonicalUrl`; the CLI and the corpus scripts take it
 * as the URL of a saved page, whose internal links are only recognisable
 * against it.
 */
import { attr, firstTag, meta } from './dom';

/** The href as written ("" when the page names none). `metaOf` lets the analysis pass its cached metas. */
export function ownHref(doc: Document, metaOf: (key: string) => string = (key) => meta(doc, key)): string {
  // Selectors compare HTML's rel case-insensitively; <head> comes first in page order, so the first is the head's if it has one.
  return (
    attr(
      firstTag(doc, 'link', (l) => attr(l, 'rel').toLowerCase() === 'canonical'),
      'href',
    ) || metaOf('og:url')
  );
}

/** The page's own absolute http(s) address, or null. */
export function ownUrl(doc: Document): string | null {
  const href = ownHref(doc);
  return /^https?:\/\//i.test(href) ? href : null;
}
