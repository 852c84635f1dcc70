/**
 * Generators for the fuzz properties: random DOM trees built node by node
 * (so text may hold anything, including "<" and lone surrogates), random head
 * metadata, and text mixing article words with the strings a hostile page
 * would use (markup, javascript:/data: URLs, bidi overrides, zero-width
 * characters, very long runs).
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** Per-test timeout that grows with the run count (10,000 runs take a while on 2 cores). */
export const TIMEOUT = Math.max(20_000, RUNS * 30);

const WORDS = [
  'Al Jazeera',
  'berichtet',
  'laut',
  'Reuters',
  'Die New York Times',
  'betont',
  'according to',
  'the BBC',
  'said',
  'told',
  'Spiegel',
  'Referenz 1',
  'Reference 2',
  'Quelle:',
  'Quellen',
  'Sources:',
  'www.aljazeera.com',
  'https://www.nytimes.com/x',
  'Web: 15',
  'Social: 3',
  'Foren: 2',
  'Quellen gesamt',
  'Sources total',
  'Mit Material von dpa',
  '(Reuters) –',
  'Berlin (dpa) -',
  'Berlin',
  'und',
  'der',
  'the',
  '.',
  ',',
  '\u00a0',
  '\n',
  '[1]',
  '1.',
  'dpa',
  'AFP',
  'x.com/a',
  'reddit.com/r/x',
  'en.wikipedia.org/wiki/X',
  'Von Anna Beispiel',
  'By Jane Doe',
];

/** What a hostile page puts where the extension reads text or URLs. */
export const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'-alert(1)-'",
  '{{constructor.constructor("alert(1)")()}}',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '\u202Egpj.exe',
  'Reu\u200Bters',
  'Al\u200DJazeera',
  '\uFEFF',
  '\u2066Reuters\u2069',
  '\uD800',
  '\uDFFF',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '&lt;b&gt;',
  '&#x3C;script&#x3E;',
  '%3Cscript%3E',
  '\u0000',
  '\r\n',
];

export const HREFS = [
  'https://www.aljazeera.com/news',
  'https://www.reuters.com/',
  'https://x.com/intent/tweet?u=1',
  '/internal',
  '#top',
  '',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '  javascript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'https://en.wikipedia.org/wiki/X',
  'https://www.facebook.com/sharer/sharer.php',
  '::bad::',
  'mailto:a@b.c',
  'tel:+49',
  'https://sub.nytimes.com/a',
  'http://192.168.0.1/x',
  'http://[::1]/x',
  'https://xn--80ak6aa92e.com/',
  'https://www.bbc.co.uk/news/\u202Egpj',
  'https://reu\u200Bters.com/',
  'https://a.example\u202E.com/',
  'file:///etc/passwd',
  'blob:https://x.example/1',
  'https://user:pw@www.reuters.com/',
  '//www.spiegel.de/x',
  'https://www.reuters.com/' + 'a'.repeat(5_000),
  'https://t.co/abc',
  'https://bit.ly/x',
  'https://www.reddit.com/r/news/comments/1',
];

/** Long runs: cheap filler mostly, sometimes a run of attributions (expensive for the mention finder). */
const long = fc.oneof(
  fc.nat(6_000).map((n) => 'x'.repeat(n)),
  fc.nat(5_000).map((n) => 'Lorem ipsum dolor sit amet '.repeat(Math.ceil(n / 27)).slice(0, n)),
  fc.nat(2_500).map((n) => 'Reuters berichtet '.repeat(Math.ceil(n / 18)).slice(0, n)),
);
export const atom = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HREFS) },
  { weight: 1, arbitrary: long },
);
export const text = fc.array(atom, { maxLength: 24 }).map((w) => w.join(' '));

const TAGS = [
  'div',
  'p',
  'span',
  'a',
  'article',
  'section',
  'h1',
  'h2',
  'h3',
  'nav',
  'footer',
  'aside',
  'ul',
  'ol',
  'li',
  'br',
  'table',
  'tr',
  'td',
  'script',
  'style',
  'strong',
  'time',
  'main',
  'header',
  'blockquote',
  'figure',
  'figcaption',
  'sup',
  'template',
  'svg',
  'iframe',
  'img',
  'b',
];
const CLASSES = [
  '',
  'share',
  'related',
  'references',
  'sources',
  'quellen',
  'tags',
  'byline',
  'author',
  'article-body',
  'content',
  'footnotes',
  'credit',
  'nav',
  'sidebar',
];
const ATTR_NAMES = [
  'class',
  'id',
  'rel',
  'role',
  'aria-hidden',
  'lang',
  'itemprop',
  'datetime',
  'title',
  'src',
  'onerror',
  'style',
  'data-x',
];

export type NodeSpec = string | { tag: string; attrs: [string, string][]; kids: NodeSpec[] };

const attrValue = fc.oneof(
  fc.constantFrom(...CLASSES),
  fc.constantFrom('tag', 'author', 'true', 'navigation', 'articleBody', 'datePublished'),
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 10 }),
);
const { node } = fc.letrec<{ node: NodeSpec }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc
        .tuple(
          fc.array(fc.tuple(fc.constantFrom(...ATTR_NAMES), attrValue), { maxLength: 2 }),
          fc.option(fc.constantFrom(...HREFS), { nil: undefined }),
        )
        .map(([a, href]) => (href === undefined ? a : [...a, ['href', href] as [string, string]])),
      kids: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
}));
export const tree = fc.array(node, { maxLength: 8 });

export interface HeadSpec {
  lang: string | null;
  title: string | null;
  metas: [string, string][];
  canonical: string | null;
  jsonld: string | null;
}
const META_KEYS = [
  'og:title',
  'og:type',
  'og:site_name',
  'og:url',
  'og:locale',
  'article:tag',
  'article:published_time',
  'article:author',
  'author',
  'keywords',
  'news_keywords',
  'description',
  'twitter:title',
  'application-name',
  'content-language',
  'date',
  'parsely-author',
];
const jsonld = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc
    .record({
      '@type': fc.constantFrom('NewsArticle', 'Article', 'WebPage', ['NewsArticle']),
      headline: text,
      keywords: fc.oneof(text, fc.array(text, { maxLength: 4 })),
      author: fc.oneof(text, fc.record({ name: text })),
      datePublished: text,
      publisher: fc.record({ name: text }),
    })
    .map((o) => JSON.stringify(o)),
  fc.constantFrom('{broken', '</script><script>alert(1)</script>', '[]', 'null'),
);
export const head: fc.Arbitrary<HeadSpec> = fc.record({
  lang: fc.option(
    fc.oneof(
      fc.constantFrom('de', 'en', 'en-US', 'de-DE', 'xx-invalid-lang-tag-that-is-long', 'ar'),
      fc.constantFrom(...HOSTILE),
    ),
    { nil: null },
  ),
  title: fc.option(text, { nil: null }),
  metas: fc.array(fc.tuple(fc.constantFrom(...META_KEYS), text), { maxLength: 6 }),
  canonical: fc.option(fc.constantFrom(...HREFS), { nil: null }),
  jsonld: fc.option(jsonld, { nil: null }),
});

export const URLS = [
  '',
  'https://nachrichten.example/politik/a-b-c-d',
  'https://www.nytimes.com/2025/01/01/x.html',
  'not a url',
  'file:///tmp/a.html',
  'javascript:alert(1)',
  'https://www.reuters.com/world/x',
];
export const url = fc.constantFrom(...URLS);

/** Builds a linkedom document node by node (no HTML parsing between the generator and the DOM). */
export function buildDocument(h: HeadSpec, body: NodeSpec[]): Document {
  const doc = parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  if (h.lang !== null) doc.documentElement.setAttribute('lang', h.lang);
  const add = (tag: string, attrs: Record<string, string>, txt?: string) => {
    const el = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (txt !== undefined) el.textContent = txt;
    doc.head.appendChild(el);
  };
  if (h.title !== null) add('title', {}, h.title);
  for (const [k, v] of h.metas) add('meta', k.includes(':') ? { property: k, content: v } : { name: k, content: v });
  if (h.canonical !== null) add('link', { rel: 'canonical', href: h.canonical });
  if (h.jsonld !== null) add('script', { type: 'application/ld+json' }, h.jsonld);
  const append = (parent: Node, spec: NodeSpec) => {
    if (typeof spec === 'string') {
      parent.appendChild(doc.createTextNode(spec));
      return;
    }
    const el = doc.createElement(spec.tag);
    for (const [k, v] of spec.attrs) el.setAttribute(k, v);
    parent.appendChild(el);
    for (const kid of spec.kids) append(el, kid);
  };
  for (const spec of body) append(doc.body, spec);
  return doc;
}

export const page = fc.record({ head, body: tree });
export type PageSpec = { head: HeadSpec; body: NodeSpec[] };
