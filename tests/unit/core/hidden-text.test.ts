import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import { jsdom, linkedom, seedDirectory } from './helpers';

const page = (hidden: string) =>
  `<!doctype html><html lang="de"><head><title>Gipfel in Berlin</title><meta property="og:type" content="article"></head><body><article><h1>Gipfel in Berlin</h1>
<p>${'Die Regierung hat am Dienstag nach langen Verhandlungen ein neues Abkommen vorgestellt, das vieles neu ordnet. '.repeat(6)}</p>
<p>Laut Reuters war die Einigung knapp.</p>
${hidden}
</article></body></html>`;

const HIDDEN = [
  ['display:none', '<div style="display: none">Laut The New York Times war alles ganz anders.</div>'],
  [
    'visibility:hidden',
    '<p style="color:red; visibility:hidden !important">Laut The New York Times war alles ganz anders.</p>',
  ],
  ['hidden attribute', '<section hidden><p>Laut The New York Times war alles ganz anders.</p></section>'],
  ['aria-hidden container', '<div aria-hidden="true"><p>Laut The New York Times war alles ganz anders.</p></div>'],
] as const;

describe('hidden text is not an attribution', () => {
  for (const [name, html] of HIDDEN) {
    for (const [dom, parse] of [
      ['linkedom', linkedom],
      ['jsdom', jsdom],
    ] as const) {
      it(`${name} (${dom})`, () => {
        const r = analyze(parse(page(html)), { url: 'https://nachrichten.example/gipfel', directory: seedDirectory() });
        const outlets = r.mentions.map((m) => m.outlet);
        expect(outlets).toContain('Reuters');
        expect(outlets).not.toContain('The New York Times');
      });
    }
  }

  it('visible text with a style attribute still counts', () => {
    const r = analyze(linkedom(page('<p style="display:block">Laut The New York Times war alles ganz anders.</p>')), {
      url: 'https://nachrichten.example/gipfel',
      directory: seedDirectory(),
    });
    expect(r.mentions.map((m) => m.outlet)).toContain('The New York Times');
  });
});
