import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { documentHtml, styleHiddenContainers, takeSnapshot } from '../../../src/content/snapshot';
import { markHidden } from '../../../src/background/analyze-snapshot';
import { htmlDocument } from '../../../src/core/html-document';
import { HIDDEN_MARK } from '../../../src/core/hidden';
import { MAX_SNAPSHOT_CHARS } from '../../../src/messaging/snapshot';

/** A live page stand-in: linkedom has no stylesheets, so the computed style is given by class. */
function livePage(html: string, hiddenClass = 'hide'): Document {
  const { document, window } = parseHTML(html);
  (window as unknown as { getComputedStyle: (el: Element) => Partial<CSSStyleDeclaration> }).getComputedStyle = (el) =>
    el.classList.contains(hiddenClass)
      ? { display: 'none', visibility: 'visible' }
      : el.classList.contains('ghost')
        ? { display: 'block', visibility: 'hidden' }
        : { display: 'block', visibility: 'visible' };
  return document;
}

const PAGE = `<html><head><title>T</title><script>var big = "${'x'.repeat(1000)}";</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>.hide{display:none}</style></head>
<body><main><p>Eins</p><div class="hide"><div class="hide">doppelt</div></div><section class="ghost"><p>Zwei</p></section><span class="hide">inline</span></main><script>var inBody = 1;</script></body></html>`;

describe('the page snapshot', () => {
  it('lists containers hidden by style, not what lies below one, nor inline elements', () => {
    const doc = livePage(PAGE);
    const hidden = styleHiddenContainers(doc.documentElement);
    expect(hidden.map((el) => `${el.localName}.${el.className}`)).toEqual(['div.hide', 'section.ghost']);
  });

  it('gives places the background finds again in its own parse', () => {
    const snap = takeSnapshot(livePage(PAGE), 'https://news.example/a');
    expect(snap.hidden).toEqual(['div:1/0/1', 'section:1/0/2']);
    const copy = htmlDocument(snap.html);
    expect(markHidden(copy, snap.hidden)).toBe(2);
    expect([...copy.querySelectorAll(`[${HIDDEN_MARK}]`)].map((el) => el.className)).toEqual(['hide', 'ghost']);
  });

  it("drops the text of <head>'s scripts and styles, keeps JSON-LD and <body>'s scripts", () => {
    const html = documentHtml(livePage(PAGE));
    expect(html).not.toContain('var big');
    expect(html).not.toContain('.hide{display:none}');
    expect(html).toContain('{"@type":"NewsArticle"}');
    expect(html).toContain('var inBody = 1;');
    // The elements stay, so every place keeps its indices.
    expect(htmlDocument(html).head.children).toHaveLength(4);
  });

  it('keeps a page whose <head> does not open <html> as it is', () => {
    const doc = livePage(PAGE);
    doc.documentElement.insertBefore(doc.createComment('first'), doc.head);
    expect(documentHtml(doc)).toBe(doc.documentElement.outerHTML);
  });

  it('cuts markup that no message could carry at a tag, and says so', () => {
    const doc = livePage(
      `<html><head></head><body>${'<p>Absatz mit etwas Text.</p>'.repeat(Math.ceil(MAX_SNAPSHOT_CHARS / 26) + 10)}</body></html>`,
    );
    const snap = takeSnapshot(doc, 'https://news.example/a');
    expect(snap.cut).toBe(true);
    expect(snap.html.length).toBeLessThanOrEqual(MAX_SNAPSHOT_CHARS);
    expect(snap.html.endsWith('</p>')).toBe(true);
  });

  it('knows whether the live parser kept <noscript> as text', () => {
    const doc = livePage('<html><head></head><body><noscript></noscript></body></html>');
    doc.getElementsByTagName('noscript')[0].appendChild(doc.createTextNode('<img src=x>'));
    expect(takeSnapshot(doc, 'https://news.example/a').noscriptText).toBe(true);
    expect(
      takeSnapshot(livePage('<html><body><noscript><p>x</p></noscript></body></html>'), 'https://news.example/a')
        .noscriptText,
    ).toBe(false);
  });
});
