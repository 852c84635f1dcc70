import { describe, expect, it } from 'vitest';
import { analyzeSnapshot, markHidden, noscriptAsText } from '../../../src/background/analyze-snapshot';
import { htmlDocument } from '../../../src/core/html-document';
import { analyze } from '../../../src/core/analyze';
import { HIDDEN_MARK } from '../../../src/core/hidden';
import type { PageSnapshot } from '../../../src/messaging/snapshot';
import { seedDirectory } from '../core/helpers';

const LONG =
  'Die Regierung hat am Dienstag nach langen Verhandlungen ein neues Abkommen vorgestellt, das vieles neu ordnet. '.repeat(
    6,
  );
/** <html><head/><body><article>(0) h1, p, p, div.note(3)</article></body></html>: the note sits at html > body(1) > article(0) > div(3). */
const HTML = `<!doctype html><html lang="de"><head><title>Gipfel in Berlin</title><meta property="og:type" content="article"><style>.note{display:none}</style></head><body><article><h1>Gipfel in Berlin</h1>
<p>${LONG}</p><p>Laut Reuters war die Einigung knapp.</p><div class="note"><p>Laut The New York Times war alles ganz anders.</p></div></article></body></html>`;
const URL = 'https://nachrichten.example/gipfel';
const snapshot = (over: Partial<PageSnapshot> = {}): PageSnapshot => ({
  html: HTML,
  url: URL,
  cut: false,
  hidden: [],
  noscriptText: false,
  ...over,
});
const outletsOf = (r: { mentions: { outlet: string }[] }) => r.mentions.map((m) => m.outlet);

describe('the background analysis of a snapshot', () => {
  const directory = async () => seedDirectory();

  it('gives the report the CLI gives the same markup', async () => {
    const report = await analyzeSnapshot(snapshot(), { full: false, directory });
    const cli = analyze(htmlDocument(HTML), { url: URL, directory: seedDirectory() });
    expect({ ...report, timings: null }).toEqual({ ...cli, timings: null });
  });

  it('does not count text the live page hid by its stylesheet', async () => {
    // Without the place the copy cannot know: the hidden attribution counts (this is what the mark prevents).
    expect(outletsOf(await analyzeSnapshot(snapshot(), { full: false, directory }))).toContain('The New York Times');
    const marked = await analyzeSnapshot(snapshot({ hidden: ['div:1/0/3'] }), { full: false, directory });
    expect(outletsOf(marked)).toContain('Reuters');
    expect(outletsOf(marked)).not.toContain('The New York Times');
  });

  it('leaves a place alone whose element is another tag in the copy', () => {
    const doc = htmlDocument(HTML);
    expect(markHidden(doc, ['section:1/0/3', 'div:1/0/3', 'div:9/9', 'p:'])).toBe(1);
    expect(doc.querySelectorAll(`[${HIDDEN_MARK}]`)).toHaveLength(1);
  });

  it('runs only detection on a page that is no article, unless asked for the full analysis', async () => {
    const listing = snapshot({
      html: '<html><head><title>Start</title></head><body><ul><li><a href="/a">A</a></li></ul></body></html>',
    });
    let asked = 0;
    const counting = async () => (asked++, seedDirectory());
    const quick = await analyzeSnapshot(listing, { full: false, directory: counting });
    expect(quick.status).toBe('detection-only');
    expect(asked).toBe(0);
    const full = await analyzeSnapshot(listing, { full: true, directory: counting });
    expect(full.status).toBe('complete');
    expect(asked).toBe(1);
  });

  it('says too-large when the markup was cut to fit a message', async () => {
    const report = await analyzeSnapshot(snapshot({ cut: true }), { full: false, directory });
    expect(report.status).toBe('too-large');
  });

  it('reads <noscript> as text when the live parser did', () => {
    const doc = htmlDocument('<html><body><noscript><p>Laut Reuters</p></noscript></body></html>');
    noscriptAsText(doc);
    const ns = doc.getElementsByTagName('noscript')[0];
    expect(ns.firstElementChild).toBeNull();
    expect(ns.textContent).toBe('<p>Laut Reuters</p>');
  });

  it('never runs page script: markup is data', async () => {
    const hostile = snapshot({
      html: `<html><body><img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=1</script>${HTML}</body></html>`,
    });
    await analyzeSnapshot(hostile, { full: true, directory });
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
