/**
 * The article's title without the site's suffix ("Headline | Site").
 * Metadata titles first (they are what the publisher calls the headline),
 * then the <h1>, then <title>; a segment is only cut when it names the site.
 */
import { first, squash, textOf } from './dom';
import { decodeEntities } from './entities';
import { ldString } from './jsonld';
import { pageOf, type Page } from './page';

// ㅣ (a Hangul vowel letter, never part of composed Korean text) is what Korean sites use as a pipe.
const SEP = /\s+[|–—\-·•»«:/\\~*]+\s+|\s*[|·•ㅣ]\s*/;
// "Headline-Section ㅣ Site" (Korean sites): the section is glued on with a bare hyphen.
const KOREAN_SECTION = /-[^\s-]{1,10}\s*ㅣ\s*([^ㅣ]+)$/;
const normOnce = (s: string) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
// isSite compares every title segment with every site name: each name is normalised once, not once per segment.
const normed = new Map<string, string>();
function norm(s: string): string {
  let v = normed.get(s);
  if (v === undefined) {
    v = normOnce(s);
    if (normed.size >= 500) normed.clear();
    normed.set(s, v);
  }
  return v;
}
/** Compare headlines ignoring quote style, dashes, invisible characters and case. */
const loose = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
    .replace(/[‘’‚‛′`´"“”„«»‹›']/g, "'")
    .replace(/[–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const DATE_SEGMENT = /^\s*(\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$/;

export function siteNames(doc: Document, url: string, page: Page = pageOf(doc, url)): string[] {
  const names = [
    page.meta('og:site_name', 'application-name', 'apple-mobile-web-app-title', 'twitter:site', 'publisher'),
  ];
  for (const o of page.ld()) {
    const pub = o.publisher ?? (/(website|organization|newsmediaorganization)/i.test(String(o['@type'])) ? o : null);
    if (pub) names.push(ldString((pub as Record<string, unknown>).name ?? ''));
  }
  const host = /^[a-z][a-z\d+.-]*:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i
    .exec(url)?.[1]
    ?.toLowerCase()
    .replace(/^(www|m|amp)\./, '');
  if (host) names.push(host, siteLabel(host));
  return names.map((n) => n.replace(/^@/, '')).filter((n) => norm(n).length >= 2);
}

/**
 * The label before the public suffix: "yahoo" for news.yahoo.com, "bbc" for www.bbc.co.uk.
 * Approximated without the suffix list, which stays out of the first chunk that detection ships in:
 * a second-level label of up to three letters (co, com, org, ac) counts as part of the suffix.
 */
function siteLabel(host: string): string {
  const labels = host.split('.');
  if (labels.length < 2) return labels[0];
  const sld = labels.length >= 3 && labels[labels.length - 1].length === 2 && labels[labels.length - 2].length <= 3;
  return labels[labels.length - (sld ? 3 : 2)];
}

function isSite(segment: string, sites: string[]): boolean {
  if (DATE_SEGMENT.test(segment)) return true;
  const s = norm(segment);
  if (!s) return false;
  return sites.some((site) => {
    const n = norm(site);
    if (n === s) return true;
    if (n.length < 3) return false;
    // "DER SPIEGEL", "STERN.de", "News - SRF" name the site; "How we designed Dropbox's ATF" only mentions it.
    if (s.includes(n)) return s.length - n.length <= Math.max(8, n.length);
    return n.includes(s) && s.length >= 3;
  });
}

/** Cut leading/trailing segments that name the site. */
export function stripSite(title: string, sites: string[]): string {
  let t = squash(title);
  const section = KOREAN_SECTION.exec(t);
  if (section && isSite(section[1], sites)) t = t.slice(0, section.index);
  for (let i = 0; i < 3; i++) {
    const parts = splitKeep(t);
    if (parts.length < 2) break;
    const firstPart = parts[0];
    // "Headline | Site | by Author": a trailing run of short segments that names the site goes with it.
    const site = parts.findIndex(
      (p, k) => k > 0 && isSite(p.text, sites) && parts.slice(k).every((q) => words(q.text) <= 6),
    );
    if (site > 0) t = t.slice(0, parts[site].start).replace(SEP_END, '').trim();
    else if (isSite(firstPart.text, sites) && parts.length >= 2) t = t.slice(parts[1].start).trim();
    else break;
  }
  return t;
}

const SEP_END = new RegExp(`(${SEP.source})$`);

function splitKeep(t: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = new RegExp(SEP.source, 'g');
  let last = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ text: t.slice(last, m.index), start: last });
    last = m.index + m[0].length;
  }
  out.push({ text: t.slice(last), start: last });
  return out.filter((p) => p.text.trim());
}

/** Metadata = visible headline + a suffix ("Headline | Sport"): the headline is the title. */
function preferH1(metaTitle: string, h1: string): boolean {
  const m = loose(metaTitle);
  const h = loose(h1);
  if (h.length < 4 || h.length >= m.length) return false;
  if (!m.startsWith(h)) return false;
  const rest = m.slice(h.length);
  return /^\s*[|\-·•»/–—]\s|^\s*[|·•»]/.test(rest) && words(rest) <= 6;
}

/**
 * Title from metadata: JSON-LD headline, Dublin Core, Open Graph, meta title,
 * Twitter, Parse.ly. JSON-LD "name" is a last resort: sites put IDs or their
 * own name there.
 */
function metadataTitle(page: Page, sites: string[], docTitle: string, h1s: string[]): string {
  const ld = page.ldArticle();
  // Some sites put a description in JSON-LD "headline" and the title in "name" (or the reverse):
  // with both, the one <title> contains is the headline (Readability's rule).
  const inTitle = (v: unknown) => typeof v === 'string' && v.length > 3 && loose(docTitle).includes(loose(v));
  // The visible headline (an <h1>) settles it the other way.
  const visible = (v: unknown) =>
    typeof v === 'string' && h1s.some((h) => loose(h) === loose(squash(decodeEntities(v))));
  const nameFirst =
    ld &&
    typeof ld.name === 'string' &&
    ld.name !== ld.headline &&
    inTitle(ld.name) &&
    !inTitle(ld.headline) &&
    !visible(ld.headline);
  const meta = (...keys: string[]) => page.meta(...keys);
  const clean = (v: unknown) => (typeof v === 'string' ? squash(decodeEntities(v)) : '');
  const og = clean(meta('og:title'));
  let headline = clean(nameFirst ? ld.name : ld?.headline);
  // "Kicker: Headline" in JSON-LD and "Headline" in Open Graph: the shorter one is the headline itself.
  if (headline && og && og.length < headline.length && words(og) >= 3 && loose(headline).includes(loose(og)))
    headline = og;
  const usable = (t: string) => !!t && /\s/.test(t) && !isSite(t, sites);
  const candidates = [
    headline,
    clean(meta('dc:title', 'dc.title', 'dcterm:title', 'dcterms:title', 'dcterms.title')),
    og,
    clean(meta('title', 'twitter:title', 'parsely-title', 'weibo:article:title')),
    clean(ld?.name),
  ];
  // A candidate that is only the site's name once its suffix is cut ("Yahoo News - Latest News") is no headline.
  // Titles without spaces (Chinese, Japanese) are only taken when no spaced one is.
  const stripped = candidates.map((t) => (t ? stripSite(t, sites) : ''));
  const ok = (t: string) => !!t && !isSite(t, sites);
  const k = candidates.findIndex((t, i) => usable(t) && ok(stripped[i]));
  return k >= 0 ? stripped[k] : (stripped.find(ok) ?? '');
}

const HIER = / [|\-–—\\/>»] /;
const words = (s: string) => s.trim().split(/\s+/).length;

/** <title> without metadata: drop the last " | Site" segment unless too little is left (readability's rule). */
function fromDocTitle(orig: string, sites: string[], h1s: string[]): string {
  let t = orig;
  let hierarchical = false;
  if (HIER.test(t)) {
    hierarchical = / [\\/>»] /.test(t);
    const seps = [...orig.matchAll(/ [|\-–—\\/>»] /g)];
    const last = seps[seps.length - 1];
    t = orig.slice(0, last.index);
    // "New Zealand - Wikipedia": a short title is still the title when the cut part is the site and the <h1> says the same.
    if (isSite(orig.slice(last.index + last[0].length), sites) && h1s.some((h) => loose(h) === loose(t)))
      return squash(t);
    if (words(t) < 3) t = orig.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, '');
  } else if (orig.length > 150 || orig.length < 15) {
    if (h1s.length === 1) t = h1s[0];
  } else {
    t = stripSite(orig, sites);
  }
  t = squash(t);
  const n = words(t);
  if (n <= 4 && (!hierarchical || n !== words(orig.replace(/[|\-–—\\/>»]+/g, '')) - 1)) t = orig;
  return t;
}

export function extractTitle(doc: Document, url: string, page: Page = pageOf(doc, url)): string {
  const sites = siteNames(doc, url, page);
  const docTitle = squash(decodeEntities(textOf(first(doc.head ?? doc, 'title') ?? first(doc, 'title'))));
  const h1s = firstH1s(doc);
  const m = metadataTitle(page, sites, docTitle, h1s);
  if (m) return h1s[0] && preferH1(m, h1s[0]) ? h1s[0] : m;
  if (docTitle) return fromDocTitle(docTitle, sites, h1s);
  return h1s[0] ?? '';
}

/** The first few <h1>s, through the tag collection: no selector walk over the whole page. */
function firstH1s(doc: Document): string[] {
  const out: string[] = [];
  const list = doc.getElementsByTagName('h1');
  for (let i = 0; i < list.length && i < 5; i++) {
    const t = squash(textOf(list[i]));
    if (t.length > 3 && t.length < 300) out.push(t);
  }
  return out;
}
