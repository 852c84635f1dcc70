/**
 * Stage 2 of article detection: the evidence beyond <head> and paragraphs,
 * read only for pages stage 1 left undecided. Each signal is one simple native
 * query with a capped loop, and a signal that cannot change the verdict is not
 * read at all: the product, login, video and search signals only count on pages
 * with little text (`ONLY_BELOW`), and forum post marks only on forum URLs or
 * pages with reply buttons. Those whole-document queries ("[class*=post]") were
 * most of detection's cost on the pages that reach stage 2.
 */
import { attr, first, firstTag, tagOf, textOf } from './dom';
import { ldTypesOf } from './detect-features';

export interface PageFeatures {
  ldTypes: string[];
  publishedTime: boolean;
  timeElement: boolean;
  byline: boolean;
  articleElements: number;
  articleText: number;
  links: number;
  linkChars: number;
  textChars: number;
  teaserHeadings: number;
  passwordInputs: number;
  searchInputs: number;
  priceMarks: number;
  cartButtons: number;
  videoPlayers: number;
  postMarks: number;
  replyButtons: number;
}

/** Paragraph scores at and above which a signal no longer counts (detect.ts's pageSignals reads the same table). */
export const ONLY_BELOW = { login: 25, product: 40, video: 15, search: 20 } as const;

export interface Stage2Context {
  /** Paragraph score from stage 1: the final score is never lower. */
  paraScore: number;
  forumUrl: boolean;
}

const PRICE_CLASS = /\bprice\b/i;
const CART = /add to (cart|bag|basket)|in den warenkorb|buy now|jetzt kaufen/i;
const REPLY = /^\s*(reply|quote|antworten|zitieren)\s*$/i;
const POST_CLASS = /(^|\s)(post|message|forum-post|postbody|post-body|reply)(\s|$)/i;
const VIDEO_SRC = /youtube|vimeo|dailymotion|player/i;
const PUBLISHED_KEYS = ['article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date', 'dcterms.date', 'sailthru.date', 'pubdate', 'publishdate'];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'];

const count = (root: ParentNode, sel: string, cap: number, pred?: (e: Element) => boolean): number => {
  let n = 0;
  const list = root.querySelectorAll(sel);
  for (let i = 0; i < list.length && n < cap; i++) if (!pred || pred(list[i])) n++;
  return n;
};

/** JSON-LD texts outside <head> (20 at most), through the script collection: no selector match against every element. */
function bodyLd(doc: Document): string[] {
  const out: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length && out.length < 20; i++) {
    const s = scripts[i];
    // Selectors match HTML's type attribute case-insensitively; so does this.
    if (attr(s, 'type').toLowerCase() === 'application/ld+json' && !s.closest('head')) out.push(textOf(s));
  }
  return out;
}

/** property and name values of the <meta>s in <head>, as written: one pass instead of a selector query per key. */
function headMetaKeys(doc: Document): Set<string> {
  const keys = new Set<string>();
  const metas = doc.head?.getElementsByTagName('meta') ?? [];
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const prop = attr(metas[i], 'property');
    const name = attr(metas[i], 'name');
    if (prop) keys.add(prop);
    if (name) keys.add(name);
  }
  return keys;
}

export function pageFeatures(doc: Document, ctx: Stage2Context = { paraScore: 0, forumUrl: true }): PageFeatures {
  const body = doc;
  const score = ctx.paraScore;
  const f: PageFeatures = {
    ldTypes: [], publishedTime: false, timeElement: false, byline: false, articleElements: 0, articleText: 0, links: 0, linkChars: 0,
    textChars: 0, teaserHeadings: 0, passwordInputs: 0, searchInputs: 0, priceMarks: 0, cartButtons: 0, videoPlayers: 0, postMarks: 0, replyButtons: 0,
  };
  const keys = headMetaKeys(doc);
  const metaOf = (k: string) => keys.has(k);
  const ld = bodyLd(doc);
  for (const raw of ld) f.ldTypes.push(...ldTypesOf(raw));
  for (const el of Array.from(body.querySelectorAll('[itemtype]')).slice(0, 50)) {
    for (const t of attr(el, 'itemtype').split(/\s+/)) if (t) f.ldTypes.push(t.replace(/^.*[/#]/, '').toLowerCase());
  }
  // The JSON-LD texts are at hand: looked at before the selector query walks the page.
  f.publishedTime = PUBLISHED_KEYS.some(metaOf) || ld.some((raw) => raw.includes('"datePublished"')) || !!first(body, '[itemprop=datePublished]');
  f.timeElement = !f.publishedTime && !!firstTag(doc, 'time', (t) => t.hasAttribute('datetime') || t.hasAttribute('pubdate'));
  // One walk for the five byline marks, not five.
  f.byline = AUTHOR_KEYS.some(metaOf) || !!first(body, '[rel=author], [itemprop=author], .byline, .author, .article-author');
  const articles = body.getElementsByTagName('article');
  f.articleElements = articles[5] ? 6 : articles.length;
  if (f.articleElements >= 1 && f.articleElements <= 3) f.articleText = textOf(articles[0]).length;
  // Links: their share of the text; reply/quote links mark forum posts.
  const links = body.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 1500; i++) {
    const t = textOf(links[i]);
    f.links++;
    f.linkChars += t.trim().length;
    if (t.length < 40 && REPLY.test(t)) f.replyButtons++;
  }
  // Visible text: the body's text without its inline scripts and styles. Only the link share
  // needs it, and that counts from 40 links on (`many-links`).
  if (f.links > 40) {
    f.textChars = textOf(doc.body).length;
    for (const tag of ['script', 'style']) {
      const els = body.getElementsByTagName(tag);
      for (let i = 0; i < els.length && i < 300; i++) if (els[i].closest('body')) f.textChars -= textOf(els[i]).length;
    }
  }
  for (const tag of ['h2', 'h3', 'h4']) {
    const hs = body.getElementsByTagName(tag);
    for (let i = 0; i < hs.length && i < 200; i++) if (hs[i].getElementsByTagName('a')[0] && textOf(hs[i]).trim().length > 15) f.teaserHeadings++;
  }
  const buttons = body.getElementsByTagName('button');
  for (let i = 0; i < buttons.length && i < 300; i++) {
    const t = textOf(buttons[i]).slice(0, 60);
    if (score < ONLY_BELOW.product && CART.test(t)) f.cartButtons++;
    if (REPLY.test(t)) f.replyButtons++;
  }
  if (score < ONLY_BELOW.login) f.passwordInputs = count(body, 'input[type=password]', 5);
  if (score < ONLY_BELOW.search && f.teaserHeadings >= 5) {
    f.searchInputs = count(body, 'input', 50, (e) => attr(e, 'type').toLowerCase() === 'search' || /^(q|query|s|search|suche)$/i.test(attr(e, 'name')));
  }
  if (score < ONLY_BELOW.product && f.cartButtons === 0) {
    f.priceMarks = count(body, '[itemprop=price]', 5) + count(body, '[class*=price]', 10, (e) => PRICE_CLASS.test(attr(e, 'class')));
  }
  if (score < ONLY_BELOW.video) f.videoPlayers = count(body, 'video', 5) + count(body, 'iframe[src]', 20, (e) => VIDEO_SRC.test(attr(e, 'src')));
  // Post marks decide a forum only on a forum URL or together with three reply buttons.
  if (ctx.forumUrl || f.replyButtons >= 3) {
    const postMark = (e: Element) => POST_CLASS.test(attr(e, 'class')) && tagOf(e) !== 'button';
    f.postMarks = count(body, '[class*=post]', 20, postMark) + count(body, '[class*=message]', 20, postMark) + count(body, '[class*=reply]', 20, postMark)
      + count(body, '[id^=post]', 20, (e) => /^post[-_]?\d+$/.test(attr(e, 'id')));
  }
  return f;
}
