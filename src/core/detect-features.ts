/**
 * Cheap page features for article detection. Runs in the content script's
 * first chunk: no tldts, no directory, one bounded walk over the body.
 */
import { attr, classId, first, meta, ownText, squash, tagOf, textOf, walk } from './dom';
import { isLdArticle, jsonLd, ldTypes, microdataTypes } from './jsonld';

export interface Features {
  ldArticle: string | null;
  ldOther: string[];
  ogType: string;
  publishedTime: boolean;
  timeElement: boolean;
  byline: boolean;
  articleElements: number;
  articleText: number;
  /** Paragraph-like blocks with >= 140 chars of own text, and their readerability score. */
  longParas: number;
  paraScore: number;
  paraChars: number;
  shortBlocks: number;
  linkChars: number;
  textChars: number;
  links: number;
  headline: boolean;
  headlineParas: number;
  teaserHeadings: number;
  passwordInputs: number;
  searchInputs: number;
  priceMarks: number;
  cartButtons: number;
  videoPlayers: number;
  postMarks: number;
  replyButtons: number;
  elements: number;
}

const PARA_TAGS = new Set(['p', 'div', 'pre', 'blockquote', 'td', 'li', 'section', 'article', 'main', 'dd', 'font', 'center']);
const MAX_ELEMENTS = 8000;

export function collectFeatures(doc: Document): Features {
  const ld = jsonLd(doc);
  const ldArt = ld.find(isLdArticle);
  const types = [...ld.flatMap(ldTypes), ...microdataTypes(doc)];
  const f: Features = {
    ldArticle: ldArt ? ldTypes(ldArt).join(',') : types.find((t) => /article|blogposting|reportage/.test(t)) ?? null,
    ldOther: types,
    ogType: meta(doc, 'og:type').toLowerCase(),
    publishedTime: !!(meta(doc, 'article:published_time', 'datepublished', 'date', 'dc.date', 'dcterms.date', 'sailthru.date', 'pubdate', 'publishdate')
      || first(doc, '[itemprop=datePublished]') || (ldArt && ldArt.datePublished)),
    timeElement: !!first(doc, 'time[datetime], time[pubdate]'),
    byline: !!(meta(doc, 'author', 'article:author', 'byl', 'parsely-author', 'sailthru.author') || first(doc, '[rel=author], [itemprop=author], .byline, .author, .article-author')),
    articleElements: 0, articleText: 0, longParas: 0, paraScore: 0, paraChars: 0, shortBlocks: 0,
    linkChars: 0, textChars: 0, links: 0, headline: false, headlineParas: 0, teaserHeadings: 0,
    passwordInputs: 0, searchInputs: 0, priceMarks: 0, cartButtons: 0, videoPlayers: 0, postMarks: 0, replyButtons: 0, elements: 0,
  };
  const body = doc.body ?? doc.documentElement;
  if (!body) return f;
  const title = squash(textOf(first(doc, 'title'))).toLowerCase();
  let headlineSeen = false;
  f.elements = walk(body, (el) => {
    const tag = tagOf(el);
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'template' || tag === 'svg') return 'skip';
    if (tag === 'input') {
      const type = attr(el, 'type').toLowerCase();
      if (type === 'password') f.passwordInputs++;
      else if (type === 'search' || /^(q|query|s|search|suche)$/i.test(attr(el, 'name'))) f.searchInputs++;
      return;
    }
    if (tag === 'video' || (tag === 'iframe' && /youtube|vimeo|dailymotion|player/i.test(attr(el, 'src')))) f.videoPlayers++;
    if (tag === 'button' || (tag === 'a' && attr(el, 'role') === 'button') || tag === 'input') {
      const t = textOf(el).slice(0, 60);
      if (/add to (cart|bag|basket)|in den warenkorb|buy now|jetzt kaufen/i.test(t)) f.cartButtons++;
      if (/^\s*(reply|quote|antworten|zitieren)\s*$/i.test(t)) f.replyButtons++;
      if (tag === 'button') return 'skip';
    }
    if (attr(el, 'itemprop') === 'price' || /\bprice\b/.test(classId(el))) f.priceMarks++;
    if (/(^|\s)(post|message|forum-post|postbody|post-body|reply)(\s|$)/.test(attr(el, 'class').toLowerCase()) || /^post[-_]?\d+$/.test(attr(el, 'id'))) f.postMarks++;
    if (tag === 'a') {
      const t = textOf(el);
      f.links++;
      f.linkChars += squash(t).length;
      if (/^\s*(reply|quote|antworten|zitieren)\s*$/i.test(t.slice(0, 40))) f.replyButtons++;
      return 'skip';
    }
    if (tag === 'article') {
      f.articleElements++;
      f.articleText = Math.max(f.articleText, textOf(el).length);
    }
    if (/^h[1-6]$/.test(tag)) {
      const t = squash(textOf(el));
      if (tag !== 'h1' && first(el, 'a') && t.length > 15) f.teaserHeadings++;
      if (!headlineSeen && (tag === 'h1' || (title && t.length > 10 && title.startsWith(t.toLowerCase())))) headlineSeen = f.headline = true;
      f.textChars += t.length;
      return 'skip';
    }
    if (!PARA_TAGS.has(tag)) return;
    const own = ownText(el, 3000);
    const len = own.length;
    if (!headlineSeen && title && len > 10 && len < 300 && title.startsWith(own.toLowerCase())) {
      headlineSeen = f.headline = true;
      return;
    }
    f.textChars += len;
    if (len >= 140 || (len >= 80 && /[.!?]["'”“«»]?$/.test(own))) {
      f.paraChars += len;
      if (len >= 140) {
        f.longParas++;
        f.paraScore += Math.sqrt(len - 140);
      }
      if (headlineSeen) f.headlineParas++;
    } else if (len > 0) f.shortBlocks++;
  }, MAX_ELEMENTS);
  f.textChars += f.linkChars;
  return f;
}

