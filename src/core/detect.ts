/**
 * Article detection: many weak signals, summed into a score, squashed to a
 * confidence. Light on purpose: this module ships in the content script's
 * first chunk (no tldts, no outlet directory, no extractors).
 */
import { collectFeatures, type Features } from './detect-features';
import type { Detection, DetectionReason } from './types';

type Add = (code: string, weight: number, detail?: string) => void;

const LISTING_PATH = /\/(tags?|topics?|themen?|thema|schlagw(ö|oe)rter|schlagwort|category|categories|kategorie|rubrik|section|archive?|archiv|author|autor)(\/[^/]*)?\/?$/i;
const SEARCH_PATH = /\/(search|suche|recherche|busca|ricerca)(\/|$)|[?&](q|query|search|s|suche|searchterm)=/i;
const FORUM_PATH = /\/(forums?|threads?|viewtopic|showthread|discussion|t)\/|viewtopic\.php|showthread\.php|\/comments\//i;

function urlSignals(url: string, add: Add): { home: boolean } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { home: false };
  }
  if (!/^https?:$/.test(u.protocol)) return { home: false };
  const path = decodeURIComponent(u.pathname).replace(/\/(index\.\w+)?$/, '');
  if (SEARCH_PATH.test(path + u.search)) add('search-page', -3, 'search URL');
  if (path === '') {
    add('url-shape', -1.5, 'home page URL');
    return { home: true };
  }
  if (LISTING_PATH.test(path)) add('listing-structure', -1.5, 'tag/section URL');
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const slugWords = last.replace(/\.\w{2,5}$/, '').split(/[-_]+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  if (slugWords >= 4 || /\/(19|20)\d\d\/\d\d?\//.test(path) || /\d{5,}/.test(path)) add('url-shape', 1, path.slice(0, 80));
  return { home: false };
}

function metaSignals(f: Features, add: Add): void {
  if (f.ldArticle) add('jsonld-article', 3, f.ldArticle);
  const other = new Set(f.ldOther);
  if (!f.ldArticle) {
    if (other.has('product') || other.has('offer')) add('product-page', -3, 'schema.org Product');
    if (other.has('videoobject')) add('video-page', -2, 'schema.org VideoObject');
    if (other.has('discussionforumposting') || other.has('qapage')) add('forum-thread', -3, 'schema.org DiscussionForumPosting');
    if (other.has('searchresultspage')) add('search-page', -3, 'schema.org SearchResultsPage');
    if (other.has('collectionpage') || other.has('itemlist')) add('listing-structure', -1.5, 'schema.org CollectionPage');
  }
  const og = f.ogType;
  if (og === 'article' || og.endsWith(':article')) add('og-type-article', 2, og);
  else if (og.startsWith('video')) add('video-page', -2, `og:type ${og}`);
  else if (og.includes('product')) add('product-page', -3, `og:type ${og}`);
  if (f.publishedTime) add('published-time', 1);
  else if (f.timeElement) add('date', 0.5, '<time>');
  if (f.byline) add('byline', 0.5);
}

function bodySignals(f: Features, add: Add, home: boolean): void {
  const score = f.paraScore;
  if (score >= 20) add('text-density', score >= 40 ? 3 : 2.5, `${f.longParas} long paragraphs`);
  else if (score >= 10) add('text-density', 0.5, `${f.longParas} long paragraphs`);
  else add('few-paragraphs', f.longParas >= 2 ? -1.5 : -3, `${f.longParas} long paragraphs`);
  if (f.headline && f.headlineParas >= 2) add('headline-paragraphs', 1.5, `${f.headlineParas} paragraphs after the headline`);
  if (f.articleElements >= 1 && f.articleElements <= 3 && f.articleText > 1000) add('article-element', 1);
  const linkShare = f.textChars ? f.linkChars / f.textChars : 0;
  if (f.links > 40 && linkShare > 0.5) add('many-links', linkShare > 0.7 ? -2.5 : -1.5, `${Math.round(linkShare * 100)}% link text`);
  const teasers = Math.max(f.teaserHeadings, f.articleElements >= 5 ? f.articleElements : 0);
  if (teasers >= 6 && teasers > f.longParas) add('listing-structure', home || teasers > 2 * f.longParas ? -2.5 : -1.5, `${teasers} teasers`);
  if (f.passwordInputs > 0 && score < 25) add('login-wall', -3, 'password field');
  if ((f.cartButtons > 0 || f.priceMarks >= 2) && score < 40) add('product-page', -2.5, 'price / cart');
  if (f.videoPlayers > 0 && score < 15) add('video-page', -2, 'video player, little text');
  if (f.searchInputs > 0 && f.teaserHeadings >= 5 && score < 20) add('search-page', -1, 'search form with results');
}

export function detect(doc: Document, url: string): Detection {
  const reasons: DetectionReason[] = [];
  const add: Add = (code, weight, detail) => {
    // One reason per code: independent evidence for the same thing (schema.org
    // says forum AND the page has reply buttons) adds up, capped at 1.5x.
    const prev = reasons.find((r) => r.code === code);
    if (!prev) {
      reasons.push(detail ? { code, weight, detail } : { code, weight });
      return;
    }
    if (Math.sign(prev.weight) !== Math.sign(weight)) return;
    const cap = Math.max(Math.abs(prev.weight), Math.abs(weight)) * 1.5;
    prev.weight = Math.sign(weight) * Math.min(cap, Math.abs(prev.weight) + Math.abs(weight) / 2);
    if (detail) prev.detail = prev.detail ? `${prev.detail}; ${detail}` : detail;
  };
  try {
    const f = collectFeatures(doc);
    const { home } = urlSignals(url, add);
    metaSignals(f, add);
    bodySignals(f, add, home);
    forumSignals(f, url, add);
  } catch {
    add('few-paragraphs', -3, 'page could not be read');
  }
  const score = reasons.reduce((s, r) => s + r.weight, -1);
  const p = 1 / (1 + Math.exp(-score));
  const isArticle = score > 0;
  return { isArticle, confidence: Math.round((isArticle ? p : 1 - p) * 100) / 100, reasons };
}

function forumSignals(f: Features, url: string, add: Add): void {
  const forumUrl = FORUM_PATH.test(url.replace(/^\w+:\/\/[^/]+/, ''));
  const posts = f.postMarks >= 3 || f.replyButtons >= 3;
  if ((forumUrl && (posts || f.replyButtons > 0)) || (f.postMarks >= 3 && f.replyButtons >= 3)) add('forum-thread', -3.5, `${f.postMarks} posts`);
}
