/**
 * Hostile pages, generated as HTML strings and served by the fixture server's
 * routes. Each is written to attack Source Lens (markup and script where text
 * belongs, javascript:/data: URLs, bidi tricks, sheer size, sabotaged DOM
 * methods, a body that never holds still, forged messages) and each carries a
 * page-side liveness check: a counter ticking on a timer and a button whose
 * handler works, so a test can prove the page still works afterwards.
 *
 * Canary: every payload, if it ever ran anywhere, increments `__pwned` in the
 * window it ran in. The page itself sets `window.__pwned = 0` and never runs a payload.
 */

/** Sets the canary in whatever window runs it. */
const RUN = 'window.__pwned=(window.__pwned||0)+1';
export const PAYLOADS = {
  img: `<img src=x onerror="${RUN}">`,
  script: `<script>${RUN}</script>`,
  svg: `<svg onload="${RUN}">`,
  iframe: `<iframe srcdoc="<script>parent.${RUN}</script>">`,
} as const;
/** What a test looks for in an extension page's text: the payload shown as text. */
export const PAYLOAD_TEXT = '<img src=x onerror=';

export const BAD_URLS = [
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `java\tscript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,${Buffer.from(`<script>${RUN}</script>`).toString('base64')}`,
  `vbscript:msgbox(1)`,
];

/** HTML-escapes text for element content and double-quoted attributes. */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PARA = [
  'Die Regierung hat am Dienstag nach langen Verhandlungen ein neues Abkommen vorgestellt, das die Zusammenarbeit in Fragen der Energie und des Handels neu ordnen soll.',
  'Beobachter sprechen von einem Wendepunkt, warnen aber zugleich vor überzogenen Erwartungen, denn viele Einzelheiten seien noch offen und müssten erst ausgehandelt werden.',
  'In den kommenden Wochen sollen Arbeitsgruppen beider Seiten die Details klären; ein erster Bericht wird für den Herbst erwartet, heißt es aus Regierungskreisen.',
];
const paras = (n: number) => Array.from({ length: n }, (_, i) => `<p>${PARA[i % PARA.length]}</p>`).join('\n');

/** The page-side liveness check: a ticking counter and a working button. Uses nothing a hostile override touches. */
const LIVENESS = `<script>
window.__pwned = 0;
window.__ticks = 0;
window.__clicks = 0;
setInterval(function () { window.__ticks++; }, 50);
</script>`;
const BUTTON = `<p><button id="live-btn" type="button" onclick="window.__clicks++; this.setAttribute('data-clicks', String(window.__clicks))">Page button</button></p>`;

interface PageParts {
  title: string;
  head?: string;
  body: string;
  lang?: string;
  /** Script that runs after the body (the liveness script always runs first, in <head>). */
  tail?: string;
}
function page({ title, head = '', body, lang = 'de', tail = '' }: PageParts): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-04T10:00:00+01:00">
${LIVENESS}
${head}
</head><body>
${BUTTON}
${body}
${tail}
</body></html>`;
}

/** Markup and script in every place Source Lens reads text from. */
export function markupPage(): string {
  const p = PAYLOADS;
  return page({
    title: esc(`Gipfel ${p.img} in Berlin ${p.script}`),
    head: [
      `<meta property="og:title" content="${esc(`Gipfel ${p.img} in Berlin: Einigung ${p.svg}`)}">`,
      `<meta property="og:site_name" content="${esc(`Hostile News ${p.img}`)}">`,
      `<meta name="author" content="${esc(`Mallory ${p.script}`)}">`,
      ...[p.img, p.script, `Politik ${p.svg}`].map((t) => `<meta property="article:tag" content="${esc(t)}">`),
      `<meta name="keywords" content="${esc(`${p.iframe}, Energie`)}">`,
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: `Gipfel ${p.img}`, keywords: [p.img, 'Handel'], author: { name: p.script } }).replace(/</g, '\\u003c')}</script>`,
    ].join('\n'),
    body: `<main><article>
<h1>${esc(`Gipfel ${p.img} in Berlin: Einigung ${p.svg}`)}</h1>
<p class="byline">Von ${esc(`Mallory ${p.script}`)}</p>
${paras(3)}
<p>Wie <a href="https://www.reuters.com/world/europe/summit-2025-03-04/">${esc(`Reuters ${p.img}`)}</a> berichtet, war die Einigung knapp.
Al Jazeera berichtet ${esc(p.svg)} von Protesten, und laut ${esc('<b>Reuters</b>')} gab es Streit.</p>
<p>Die <a href="https://www.aljazeera.com/news/2025/3/4/summit">${esc(`Al Jazeera ${p.script}`)}</a> zitierte einen Diplomaten.</p>
${paras(3)}
<h2>Quellen</h2>
<ol>
<li>Referenz 1 <a href="https://www.reuters.com/world/">${esc(`www.reuters.com ${p.img}`)}</a></li>
<li>Referenz 2 ${esc(`www.aljazeera.com ${p.script}`)}</li>
<li>Referenz 3 <a href="https://www.nytimes.com/2025/03/04/world/summit.html">${esc(`The New York Times ${p.iframe}`)}</a></li>
</ol>
<p>Quellen gesamt Web: 3 Social: 0 Foren: 0</p>
</article></main>`,
  });
}

/** javascript:, data: and vbscript: links everywhere; bidi overrides and zero-width characters in names and URLs. */
export function urlsPage(): string {
  const bad = BAD_URLS.map((u, i) => `<a href="${esc(u)}">Reuters Link ${i + 1}</a>`).join(', ');
  return page({
    title: 'Handelsstreit: Reu\u200Bters und die \u202Eneila\u202C Namen',
    head: `<link rel="canonical" href="${esc(BAD_URLS[0])}"><meta property="og:url" content="${esc(BAD_URLS[3])}">`,
    body: `<article>
<h1>Handelsstreit: Reu\u200Bters und die \u202Eneila\u202C Namen</h1>
${paras(3)}
<p>Laut Reuters gibt es Links, die nirgendwo hinführen dürfen: ${bad}.</p>
<p>Reu\u200Bters berichtet mit Nullbreite, Al\u200DJazeera berichtet mit Verbinder, und \u202EsretueR\u202C berichtet rückwärts.
Die New York Times betont, dass <a href="https://www.nytimes.com/2025/\u202Efdp.exe">die \u202Efdp.exe Datei</a> harmlos sei.</p>
<p>Siehe auch <a href="https://reu\u200Bters.com/world/">reu\u200Bters.com</a>, <a href="https://www.aljazeera.com/\u200B\u202E/news">Al Jazeera \u202Eswen\u202C</a>
und <a href="https://www.reuters.com/\u2066rtl\u2069/x">Reuters \u2066isolate\u2069</a>.</p>
${paras(3)}
<h2>Quellen</h2>
<ol>
${BAD_URLS.map((u, i) => `<li>Referenz ${i + 1} <a href="${esc(u)}">www.reuters.com</a></li>`).join('\n')}
<li>Referenz ${BAD_URLS.length + 1} <a href="https://www.reuters.com/\u202Egpj.exe">www.reuters.com \u202Egpj.exe</a></li>
</ol>
<p>Quelle: <a href="${esc(BAD_URLS[0])}">Reuters</a>, <a href="${esc(BAD_URLS[3])}">Al Jazeera</a></p>
</article>`,
  });
}

/** About 10 MB of article text. */
export function hugeTextPage(): string {
  const p = `<p>${PARA.join(' ')} Laut Reuters ist das so.</p>\n`;
  return page({
    title: 'Ein sehr langer Artikel',
    body: `<article><h1>Ein sehr langer Artikel</h1>\n${p.repeat(Math.ceil(10_000_000 / p.length))}</article>`,
  });
}

/** 100,000 outbound links in the article body. */
export function manyLinksPage(): string {
  const links = Array.from(
    { length: 100_000 },
    (_, i) => `<a href="https://site${i}.example.com/p">Quelle ${i}</a>`,
  ).join(' ');
  return page({
    title: 'Hunderttausend Links',
    body: `<article><h1>Hunderttausend Links</h1>${paras(4)}<p>Laut Reuters: ${links}</p>${paras(2)}</article>`,
  });
}

/**
 * 5,000 levels of nesting, built by script (HTML parsers cap nesting depth at
 * a few hundred). `display: contents`: Chromium's own layout crashes the tab
 * on 5,000 nested boxes with no extension at all; the DOM depth is what we test.
 */
export function deepPage(): string {
  const parsed = `${'<div>'.repeat(1_000)}<p>Tief im Parser-Baum: Reuters berichtet.</p>${'</div>'.repeat(1_000)}`;
  return page({
    title: 'Ein tief verschachtelter Artikel',
    body: `<article id="deep-root"><h1>Ein tief verschachtelter Artikel</h1>${parsed}</article>`,
    tail: `<script>
(function () {
  var cur = document.getElementById('deep-root');
  for (var i = 0; i < 5000; i++) { var d = document.createElement('div'); d.style.display = 'contents'; cur.appendChild(d); cur = d; }
  var texts = ${JSON.stringify(PARA)};
  for (var j = 0; j < 6; j++) { var p = document.createElement('p'); p.textContent = texts[j % 3] + (j === 2 ? ' Al Jazeera berichtet aus der Tiefe.' : ''); cur.appendChild(p); }
  window.__depth = 5000;
})();
</script>`,
  });
}

/**
 * The page sabotages the DOM and built-ins the content script uses. Content
 * scripts run in an isolated world (Chromium) or see the page through Xrays
 * (Firefox), so none of this may change the analysis.
 */
export function overridesPage(): string {
  return page({
    title: 'Sabotage: Reuters berichtet trotzdem',
    body: `<article><h1>Sabotage: Reuters berichtet trotzdem</h1>${paras(3)}
<p>Wie <a href="https://www.reuters.com/world/sabotage/">Reuters</a> berichtet, und laut Al Jazeera auch.</p>${paras(3)}
<p>Referenz 1</p><p>www.reuters.com</p></article>`,
    tail: `<script>
(function () {
  window.__overrideCalls = 0;
  var hit = function () { window.__overrideCalls++; throw new Error('hostile page override'); };
  var bogus = function () { window.__overrideCalls++; return []; };
  var t = function (f) { try { f(); } catch (e) { window.__overrideFailures = (window.__overrideFailures || 0) + 1; } };
  t(function () { Document.prototype.querySelectorAll = bogus; });
  t(function () { Element.prototype.querySelectorAll = bogus; });
  t(function () { Document.prototype.querySelector = function () { window.__overrideCalls++; return null; }; });
  t(function () { Element.prototype.querySelector = function () { window.__overrideCalls++; return null; }; });
  t(function () { Document.prototype.getElementsByTagName = bogus; });
  t(function () { Document.prototype.createTreeWalker = hit; });
  t(function () { Element.prototype.getAttribute = function () { window.__overrideCalls++; return 'javascript:window.__pwned=1'; }; });
  t(function () { Element.prototype.closest = hit; });
  t(function () { Element.prototype.attachShadow = hit; });
  t(function () { Node.prototype.contains = hit; });
  t(function () { Object.defineProperty(Node.prototype, 'textContent', { get: function () { window.__overrideCalls++; return '<img src=x onerror="window.__pwned=1">'; }, set: function () {}, configurable: true }); });
  t(function () { Object.defineProperty(Node.prototype, 'firstChild', { get: function () { window.__overrideCalls++; return null; }, configurable: true }); });
  t(function () { Object.defineProperty(Node.prototype, 'nextSibling', { get: function () { window.__overrideCalls++; return null; }, configurable: true }); });
  t(function () { Object.defineProperty(HTMLElement.prototype, 'innerText', { get: hit, configurable: true }); });
  t(function () { Object.defineProperty(Document.prototype, 'body', { get: function () { window.__overrideCalls++; return null; }, configurable: true }); });
  t(function () { Array.prototype.map = hit; });
  t(function () { Array.prototype.filter = hit; });
  t(function () { Array.prototype.forEach = hit; });
  t(function () { Array.prototype.includes = hit; });
  t(function () { Array.from = hit; });
  t(function () { String.prototype.replace = hit; });
  t(function () { String.prototype.toLowerCase = hit; });
  t(function () { RegExp.prototype.exec = hit; });
  t(function () { RegExp.prototype.test = hit; });
  t(function () { JSON.stringify = hit; });
  t(function () { JSON.parse = hit; });
  t(function () { window.Promise = hit; });
  t(function () { window.MutationObserver = hit; });
  t(function () { window.requestIdleCallback = hit; });
  t(function () { window.structuredClone = hit; });
  t(function () { window.URL = hit; });
  t(function () { window.TextDecoder = hit; });
  t(function () { Object.defineProperty(window, 'chrome', { value: { runtime: { sendMessage: hit, connect: hit, id: 'forged' } }, configurable: true }); });
  t(function () { Object.defineProperty(window, 'browser', { value: { runtime: { sendMessage: hit } }, configurable: true }); });
  window.__overridden = true;
})();
</script>`,
  });
}

/** Replaces document.body every 50 ms, forever. */
export function bodySwapPage(): string {
  return page({
    title: 'Ein Artikel, der nicht stillhält',
    body: `<article><h1>Ein Artikel, der nicht stillhält</h1>${paras(4)}<p>Laut Reuters ist das so.</p></article>`,
    tail: `<script>
(function () {
  var n = 0;
  var html = document.body.innerHTML;
  window.__swaps = 0;
  setInterval(function () {
    n++;
    var b = document.createElement('body');
    b.innerHTML = html.replace('Laut Reuters ist das so.', 'Laut Reuters ist das so (Fassung ' + n + ').');
    document.documentElement.replaceChild(b, document.body);
    window.__swaps = n;
  }, 50);
})();
</script>`,
  });
}

/**
 * Forges messages in every way a page can: window.postMessage look-alikes of
 * the extension's protocol, synthetic message events, and runtime.sendMessage
 * to the extension's id where the API exists at all. `?ext=<id>` names the target.
 */
export function messagesPage(): string {
  return page({
    title: 'Gefälschte Nachrichten an die Erweiterung',
    body: `<article><h1>Gefälschte Nachrichten an die Erweiterung</h1>${paras(4)}<p>Laut Reuters ist das so.</p></article>`,
    tail: `<script>
(function () {
  var ext = new URLSearchParams(location.search).get('ext') || '';
  var forged = { schemaVersion: 1, url: 'https://forged.example/', status: 'complete', isArticle: true, confidence: 1, reasons: [], title: 'FORGED ${esc(PAYLOADS.img)}',
    lang: 'en', metadata: { title: 'FORGED', lang: 'en', publishedTime: null, byline: null, siteName: null, canonicalUrl: null }, tags: ['FORGED'], references: [], mentions: [], links: [],
    outlets: [{ name: 'FORGED', domain: 'forged.example', category: 'news', country: null, type: null, homepage: 'javascript:window.__pwned=1', citedBy: { references: 0, mentions: 0, links: 0 }, urls: ['javascript:window.__pwned=1'], referenceIds: [], mentionIds: [], linkIds: [] }],
    declaredTotals: null, breakdown: { byCategory: { news: 1, social: 0, forum: 0, reference: 0, academic: 0, government: 0, other: 0 }, byCountry: {}, byType: {} },
    audit: { unreferencedMentions: [], unmentionedReferences: [] }, timings: { detectMs: 0, extractMs: 0, totalMs: 0 } };
  var msgs = [
    { type: 'report:publish', payload: { report: forged } },
    { type: 'report:failed', payload: { message: 'FORGED failure' } },
    { type: 'report:started', payload: {} },
    { type: 'report:get', payload: { tabId: 0 } },
    { type: 'page:analyze', payload: {} },
    { type: 'page:reveal', payload: { kind: 'link', id: 'lnk-1' } },
    { type: '__proto__', payload: null },
    'report:publish',
    null,
  ];
  window.__attempts = [];
  var send = function () {
    for (var i = 0; i < msgs.length; i++) {
      window.postMessage(msgs[i], '*');
      try { window.dispatchEvent(new MessageEvent('message', { data: msgs[i], origin: 'chrome-extension://' + ext })); } catch (e) {}
      document.dispatchEvent(new CustomEvent('source-lens', { detail: msgs[i] }));
    }
    var apis = [['chrome', window.chrome], ['browser', window.browser]];
    for (var j = 0; j < apis.length; j++) {
      var name = apis[j][0], api = apis[j][1];
      if (!api || !api.runtime || typeof api.runtime.sendMessage !== 'function') { window.__attempts.push(name + ': unavailable'); continue; }
      try {
        api.runtime.sendMessage(ext, msgs[0], function (reply) { window.__attempts.push(name + ': reply ' + JSON.stringify(reply)); });
        window.__attempts.push(name + ': sent');
      } catch (e) { window.__attempts.push(name + ': threw ' + e.message); }
    }
  };
  send();
  window.__sent = 1;
  // Again after the content script is surely listening.
  setTimeout(function () { send(); window.__sent = 2; }, 1500);
})();
</script>`,
  });
}

/** ~1,150 cited links with ~3.9 KB URLs: a ~10 MB report, as much as storage.session holds for every tab together. */
export function longLinksPage(): string {
  const pad = 'x'.repeat(3_880);
  const links = Array.from(
    { length: 1_150 },
    (_, i) => `<p>Mehr bei <a href="https://www.reuters.com/world/${i}/${pad}">Reuters ${i}</a>.</p>`,
  ).join('\n');
  return page({
    title: 'Tausend lange Links',
    body: `<article><h1>Tausend lange Links</h1>${paras(4)}<p>Laut Reuters ist das so.</p>\n${links}</article>`,
  });
}

/** A route loop: pushState to a new URL every 100 ms, forever. */
export function routeLoopPage(): string {
  return page({
    title: 'Ein Artikel mit unruhiger Adresse',
    body: `<article><h1>Ein Artikel mit unruhiger Adresse</h1>${paras(4)}<p>Laut Reuters ist das so.</p><p>Quelle: <a href="https://www.reuters.com/world/loop/">Reuters</a></p></article>`,
    tail: `<script>
(function () {
  var n = 0;
  window.__routes = 0;
  setInterval(function () { n++; history.pushState(null, '', location.pathname + '?route=' + n); window.__routes = n; }, 100);
})();
</script>`,
  });
}

export interface HostileFixture {
  name: string;
  path: string;
  html: () => string;
  /** Huge pages may stop early, with status too-large. */
  huge?: boolean;
}

export const HOSTILE_PAGES: HostileFixture[] = [
  { name: 'markup and script in every text field', path: '/hostile/markup.html', html: markupPage },
  { name: 'javascript:/data:/vbscript: URLs, bidi and zero-width tricks', path: '/hostile/urls.html', html: urlsPage },
  { name: '10 MB of text', path: '/hostile/huge-text.html', html: hugeTextPage, huge: true },
  { name: '100,000 links', path: '/hostile/many-links.html', html: manyLinksPage, huge: true },
  { name: '5,000 levels of nesting', path: '/hostile/deep.html', html: deepPage },
  { name: 'sabotaged DOM methods and built-ins', path: '/hostile/overrides.html', html: overridesPage },
  { name: 'a body replaced every 50 ms', path: '/hostile/body-swap.html', html: bodySwapPage },
  { name: 'forged messages to the extension', path: '/hostile/messages.html', html: messagesPage },
  { name: 'pushState every 100 ms', path: '/hostile/route-loop.html', html: routeLoopPage },
  { name: '1,150 long links (a 9.5 MB report)', path: '/hostile/long-links.html', html: longLinksPage },
];

/** Routes for startFixtureServer; each page is generated once and cached. */
export function hostileRoutes(): Record<string, () => string> {
  const routes: Record<string, () => string> = {};
  for (const f of HOSTILE_PAGES) {
    let cached: string | null = null;
    routes[f.path] = () => (cached ??= f.html());
  }
  return routes;
}
