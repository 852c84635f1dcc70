import { describe, expect, it } from 'vitest';
import { analyze, detect, detectionOnlyReport } from '../../../src/core';
import { fixture, jsdom, linkedom, SEED_URL, seedDirectory } from './helpers';

const dir = seedDirectory();
const PARA =
  '<p>' +
  'Ein langer Absatz mit vielen Wörtern, der wie ein echter Artikeltext aussieht und mehr als genug Zeichen hat. '.repeat(
    3,
  ) +
  '</p>';

describe('hostile and huge pages', () => {
  it('survives 5,000 levels of nesting (no recursion)', () => {
    const doc = linkedom('<!doctype html><html><body></body></html>');
    let cur: Element = doc.body;
    for (let i = 0; i < 5000; i++) {
      const d = doc.createElement('div');
      cur.appendChild(d);
      cur = d;
    }
    for (let i = 0; i < 5; i++) {
      const p = doc.createElement('p');
      p.textContent =
        'Al Jazeera berichtet über einen langen Text, der viele Zeichen hat und wie ein Artikel wirkt. '.repeat(3);
      cur.appendChild(p);
    }
    const r = analyze(doc, { url: 'https://x.example/a', directory: dir });
    expect(r.status).toBe('complete');
    expect(r.mentions.length).toBe(15);
  });

  it('stops at the element limit and says so', () => {
    const html = `<html><body><article><h1>Titel des Artikels hier</h1>${PARA.repeat(50)}</article></body></html>`;
    const r = analyze(linkedom(html), { url: '', directory: dir, maxElements: 20 });
    expect(r.status).toBe('too-large');
    expect(r.title).toBe('Titel des Artikels hier');
  });

  it('stops at the link limit and says so', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="https://site${i}.com/">l${i}</a>`).join(' ');
    const r = analyze(linkedom(`<html><body><article>${PARA}<p>${links}</p></article></body></html>`), {
      url: '',
      directory: dir,
      maxLinks: 10,
    });
    expect(r.status).toBe('too-large');
    expect(r.links.length).toBe(10);
  });

  it('never throws when the page breaks DOM methods (jsdom prototypes overridden)', () => {
    const doc = jsdom(fixture('article.html'), SEED_URL);
    const win = doc.defaultView as unknown as { Element: typeof Element; Node: typeof Node };
    win.Element.prototype.getAttribute = () => {
      throw new Error('hostile');
    };
    Object.defineProperty(win.Node.prototype, 'textContent', {
      get: () => {
        throw new Error('hostile');
      },
    });
    expect(() => detect(doc, SEED_URL)).not.toThrow();
    const r = analyze(doc, { url: SEED_URL, directory: dir });
    expect(r.schemaVersion).toBe(1);
  });

  it('handles empty and odd documents', () => {
    for (const html of ['', '<html></html>', '<body><a href="::::">x</a></body>', '<frameset></frameset>']) {
      const r = analyze(linkedom(html), { url: 'not a url', directory: dir });
      expect(r.isArticle).toBe(false);
      expect(r.references).toEqual([]);
    }
  });
});

describe('detection-only report', () => {
  it('fills metadata and leaves extractions empty', () => {
    const doc = linkedom(fixture('article.html'));
    const d = detect(doc, SEED_URL);
    const r = detectionOnlyReport(doc, SEED_URL, d, { detectMs: 1, extractMs: 0, totalMs: 1 });
    expect(r.status).toBe('detection-only');
    expect(r.title).toBe('Iran und Russland: Historischer Militärpakt gegen den Westen unterzeichnet!');
    expect(r.lang).toBe('de');
    expect([r.tags, r.references, r.mentions, r.links, r.outlets]).toEqual([[], [], [], [], []]);
    expect(r.declaredTotals).toBeNull();
  });
});
