/**
 * Stage 2 of article detection: the evidence beyond <head> and paragraphs,
 * read only for pages stage 1 left undecided. Each signal is one simple native
 * query with a capped loop, and a signal that cannot change the verdict is not
 * read at all: signals with a `below` in the signal table (detect-signals.ts)
 * only on pages with little text, forum post marks only on forum URLs or pages
 * with reply controls, prices only beside a cart control or on pages with little text.
 * Those whole-document queries ("[class*=post]") were most of detection's cost
 * on the pages that reach stage 2.
 */
import { attr, first, firstTag, tagOf, textOf } from './dom';
import { ONLY_BELOW, type Hint } from './detect-signals';

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
  /** Different names in author/username marks (forum posts by many people). */
  authors: number;
  registerButtons: number;
  placeMarks: number;
  phoneLinks: number;
  ingredients: number;
}

export interface Stage2Context {
  /** Paragraph score from stage 1: the final score is never lower. */
  paraScore: number;
  forumUrl: boolean;
  /** JSON-LD declares datePublished (stage 1 read every JSON-LD text). */
  ldDate?: boolean;
}

const PRICE_CLASS = /(^|[\s_-])(price|money)([\s_-]|$)/i;
const CART = /add to (cart|bag|basket)|in den (warenkorb|einkaufswagen|korb)|buy now|jetzt kaufen|ajouter au panier/i;
const REPLY = /^\s*(reply|quote|antworten|zitieren)\s*$/i;
const REGISTER =
  /^\s*(jetzt anmelden|zur anmeldung|tickets?( kaufen| sichern| bestellen)?|karten kaufen|register( now)?|book (tickets|now|your place)|get tickets|buy tickets|rsvp)\s*$/i;
const POST_CLASS = /(^|\s)(post|message|forum-post|postbody|post-body|topic-post|reply|answer)(\s|$)/i;
const VIDEO_SRC = /youtube|vimeo|dailymotion|player|podcast|spotify|soundcloud/i;
const PUBLISHED_KEYS = [
  'article:published_time',
  'datePublished',
  'date',
  'dc.date',
  'DC.date',
  'dcterms.date',
  'sailthru.date',
  'pubdate',
  'publishdate',
];
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'];
const INGREDIENTS = /^\s*(zutaten|ingredients|ingrédients|ingredientes|ingredienti)\b/i;
const COMMENTS = '[id*=comment], [class*=comment]';

const count = (root: ParentNode, sel: string, cap: number, pred?: (e: Element) => boolean): number => {
  let n = 0;
  const list = root.querySelectorAll(sel);
  for (let i = 0; i < list.length && n < cap; i++) if (!pred || pred(list[i])) n++;
  return n;
};

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

/** Post blocks outside a comment section (an article's comments are not a forum). */
function postMarks(doc: Document): number {
  const mark = (e: Element) => POST_CLASS.test(attr(e, 'class')) && tagOf(e) !== 'button' && !e.closest(COMMENTS);
  return (
    count(doc, '[class*=post]', 20, mark) +
    count(doc, '[class*=message]', 20, mark) +
    count(doc, '[class*=answer]', 20, mark) +
    count(doc, '[id^=post]', 20, (e) => /^post[-_]?\d+$/.test(attr(e, 'id')))
  );
}

function authorNames(doc: Document): number {
  const names = new Set<string>();
  for (const sel of ['[class*=username]', '[class*=author]', '[data-author]']) {
    const list = doc.querySelectorAll(sel);
    for (let i = 0; i < list.length && i < 40; i++) {
      if (list[i].closest(COMMENTS)) continue;
      const name = (attr(list[i], 'data-author') || textOf(list[i])).trim().slice(0, 60);
      if (name) names.add(name);
    }
  }
  return names.size;
}

/** The cheap marks the `hint` signals need on pages with much text: buttons, submit inputs and headings. */
export function pageHints(doc: Document, forumPage: boolean): Set<Hint> {
  const hints = new Set<Hint>();
  if (forumPage) hints.add('forum');
  const buttons = doc.getElementsByTagName('button');
  for (let i = 0; i < buttons.length && i < 300; i++) {
    const t = textOf(buttons[i]).slice(0, 60);
    if (CART.test(t)) hints.add('cart');
    else if (REPLY.test(t)) hints.add('forum');
  }
  const inputs = doc.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && i < 300; i++)
    if (attr(inputs[i], 'type').toLowerCase() === 'submit' && CART.test(attr(inputs[i], 'value'))) hints.add('cart');
  // A heading says "Ingredients": a few headings to read, not a selector walk of the whole page.
  for (const tag of ['h2', 'h3', 'h4']) {
    const hs = doc.getElementsByTagName(tag);
    for (let i = 0; i < hs.length && i < 100; i++) if (INGREDIENTS.test(textOf(hs[i]))) hints.add('recipe');
  }
  return hints;
}

export function pageFeatures(doc: Document, ctx: Stage2Context = { paraScore: 0, forumUrl: true }): PageFeatures {
  const body = doc;
  const score = ctx.paraScore;
  const f: PageFeatures = {
    ldTypes: [],
    publishedTime: false,
    timeElement: false,
    byline: false,
    articleElements: 0,
    articleText: 0,
    links: 0,
    linkChars: 0,
    textChars: 0,
    teaserHeadings: 0,
    passwordInputs: 0,
    searchInputs: 0,
    priceMarks: 0,
    cartButtons: 0,
    videoPlayers: 0,
    postMarks: 0,
    replyButtons: 0,
    authors: 0,
    registerButtons: 0,
    placeMarks: 0,
    phoneLinks: 0,
    ingredients: 0,
  };
  const keys = headMetaKeys(doc);
  const metaOf = (k: string) => keys.has(k);
  for (const el of Array.from(body.querySelectorAll('[itemtype]')).slice(0, 50)) {
    for (const t of attr(el, 'itemtype').split(/\s+/)) if (t) f.ldTypes.push(t.replace(/^.*[/#]/, '').toLowerCase());
  }
  f.publishedTime = PUBLISHED_KEYS.some(metaOf) || !!ctx.ldDate || !!first(body, '[itemprop=datePublished]');
  f.timeElement =
    !f.publishedTime && !!firstTag(doc, 'time', (t) => t.hasAttribute('datetime') || t.hasAttribute('pubdate'));
  // One walk for the five byline marks, not five.
  f.byline =
    AUTHOR_KEYS.some(metaOf) || !!first(body, '[rel=author], [itemprop=author], .byline, .author, .article-author');
  const articles = body.getElementsByTagName('article');
  f.articleElements = articles[5] ? 6 : articles.length;
  if (f.articleElements >= 1 && f.articleElements <= 3) f.articleText = textOf(articles[0]).length;
  // Links: their share of the text; reply/quote links mark forum posts, ticket links events, tel: links contact pages.
  const links = body.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < 1500; i++) {
    const t = textOf(links[i]);
    f.links++;
    f.linkChars += t.trim().length;
    if (t.length < 40) {
      if (REPLY.test(t)) f.replyButtons++;
      else if (REGISTER.test(t)) f.registerButtons++;
    }
    if (attr(links[i], 'href').startsWith('tel:')) f.phoneLinks++;
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
    for (let i = 0; i < hs.length && i < 200; i++)
      if (hs[i].getElementsByTagName('a')[0] && textOf(hs[i]).trim().length > 15) f.teaserHeadings++;
  }
  const buttons = body.getElementsByTagName('button');
  for (let i = 0; i < buttons.length && i < 300; i++) {
    const t = textOf(buttons[i]).slice(0, 60);
    if (CART.test(t)) f.cartButtons++;
    else if (REPLY.test(t)) f.replyButtons++;
    else if (REGISTER.test(t)) f.registerButtons++;
  }
  const inputs = body.getElementsByTagName('input');
  for (let i = 0; i < inputs.length && i < 300; i++) {
    const type = attr(inputs[i], 'type').toLowerCase();
    if (type === 'password') f.passwordInputs++;
    else if (type === 'submit' && CART.test(attr(inputs[i], 'value'))) f.cartButtons++;
    else if (type === 'search' || /^(q|query|s|search|suche)$/i.test(attr(inputs[i], 'name'))) f.searchInputs++;
  }
  if (score >= ONLY_BELOW.login) f.passwordInputs = 0;
  if (score >= ONLY_BELOW.search || f.teaserHeadings < 5) f.searchInputs = 0;
  if (f.cartButtons > 0 || score < ONLY_BELOW.product) {
    f.priceMarks =
      count(body, '[itemprop=price]', 5) +
      count(body, '[class*=price]', 10, (e) => PRICE_CLASS.test(attr(e, 'class'))) +
      count(body, '[class*=money]', 5, (e) => PRICE_CLASS.test(attr(e, 'class'))) +
      count(body, '[data-price]', 5);
  }
  if (score < ONLY_BELOW.video) {
    f.videoPlayers =
      count(body, 'video', 5) +
      count(body, 'audio', 5) +
      count(body, 'iframe[src]', 20, (e) => VIDEO_SRC.test(attr(e, 'src'))) +
      count(body, '[class*=player]', 5, (e) => /(^|[\s_-])(video|audio|jw)?-?player(\s|$)/i.test(attr(e, 'class')));
  }
  if (f.registerButtons > 0 && score < ONLY_BELOW.event) {
    f.placeMarks =
      count(body, '[itemprop=location]', 3) +
      count(body, '[class*=location]', 3) +
      count(body, '[class*=venue]', 3) +
      count(body, 'dt', 20, (e) => /^\s*(ort|veranstaltungsort|venue|where|wo|location)\s*:?\s*$/i.test(textOf(e)));
  }
  if (f.phoneLinks > 0 && score < ONLY_BELOW.contact) f.placeMarks += count(body, 'address', 3);
  // Post marks decide a forum only on a forum URL or together with reply controls.
  if (ctx.forumUrl || f.replyButtons >= 2) {
    f.postMarks = postMarks(doc);
    if (f.postMarks >= 3) f.authors = authorNames(doc);
  }
  f.ingredients =
    count(body, '[itemprop=recipeIngredient]', 5) + count(body, '[class*=ingredient]', 10, (e) => tagOf(e) === 'li');
  return f;
}
