/**
 * The one table of detection signals: each names its reason code, its weight
 * and when it is read. `url`, `head` and `text` signals are read for every page
 * (stage 1); `page` signals only while the verdict could still change (stage 2,
 * detect-page.ts). A `below` signal is read only on pages whose paragraph score
 * is under it (a shop's price box beside a long story is not evidence against
 * the story). The early-exit bounds (`maxDrop`, `maxRise`) and the gates in
 * detect-page.ts are computed from this table, so a new weight needs no second edit.
 *
 * Weighted rules, not a learned model: every weight is a reason the popup can
 * show, and the labelled pages are few and partly generated, which a fitted
 * model would learn instead of the web.
 */
import type { ReasonCode } from './reason-codes';

export type Stage = 'url' | 'head' | 'text' | 'page';
/**
 * `kind`: the signal says what kind of non-article the page is (shop, forum, recipe…). A page is one kind, so
 * of the `page` kind signals only the strongest counts, which keeps the bound on what stage 2 can take away small.
 */
export interface Signal {
  code: ReasonCode;
  weight: number;
  stage: Stage;
  below?: number;
  kind?: boolean;
  hint?: Hint;
}

/**
 * Cheap marks (`pageHints` in detect-page.ts) without which a `hint` signal is not read on pages with much text
 * (paragraph score HINTED and up): so an article with a long text skips stage 2 unless a cart button, a forum
 * or an "Ingredients" heading is in sight.
 */
export type Hint = 'cart' | 'forum' | 'recipe';
export const HINTED = 40;

const s = (code: ReasonCode, weight: number, stage: Stage, below?: number, kind?: boolean): Signal => ({
  code,
  weight,
  stage,
  ...(below === undefined ? {} : { below }),
  ...(kind ? { kind } : {}),
});
const k = (code: ReasonCode, weight: number, below?: number, hint?: Hint): Signal => ({
  ...s(code, weight, 'page', below, true),
  ...(hint ? { hint } : {}),
});

export const SIGNALS = {
  // The URL.
  searchUrl: s('search-page', -3, 'url'),
  homeUrl: s('url-shape', -1.5, 'url'),
  listingUrl: s('listing-structure', -1.5, 'url'),
  articleUrl: s('url-shape', 1, 'url'),
  companyUrl: s('company-page', -3.5, 'url'),
  // schema.org types (JSON-LD anywhere on the page) and og:type.
  ldArticle: s('jsonld-article', 3, 'head'),
  ldProduct: s('product-page', -3, 'head'),
  ldVideo: s('video-page', -2, 'head'),
  ldForum: s('forum-thread', -3, 'head'),
  ldSearch: s('search-page', -3, 'head'),
  ldListing: s('listing-structure', -1.5, 'head'),
  ldRecipe: s('recipe-page', -6, 'head'),
  ldEvent: s('event-page', -4, 'head'),
  ldMusic: s('verse-lines', -3, 'head'),
  ldCompany: s('company-page', -3, 'head'),
  ogArticle: s('og-type-article', 2, 'head'),
  ogVideo: s('video-page', -2, 'head'),
  ogProduct: s('product-page', -3, 'head'),
  ogMusic: s('verse-lines', -3, 'head'),
  // The paragraphs (stage 1 may stop reading them early; stage 2 reads them all).
  text40: s('text-density', 3, 'text'),
  text20: s('text-density', 2.5, 'text'),
  text10: s('text-density', 0.5, 'text'),
  fewParas: s('few-paragraphs', -1.5, 'text'),
  noParas: s('few-paragraphs', -3, 'text'),
  headlineParas: s('headline-paragraphs', 1.5, 'text'),
  dateline: s('dateline', 1.5, 'text'),
  verse: s('verse-lines', -3, 'text'),
  teaserParas: s('listing-structure', -5, 'text'),
  // The rest of the page.
  published: s('published-time', 1, 'page'),
  date: s('date', 0.5, 'page'),
  undated: s('undated', -1, 'page', 40), // short texts only: long undated texts (reference pages, docs) are still read as articles,
  byline: s('byline', 0.5, 'page'),
  articleElement: s('article-element', 1, 'page'),
  microdataArticle: s('jsonld-article', 3, 'page'),
  microdataOther: k('product-page', -5, 40), // the strongest non-article microdata type, one at most
  manyLinks: s('many-links', -2.5, 'page'),
  teaserHeadings: k('listing-structure', -2.5),
  login: k('login-wall', -3, 25),
  priceOrCart: k('product-page', -2.5, 40),
  priceAndCart: k('product-page', -5, undefined, 'cart'),
  player: k('video-page', -4, 15),
  searchForm: k('search-page', -1, 20),
  eventMarks: k('event-page', -3.5, 40),
  contactMarks: k('company-page', -2, 25),
  posts: k('forum-thread', -6, undefined, 'forum'),
  ingredients: k('recipe-page', -6.5, undefined, 'recipe'),
} as const satisfies Record<string, Signal>;

export type SignalName = keyof typeof SIGNALS;

/** Paragraph scores at and above which a `page` signal is not read (detect-page.ts). */
const below = (x: Signal): number => x.below ?? Infinity;
export const ONLY_BELOW = {
  login: below(SIGNALS.login),
  product: below(SIGNALS.priceOrCart),
  video: below(SIGNALS.player),
  search: below(SIGNALS.searchForm),
  event: below(SIGNALS.eventMarks),
  contact: below(SIGNALS.contactMarks),
  undated: below(SIGNALS.undated),
} as const;

const PAGE = Object.values(SIGNALS).filter((x: Signal) => x.stage === 'page');
const readAt = (x: Signal, paraScore: number, hints?: ReadonlySet<Hint>) =>
  (x.below === undefined || paraScore < x.below) && (!x.hint || !hints || paraScore < HINTED || hints.has(x.hint));

/** Whether a page signal counts on this page (pageSignals in detect.ts asks; maxDrop relies on it). */
export const counts = (x: Signal, paraScore: number, hints: ReadonlySet<Hint>): boolean => readAt(x, paraScore, hints);

/**
 * The most stage 2 could still take away at this paragraph score: every page signal against an article that is
 * read there, of the kind signals only the strongest. Without `hints`: as if every hint were there.
 */
export function maxDrop(paraScore: number, hints?: ReadonlySet<Hint>): number {
  let d = 0;
  let kind = 0;
  for (const x of PAGE) {
    if (x.weight >= 0 || !readAt(x, paraScore, hints)) continue;
    if (x.kind) kind = Math.max(kind, -x.weight);
    else d -= x.weight;
  }
  return d + kind;
}

/**
 * The most stage 2 could still add: every page signal for an article, plus what
 * reading every paragraph could add to the text signals stage 1 gave.
 */
export function maxRise(
  paraScore: number,
  textWeight: number,
  hasHeadlineParas: boolean,
  hasArticleType: boolean,
): number {
  let r = 0;
  for (const x of PAGE) if (x.weight > 0 && (x.code !== 'jsonld-article' || !hasArticleType)) r += x.weight;
  if (paraScore < 40) r += SIGNALS.text40.weight - textWeight;
  if (!hasHeadlineParas) r += SIGNALS.headlineParas.weight;
  return r;
}
