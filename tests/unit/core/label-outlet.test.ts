import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { createDirectory } from '../../../src/outlets';
import { linkedom, seedDirectory } from './helpers';

const page = (body: string) =>
  `<!doctype html><html lang="de"><head><title>Gipfel in Berlin</title><meta property="og:type" content="article"></head><body><article><h1>Gipfel in Berlin</h1>
<p>${'Die Regierung hat am Dienstag nach langen Verhandlungen ein neues Abkommen vorgestellt, das vieles neu ordnet. '.repeat(6)}</p>
${body}</article></body></html>`;
const run = (body: string) =>
  analyze(linkedom(page(body)), { url: 'https://nachrichten.example/gipfel', directory: seedDirectory() });

describe('a link whose label names an outlet but whose URL is another domain', () => {
  it('the URL decides: evil.invalid is not listed as Reuters, and the label is kept to show the contradiction', () => {
    const r = run('<p>Quelle: <a href="https://evil.invalid/spoofed-reuters">Reuters</a></p>');
    const ref = r.references.find((x) => x.url === 'https://evil.invalid/spoofed-reuters')!;
    expect(ref).toBeTruthy();
    expect(ref.outlet).toBeNull();
    expect(ref.domain).toBe('evil.invalid');
    expect(ref.labelledAs).toBe('Reuters');
    const reuters = r.outlets.find((o) => o.name === 'Reuters');
    expect(reuters?.urls ?? []).not.toContain('https://evil.invalid/spoofed-reuters');
  });

  it('a label that agrees with its URL, or names no outlet, is no contradiction', () => {
    const r = run('<p>Quelle: <a href="https://www.reuters.com/world/x">Reuters</a></p>');
    expect(r.references[0]).toMatchObject({ outlet: 'Reuters', domain: 'reuters.com' });
    expect(r.references[0].labelledAs).toBeUndefined();
  });

  it('a label naming another known outlet than the URL’s is shown too, the URL still decides', () => {
    const r = run('<p>Quelle: <a href="https://www.nytimes.com/2025/x.html">Reuters</a></p>');
    expect(r.references[0]).toMatchObject({ outlet: 'The New York Times', labelledAs: 'Reuters' });
  });

  it('a domain written in the text is no link: it does not outvote the outlet its words name ("Quelle: ntv.de")', () => {
    const dir = createDirectory([
      {
        id: 'ntv',
        name: 'n-tv',
        aliases: ['ntv', 'n-tv.de'],
        domains: ['n-tv.de'],
        country: 'DE',
        languages: ['de'],
        type: 'broadcaster',
        owner: null,
      },
    ]);
    const r = analyze(linkedom(page('<p>Quelle: ntv.de</p>')), {
      url: 'https://nachrichten.example/gipfel',
      directory: dir,
    });
    expect(r.references[0]).toMatchObject({ outlet: 'n-tv', domain: 'ntv.de' });
    expect(r.references[0].labelledAs).toBeUndefined();
  });
});
