import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { declaredUrl, fundusIndex, publishedUrl } from '../../../tools/corpus-pages';

const root = mkdtempSync(join(tmpdir(), 'corpus-pages-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'fundus'));
const row = {
  country_dir: 'de',
  publisher: 'Zeitung',
  html: 'de/Zeitung_2024_01_01.html.gz',
  url: 'https://www.zeitung.example/a?ref=rss#top',
};
writeFileSync(join(root, 'fundus/INDEX.json'), JSON.stringify([row]));

describe('corpus pages under their published URL', () => {
  it('reads fundus from the corpus root and from the fundus folder itself, paths relative to the folder given', () => {
    expect(fundusIndex(root).map((e) => e.html)).toEqual(['fundus/de/Zeitung_2024_01_01.html.gz']);
    expect(fundusIndex(join(root, 'fundus')).map((e) => e.html)).toEqual(['de/Zeitung_2024_01_01.html.gz']);
    expect(fundusIndex(join(root, 'nothing-here'))).toEqual([]);
  });

  it('keeps web URLs with their query, without the fragment, and nothing else', () => {
    expect(publishedUrl(row.url)).toBe('https://www.zeitung.example/a?ref=rss');
    expect(publishedUrl('https://www.zeitung.example/a?x=1&amp;y=2')).toBe('https://www.zeitung.example/a?x=1&y=2');
    expect(publishedUrl('javascript:alert(1)')).toBeNull();
    expect(publishedUrl('http://localhost/a')).toBeNull();
    expect(publishedUrl('not a url')).toBeNull();
    expect(publishedUrl(undefined)).toBeNull();
  });

  it("takes a page's canonical link, else its og:url", () => {
    const page = (head: string) => Buffer.from(`<!doctype html><html><head>${head}</head><body></body></html>`);
    expect(declaredUrl(page('<link rel="canonical" href="https://a.example/x#c">'))).toBe('https://a.example/x');
    expect(declaredUrl(page('<meta property="og:url" content="https://b.example/y">'))).toBe('https://b.example/y');
    expect(declaredUrl(page('<title>none</title>'))).toBeNull();
  });
});
