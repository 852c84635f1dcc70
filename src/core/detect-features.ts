/**
 * Cheap page features for article detection, in two stages. Runs in the
 * content script's first chunk on every page, so it is built like Readability's
 * isProbablyReaderable: a few native selector queries with early exits, meta
 * and JSON-LD read from <head> only, no walk of the document in JS, no
 * textContent of <body>. Native queries cost ~10 µs per 1,000 elements; a JS
 * walk costs ten times that, and selector lists ("a, b, c") several times a
 * single selector in Chromium, so each query here is one simple selector.
 *
 * Stage 1 (`headFeatures` + `textFeatures`) decides most pages on its own;
 * stage 2 (`pageFeatures`, detect-page.ts) runs only when the verdict could still change.
 */
import { attr, first, isElement, squash, tagOf, textOf, WS_RUN } from './dom';

export interface HeadFeatures {
  ogType: string;
  /** schema.org types from the page's JSON-LD (head and body), lower case, without URL prefix. */
  ldTypes: string[];
  /** Some JSON-LD text declares datePublished. */
  ldDate: boolean;
}

export interface TextFeatures {
  /** Readability's score: sum of sqrt(len - 140) over paragraphs of >= 140 chars (stops early at 40). */
  paraScore: number;
  longParas: number;
  headline: boolean;
  /** Long paragraphs after the headline (counted up to 2). */
  headlineParas: number;
  /** True when every paragraph was read (no early exit). */
  complete: boolean;
  /** Paragraphs of short lines broken by <br> (verse, lyrics): not counted as long paragraphs. */
  verse: number;
  /** One of the first long paragraphs opens with a dateline ("Berlin (dpa) –", "LONDON (Reuters) -"). */
  dateline: boolean;
  /** Long paragraphs right after a linked headline: teasers of a front page or listing. */
  teaserParas: number;
  /** Teasers among the first five long paragraphs after the headline (an article beside a stream of teasers has none there). */
  leadTeasers: number;
}

const LD_TYPE = /"@type"\s*:\s*(?:"([^"]{1,80})"|\[([^\]]{1,400})\])/g;

/** Types named anywhere in a JSON-LD text, read with a regex: no JSON.parse of megabyte blobs. */
export function ldTypesOf(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.slice(0, 500_000).matchAll(LD_TYPE)) {
    const list = m[1] !== undefined ? [m[1]] : (m[2].match(/"[^"]*"/g) ?? []).map((s) => s.slice(1, -1));
    for (const t of list) out.push(t.replace(/^.*[/#:]/, '').toLowerCase());
  }
  return out;
}

export function headFeatures(doc: Document): HeadFeatures {
  const head = doc.head;
  const og = head
    ? attr(first(head, 'meta[property="og:type"]') ?? first(head, 'meta[name="og:type"]'), 'content')
    : '';
  const f: HeadFeatures = { ogType: og.trim().toLowerCase(), ldTypes: [], ldDate: false };
  // JSON-LD anywhere (20 texts at most), through the script collection: no selector match against every element.
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0, n = 0; i < scripts.length && i < 500 && n < 20; i++) {
    // Selectors match HTML's type attribute case-insensitively; so does this.
    if (attr(scripts[i], 'type').toLowerCase() !== 'application/ld+json') continue;
    n++;
    const raw = textOf(scripts[i]);
    f.ldTypes.push(...ldTypesOf(raw));
    if (!f.ldDate && raw.includes('"datePublished"')) f.ldDate = true;
  }
  return f;
}

// Readability's own filters: class/id that mark comments, sidebars, footers.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const HIDDEN_STYLE = /display\s*:\s*none/i;

export function readable(el: Element): boolean {
  // Most paragraphs carry no attribute: one call instead of five.
  if (typeof el.hasAttributes === 'function' && !el.hasAttributes()) return true;
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true' || HIDDEN_STYLE.test(attr(el, 'style')))
    return false;
  const ci = `${attr(el, 'class')} ${attr(el, 'id')}`;
  return !(UNLIKELY.test(ci) && !MAYBE.test(ci));
}

// Chinese, Japanese and Korean say in one character what takes two or three in Latin script.
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const textLength = (t: string): number => {
  const s = t.trim();
  return CJK.test(s.slice(0, 20)) ? s.length * 2 : s.length;
};

const FOLLOWS = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out for DOMs without the Node global
// "Berlin (dpa) –", "Hannover (dpa/lni) -", "LONDON (Reuters) -", "SANTIAGO (AP) —", "MANCHESTER, England (PA) —", "WASHINGTON —".
const DATELINE =
  /^[\p{Lu}][\p{L}.'\- ]{1,30}(?:, [\p{L}. ]{2,25})?\s*\([^()]{2,30}\)\s*[-–—:]|^[\p{Lu}][\p{Lu}.'\- ]{2,30}(?:, [\p{L}. ]{2,25})?\s+[-–—]\s/u;
const HEADING = /^(h[1-6]|a)$/;

/**
 * Verse: three or more <br>-broken lines, short on average (poems and lyrics run
 * 30–45 characters a line; prose hard-wrapped with <br> runs 70 and more).
 */
export function isVerse(el: Element): boolean {
  if (!el.getElementsByTagName('br')[1]) return false;
  let lines = 0;
  let chars = 0;
  let line = 0;
  for (let c = el.firstChild; ; c = c.nextSibling) {
    if (!c || (isElement(c) && tagOf(c) === 'br')) {
      if (line > 0) {
        lines++;
        chars += line;
      }
      line = 0;
      if (!c) break;
    } else line += squash(textOf(c)).length;
  }
  return lines >= 3 && chars / lines < 50;
}

/** A long paragraph right after a headline link (h2 > a, or a block link): the summary of a teaser. */
function afterTeaserHeadline(p: Element): boolean {
  const prev = p.previousElementSibling;
  if (!prev || !HEADING.test(tagOf(prev))) return false;
  const a = tagOf(prev) === 'a' ? prev : prev.getElementsByTagName('a')[0];
  return !!a && textOf(a).trim().length > 15;
}

/**
 * Paragraph text, read like isProbablyReaderable: <p> elements through the
 * live tag collection (items are found lazily, so an early exit never visits
 * the rest of the page), stopping once the score is decisive.
 */
export function textFeatures(doc: Document, stopAt = 40, maxParas = 600): TextFeatures {
  const f: TextFeatures = {
    paraScore: 0,
    longParas: 0,
    headline: false,
    headlineParas: 0,
    complete: true,
    verse: 0,
    dateline: false,
    teaserParas: 0,
    leadTeasers: 0,
  };
  // Queried on the document, not <body>: linkedom can leave <body> empty on broken markup (several <html> tags).
  const body = doc;
  const h1 = body.getElementsByTagName('h1')[0] ?? null;
  f.headline = !!h1 && textOf(h1).trim().length > 3;
  const ps = body.getElementsByTagName('p');
  let leadParas = 0; // long paragraphs after the headline
  for (let i = 0; i < maxParas; i++) {
    const p = ps[i];
    if (!p) return f;
    // A page whose long paragraphs follow linked headlines may be a listing: read on until that is clear.
    if (f.paraScore >= stopAt && (!f.headline || f.headlineParas >= 2) && f.leadTeasers < 2) {
      f.complete = false;
      return f;
    }
    if (!readable(p)) continue;
    const text = textOf(p);
    const len = textLength(text);
    if (len >= 60 && isVerse(p)) {
      f.verse++;
      continue;
    }
    if (len < 140) continue;
    f.longParas++;
    f.paraScore += Math.sqrt(len - 140);
    if (f.longParas <= 3 && !f.dateline && DATELINE.test(text.trimStart().slice(0, 90))) f.dateline = true;
    const afterH1 = !h1 || !!(h1.compareDocumentPosition(p) & FOLLOWS);
    if (afterH1) leadParas++;
    if (afterTeaserHeadline(p)) {
      f.teaserParas++;
      if (afterH1 && leadParas <= 5) f.leadTeasers++;
    }
    if (h1 && f.headlineParas < 2 && afterH1) f.headlineParas++;
  }
  f.complete = false;
  return f;
}

/** Old-style pages: text in <div>s broken by <br>, or in <pre>. Scored like paragraphs. */
export function brTextScore(doc: Document): { score: number; paras: number; verse: number } {
  const body = doc;
  let score = 0;
  let paras = 0;
  let verse = 0;
  const seen = new Set<Node>();
  const add = (el: Element) => {
    if (seen.has(el) || seen.size > 300) return;
    seen.add(el);
    if (!readable(el)) return;
    const len = textLength(textOf(el));
    if (len >= 60 && isVerse(el)) verse++;
    else if (len >= 140) {
      paras++;
      score += Math.sqrt(len - 140);
    }
  };
  for (const br of Array.from(body.querySelectorAll('div > br')).slice(0, 2000))
    if (isElement(br.parentNode)) add(br.parentNode);
  for (const pre of Array.from(body.getElementsByTagName('pre')).slice(0, 50)) add(pre);
  // isProbablyReaderable scores an <article> by its whole text, so a short article in <div>s still counts.
  for (const a of Array.from(body.getElementsByTagName('article')).slice(0, 10)) add(a);
  // Bare pages: running text straight in <div>s or table cells, counted by their own text only.
  for (const tag of ['div', 'td']) {
    const list = body.getElementsByTagName(tag);
    for (let i = 0; i < list.length && i < 1500; i++) {
      const len = ownTextLength(list[i]);
      if (len >= 140) {
        paras++;
        score += Math.sqrt(len - 140);
      }
    }
  }
  return { score, paras, verse };
}

/** Length of an element's direct text (CJK counted double), from its own text nodes only. */
function ownTextLength(el: Element): number {
  return textLength(ownText(el));
}

function ownText(el: Element): string {
  let s = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) s += c.nodeValue ?? '';
  return s.replace(WS_RUN, ' ');
}
