/**
 * Article detection: many weak signals, summed into a score, squashed to a
 * confidence. Light on purpose: this module ships in the content script's
 * first chunk (no tldts, no outlet directory, no extractors) and runs on every
 * page, so it reads the cheap signals first (URL, <head>, JSON-LD, the first
 * long paragraphs) and looks further only while the verdict could still change.
 * Every weight and every bound comes from the signal table (detect-signals.ts).
 * `reasons` are the signals read until then.
 */
import { brTextScore, headFeatures, textFeatures, type TextFeatures } from './detect-features';
import { pageFeatures, pageHints, type PageFeatures } from './detect-page';
import { counts, HINTED, maxDrop, maxRise, ONLY_BELOW, SIGNALS, type Hint, type Signal } from './detect-signals';

const ALL_HINTS: ReadonlySet<Hint> = new Set<Hint>(['cart', 'forum', 'recipe']);
import { confidenceOf } from './detect-confidence';
import type { Detection, DetectionReason } from './types';

type Add = (signal: Signal, detail?: string, weight?: number) => void;

const LISTING_PATH =
  /\/(tags?|topics?|themen?|thema|schlagw(ö|oe)rter|schlagwort|category|categories|kategorie|rubrik|ressort|section|archive?|archiv|author|autor)(\/[^/]*)?\/?$/i;
const SEARCH_PATH = /\/(search|suche|recherche|busca|ricerca)(\/|$)|[?&](q|query|search|s|suche|searchterm)=/i;
const FORUM_PATH =
  /\/(forums?|threads?|viewtopic|showthread|discussion|questions|t)\/|viewtopic\.php|showthread\.php|\/comments\//i;
// A site's own pages about itself: the last path segment says so.
const COMPANY_PATH =
  /\/(about(-us)?|ueber-uns|uber-uns|über-uns|wir|services|leistungen|angebot|team|unser-team|our-team|people|contact(-us)?|kontakt|impressum|imprint|karriere|careers|jobs|pricing|preise|standorte|locations)\/?$/i;
const URL_PARTS = /^https?:\/\/[^/?#]*([^?#]*)(\?[^#]*)?/i;
const ARTICLE_TYPES =
  /^(article|newsarticle|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|backgroundnewsarticle|reviewnewsarticle|askpublicnewsarticle|blogposting|liveblogposting|socialmediaposting|scholarlyarticle|techarticle|report|satiricalarticle|medicalscholarlyarticle|advertisercontentarticle|review|criticreview|posting)$|article|blogposting|reportage/;
/** schema.org types that say what else a page is, strongest first. Recipe and Event count even beside an Article type. */
const OTHER_TYPES: [RegExp, Signal, boolean][] = [
  [/^recipe$/, SIGNALS.ldRecipe, true],
  [/^(\w*event|eventseries|festival)$/, SIGNALS.ldEvent, true],
  [/^(discussionforumposting|qapage)$/, SIGNALS.ldForum, false],
  [/^(product|productgroup|individualproduct)$/, SIGNALS.ldProduct, false],
  [/^(searchresultspage)$/, SIGNALS.ldSearch, false],
  [/^(musicrecording|musiccomposition|musicalbum)$/, SIGNALS.ldMusic, false],
  [/^(aboutpage|contactpage|profilepage)$/, SIGNALS.ldCompany, false],
  [/^(videoobject|podcastepisode|audioobject)$/, SIGNALS.ldVideo, false],
  [/^(collectionpage|itemlist)$/, SIGNALS.ldListing, false],
];

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
  if (SEARCH_PATH.test(path + (m[2] ?? ''))) add(SIGNALS.searchUrl, 'search URL');
  if (path === '') {
    add(SIGNALS.homeUrl, 'home page URL');
    return { home: true, forum };
  }
  if (LISTING_PATH.test(path)) add(SIGNALS.listingUrl, 'tag/section URL');
  if (COMPANY_PATH.test(path)) add(SIGNALS.companyUrl, path.slice(0, 80));
  const last = path.split('/').filter(Boolean).pop() ?? '';
  const slugWords = last
    .replace(/\.\w{2,5}$/, '')
    .split(/[-_]+/)
    .filter((w) => /\p{L}{2,}/u.test(w)).length;
  if (slugWords >= 4 || /\/(19|20)\d\d\/\d\d?\//.test(path) || /\d{5,}/.test(path))
    add(SIGNALS.articleUrl, path.slice(0, 80));
  return { home: false, forum };
}

function typeSignals(types: string[], og: string, add: Add): void {
  const art = types.filter((t) => ARTICLE_TYPES.test(t));
  // A recipe or an event beside an Article type is what the page is about: the Article is its wrapper.
  const main = OTHER_TYPES.filter(([re, , besideArticle]) => besideArticle && types.some((x) => re.test(x)));
  if (art.length && !main.length) add(SIGNALS.ldArticle, [...new Set(art)].join(','));
  for (const [re, signal, besideArticle] of OTHER_TYPES) {
    const t = types.find((x) => re.test(x));
    if (t && (besideArticle || !art.length)) add(signal, `schema.org ${t}`);
  }
  if (og === 'article' || og.endsWith(':article')) add(SIGNALS.ogArticle, og);
  else if (og.startsWith('video')) add(SIGNALS.ogVideo, `og:type ${og}`);
  else if (og.includes('product')) add(SIGNALS.ogProduct, `og:type ${og}`);
  else if (og.startsWith('music')) add(SIGNALS.ogMusic, `og:type ${og}`);
}

/** The text signal for a paragraph score: the one whose threshold it reaches. */
function textSignal(t: TextFeatures): Signal {
  const score = t.paraScore;
  if (score >= 40) return SIGNALS.text40;
  if (score >= 20) return SIGNALS.text20;
  if (score >= 10) return SIGNALS.text10;
  return t.longParas >= 2 ? SIGNALS.fewParas : SIGNALS.noParas;
}

function textSignals(t: TextFeatures, add: Add): void {
  add(textSignal(t), `${t.longParas}${t.complete ? '' : '+'} long paragraphs`);
  if (t.headline && t.headlineParas >= 2) add(SIGNALS.headlineParas, 'paragraphs after the headline');
  if (t.dateline) add(SIGNALS.dateline);
  if (t.verse >= 2 && t.verse > t.longParas) add(SIGNALS.verse, `${t.verse} verses`);
  // Teasers from the headline on, and most of the running text: an article beside a stream of teasers is not a listing.
  if (t.teaserParas >= 4 && t.leadTeasers >= 3 && 3 * t.teaserParas >= 2 * t.longParas)
    add(SIGNALS.teaserParas, `${t.teaserParas} teasers`);
}

function pageSignals(
  f: PageFeatures,
  t: TextFeatures,
  add: Add,
  home: boolean,
  forumUrl: boolean,
  hasType: boolean,
  hints: ReadonlySet<Hint>,
): void {
  const score = t.paraScore;
  if (f.publishedTime) add(SIGNALS.published);
  else if (f.timeElement) add(SIGNALS.date, '<time>');
  else if (!t.dateline && score < ONLY_BELOW.undated) add(SIGNALS.undated);
  if (f.byline) add(SIGNALS.byline);
  if (f.articleElements >= 1 && f.articleElements <= 3 && f.articleText > 1000) add(SIGNALS.articleElement);
  const linkShare = f.textChars ? f.linkChars / f.textChars : 0; // textChars is read only from 40 links on
  if (f.links > 40 && linkShare > 0.5)
    add(SIGNALS.manyLinks, `${Math.round(linkShare * 100)}% link text`, linkShare > 0.7 ? undefined : -1.5);
  // A page is one kind of non-article: of these, only the strongest counts (the bound in detect-signals.ts relies on it).
  const kinds: [Signal, string, number?][] = [];
  const teasers = Math.max(f.teaserHeadings, f.articleElements >= 5 ? f.articleElements : 0);
  if (teasers >= 6 && teasers > t.longParas)
    kinds.push([SIGNALS.teaserHeadings, `${teasers} teasers`, home || teasers > 2 * t.longParas ? undefined : -1.5]);
  if (f.passwordInputs > 0) kinds.push([SIGNALS.login, 'password field']);
  if (f.cartButtons > 0 && f.priceMarks > 0) kinds.push([SIGNALS.priceAndCart, 'price and cart']);
  else if ((f.cartButtons > 0 || f.priceMarks >= 2) && score < ONLY_BELOW.product)
    kinds.push([SIGNALS.priceOrCart, 'price / cart']);
  if (f.videoPlayers > 0 && score < ONLY_BELOW.video) kinds.push([SIGNALS.player, 'player, little text']);
  if (f.searchInputs > 0) kinds.push([SIGNALS.searchForm, 'search form with results']);
  if (f.registerButtons > 0 && f.placeMarks > 0 && score < ONLY_BELOW.event)
    kinds.push([SIGNALS.eventMarks, 'registration and venue']);
  if (f.phoneLinks > 0 && f.placeMarks > 0 && score < ONLY_BELOW.contact)
    kinds.push([SIGNALS.contactMarks, 'phone and address']);
  const posts = f.postMarks >= 3 && (f.replyButtons >= 2 || f.authors >= 3);
  if (posts || (forumUrl && (f.postMarks >= 3 || f.replyButtons > 0)))
    kinds.push([SIGNALS.posts, `${f.postMarks} posts, ${f.authors} authors`]);
  if (f.ingredients >= 3) kinds.push([SIGNALS.ingredients, `${f.ingredients} ingredients`]);
  const micro = f.ldTypes.some((x) => ARTICLE_TYPES.test(x))
    ? undefined
    : OTHER_TYPES.find(([re]) => f.ldTypes.some((x) => re.test(x)));
  if (micro) kinds.push([{ ...SIGNALS.microdataOther, code: micro[1].code }, 'schema.org microdata', micro[1].weight]);
  const strongest = kinds
    .filter(([x]) => counts(x, score, hints))
    .sort((a, b) => (a[2] ?? a[0].weight) - (b[2] ?? b[0].weight))[0];
  if (strongest) add(...strongest);
  if (!hasType && f.ldTypes.some((x) => ARTICLE_TYPES.test(x))) add(SIGNALS.microdataArticle, 'schema.org microdata');
}

/** `readAll` reads every signal, with no early exit (tests check that the exit never changes a verdict). */
export function detect(doc: Document, url: string, opts: { readAll?: boolean } = {}): Detection {
  let reasons: DetectionReason[] = [];
  const add: Add = (signal, detail, weight = signal.weight) => {
    const code = signal.code;
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
    let forumPage = false;
    // The URL's reasons are kept, so a second scoring pass replays them instead of parsing the URL again.
    const urlReasons: Parameters<Add>[] = [];
    const { home, forum } = urlSignals(typeof url === 'string' ? url : '', (...r) => {
      urlReasons.push(r);
      add(...r);
    });
    const stage1 = (t: TextFeatures) => {
      typeSignals(head.ldTypes, head.ogType, add);
      textSignals(t, add);
    };
    stage1(text);
    const s = total();
    const hasType = head.ldTypes.some((t) => ARTICLE_TYPES.test(t));
    const textWeight = textSignal(text).weight;
    // A forum URL or a forum's schema.org type: post marks alone then make a thread.
    forumPage = forum || head.ldTypes.includes('discussionforumposting') || head.ldTypes.includes('qapage');
    // On a long text a cart, forum or recipe signal counts only beside its cheap hint (detect-signals.ts).
    // Not looked for when even every hint could not overturn the verdict.
    const needHints = text.paraScore >= HINTED && (opts.readAll || s <= maxDrop(text.paraScore));
    const hints: ReadonlySet<Hint> = needHints ? pageHints(doc, forumPage) : ALL_HINTS;
    if (
      opts.readAll ||
      (s <= maxDrop(text.paraScore, hints) &&
        s + maxRise(text.paraScore, textWeight, text.headlineParas >= 2, hasType) > 0)
    ) {
      // Undecided: read the rest, then score everything again from the start.
      const page = pageFeatures(doc, { paraScore: text.paraScore, forumUrl: forumPage, ldDate: head.ldDate });
      if (text.paraScore < 40) {
        text = text.complete ? text : textFeatures(doc, Infinity);
        const br = brTextScore(doc);
        text = {
          ...text,
          paraScore: text.paraScore + br.score,
          longParas: text.longParas + br.paras,
          verse: text.verse + br.verse,
        };
      }
      reasons = [];
      for (const r of urlReasons) add(...r);
      stage1(text);
      pageSignals(page, text, add, home, forumPage, hasType, hints);
    }
  } catch {
    reasons = [];
    add(SIGNALS.noParas, 'page could not be read');
  }
  const score = total();
  return { isArticle: score > 0, confidence: confidenceOf(score, reasons), reasons };
}
