/**
 * Article detection: many weak signals, summed into a score, squashed to a
 * confidence. Light on purpose: this module ships in the content script's
 * first chunk (no tldts, no outlet directory, no extractors) and runs on every
 * page, so it reads the cheap signals first (URL, <head>, the first long
 * paragraphs) and looks further only while the verdict could still change.
 * `reasons` are the signals read until then.
 */
import { brTextScore, headFeatures, textFeatures, type HeadFeatures, type TextFeatures } from './detect-features';
import { ONLY_BELOW, pageFeatures, type PageFeatures } from './detect-page';
import type { Detection, DetectionReason } from './types';

type Add = (code: string, weight: number, detail?: string) => void;

const LISTING_PATH = /\/(tags?|topics?|themen?|thema|schlagw(ö|oe)rter|schlagwort|category|categories|kategorie|rubrik|section|archive?|archiv|author|autor)(\/[^/]*)?\/?$/i;
const SEARCH_PATH = /\/(search|suche|recherche|busca|ricerca)(\/|$)|[?&](q|query|search|s|suche|searchterm)=/i;
const FORUM_PATH = /\/(forums?|threads?|viewtopic|showthread|discussion|t)\/|viewtopic\.php|showthread\.php|\/comments\//i;
const URL_PARTS = /^https?:\/\/[^/?#]*([^?#]*)(\?[^#]*)?/i;
const ARTICLE_TYPES = /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|askpublicnewsarticle|blogposting|liveblogposting|socialmediaposting|scholarlyarticle|techarticle|report|satiricalarticle|medicalscholarlyarticle|advertisercontentarticle|review|criticreview|posting)$|article|blogposting|reportage/;

function urlSignals(url: string, add: Add): { home: boolean; forum: boolean } {
  const m = URL_PARTS.exec(url);
  if (!m) return { home: false, forum: false };
  let path = m[1];
  try {
    path = decodeURIComponent(path);
  } catch {
    /* keep it encoded */
  }
  path = path.replace(/\/(index\.\w+)?$/, '');
  const forum = FORUM_PATH.test(m[1] + (m[2] ?? ''));
  if (SEARCH_PATH.test(path + (m[2] ?? ''))) add('search-page', -3, 'search URL');
  if (path === '') {
    add('url-shape', -1.5, 'home page URL');
    return { home: true, forum };
  }
  if (LISTING_PATH.test(path)) add('listing-structure', -1.5, 'tag/section URL');
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const slugWords = last.replace(/\.\w{2,5}$/, '').split(/[-_]+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  if (slugWords >= 4 || /\/(19|20)\d\d\/\d\d?\//.test(path) || /\d{5,}/.test(path)) add('url-shape', 1, path.slice(0, 80));
  return { home: false, forum };
}

function typeSignals(types: string[], og: string, add: Add): void {
  const art = types.filter((t) => ARTICLE_TYPES.test(t));
  if (art.length) add('jsonld-article', 3, [...new Set(art)].join(','));
  else {
    const other = new Set(types);
    if (other.has('product') || other.has('offer')) add('product-page', -3, 'schema.org Product');
    if (other.has('videoobject')) add('video-page', -2, 'schema.org VideoObject');
    if (other.has('discussionforumposting') || other.has('qapage')) add('forum-thread', -3, 'schema.org DiscussionForumPosting');
    if (other.has('searchresultspage')) add('search-page', -3, 'schema.org SearchResultsPage');
    if (other.has('collectionpage') || other.has('itemlist')) add('listing-structure', -1.5, 'schema.org CollectionPage');
  }
  if (og === 'article' || og.endsWith(':article')) add('og-type-article', 2, og);
  else if (og.startsWith('video')) add('video-page', -2, `og:type ${og}`);
  else if (og.includes('product')) add('product-page', -3, `og:type ${og}`);
}

function textSignals(t: TextFeatures, add: Add): void {
  const score = t.paraScore;
  if (score >= 20) add('text-density', score >= 40 ? 3 : 2.5, `${t.longParas}${t.complete ? '' : '+'} long paragraphs`);
  else if (score >= 10) add('text-density', 0.5, `${t.longParas} long paragraphs`);
  else add('few-paragraphs', t.longParas >= 2 ? -1.5 : -3, `${t.longParas} long paragraphs`);
  if (t.headline && t.headlineParas >= 2) add('headline-paragraphs', 1.5, 'paragraphs after the headline');
}

function pageSignals(f: PageFeatures, t: TextFeatures, add: Add, home: boolean, forumUrl: boolean): void {
  const score = t.paraScore;
  if (f.publishedTime) add('published-time', 1);
  else if (f.timeElement) add('date', 0.5, '<time>');
  if (f.byline) add('byline', 0.5);
  if (f.articleElements >= 1 && f.articleElements <= 3 && f.articleText > 1000) add('article-element', 1);
  const linkShare = f.textChars ? f.linkChars / f.textChars : 0; // textChars is read only from 40 links on
  if (f.links > 40 && linkShare > 0.5) add('many-links', linkShare > 0.7 ? -2.5 : -1.5, `${Math.round(linkShare * 100)}% link text`);
  const teasers = Math.max(f.teaserHeadings, f.articleElements >= 5 ? f.articleElements : 0);
  if (teasers >= 6 && teasers > t.longParas) add('listing-structure', home || teasers > 2 * t.longParas ? -2.5 : -1.5, `${teasers} teasers`);
  if (f.passwordInputs > 0 && score < ONLY_BELOW.login) add('login-wall', -3, 'password field');
  if ((f.cartButtons > 0 || f.priceMarks >= 2) && score < ONLY_BELOW.product) add('product-page', -2.5, 'price / cart');
  if (f.videoPlayers > 0 && score < ONLY_BELOW.video) add('video-page', -2, 'video player, little text');
  if (f.searchInputs > 0 && f.teaserHeadings >= 5 && score < ONLY_BELOW.search) add('search-page', -1, 'search form with results');
  const posts = f.postMarks >= 3 || f.replyButtons >= 3;
  if ((forumUrl && (posts || f.replyButtons > 0)) || (f.postMarks >= 3 && f.replyButtons >= 3)) add('forum-thread', -3.5, `${f.postMarks} posts`);
}

/** The most stage 2 could still move the score down, given what stage 1 saw. */
function maxDrop(t: TextFeatures, head: HeadFeatures, forumUrl: boolean): number {
  const s = t.paraScore;
  const forum = forumUrl || head.ldTypes.includes('discussionforumposting') || head.ldTypes.includes('qapage');
  return 2.5 + 2.5 + (forum ? 3.5 : 0) + (s < 25 ? 3 : 0) + (s < 40 ? 2.5 : 0) + (s < 15 ? 2 : 0) + (s < 20 ? 1 : 0);
}

/** The most stage 2 could still add: microdata, dates, byline, <article>, <div><br> text. */
function maxRise(t: TextFeatures, hasType: boolean): number {
  return (hasType ? 0 : 3) + 1 + 0.5 + 1 + (t.paraScore >= 40 ? 0 : 3.5) + (t.headlineParas >= 2 ? 0 : 1.5);
}

export function detect(doc: Document, url: string): Detection {
  let reasons: DetectionReason[] = [];
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
  const total = () => reasons.reduce((s, r) => s + r.weight, -1);
  try {
    const head = headFeatures(doc);
    let text = textFeatures(doc);
    // The URL's reasons are kept, so a second scoring pass replays them instead of parsing the URL again.
    const urlReasons: Parameters<Add>[] = [];
    const { home, forum } = urlSignals(typeof url === 'string' ? url : '', (...r) => {
      urlReasons.push(r);
      add(...r);
    });
    const stage1 = (t: TextFeatures, types: string[]) => {
      typeSignals(types, head.ogType, add);
      textSignals(t, add);
    };
    stage1(text, head.ldTypes);
    const s = total();
    const hasType = head.ldTypes.some((t) => ARTICLE_TYPES.test(t));
    if (s <= maxDrop(text, head, forum) && s + maxRise(text, hasType) > 0) {
      // Undecided: read the rest, then score everything again from the start.
      const page = pageFeatures(doc, { paraScore: text.paraScore, forumUrl: forum });
      if (text.paraScore < 40) {
        text = text.complete ? text : textFeatures(doc, Infinity);
        const br = brTextScore(doc);
        text = { ...text, paraScore: text.paraScore + br.score, longParas: text.longParas + br.paras };
      }
      reasons = [];
      for (const r of urlReasons) add(...r);
      stage1(text, [...head.ldTypes, ...page.ldTypes]);
      pageSignals(page, text, add, home, forum);
    }
  } catch {
    reasons = [];
    add('few-paragraphs', -3, 'page could not be read');
  }
  const score = total();
  const p = 1 / (1 + Math.exp(-score));
  const isArticle = score > 0;
  return { isArticle, confidence: Math.round((isArticle ? p : 1 - p) * 100) / 100, reasons };
}
