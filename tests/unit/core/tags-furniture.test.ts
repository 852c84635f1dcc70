import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { linkedom, testDirectory } from './helpers';

const dir = testDirectory();
const run = (body: string, url = 'https://www.site.example/start') =>
  analyze(linkedom(`<!doctype html><html lang="en"><head><title>Welcome</title></head><body>${body}</body></html>`), {
    url,
    directory: dir,
  });

describe('site furniture is never a tag', () => {
  it('a row of footer links beside the only heading of a non-article page', () => {
    const r = run(
      '<h1>Welcome to our site</h1><div><a href="/about">About</a><a href="/privacy">Privacy</a><a href="https://www.instagram.com/site">Instagram</a></div><p>Short teaser.</p>',
    );
    expect(r.tags).toEqual([]);
  });

  it('tag links in a sidebar, a navigation landmark or the footer', () => {
    for (const wrap of ['aside', 'div role="navigation"', 'footer', 'div role="contentinfo"']) {
      const tag = wrap.split(' ')[0];
      const r = run(
        `<h1>Welcome to our site</h1><p>Short teaser.</p><${wrap}><a href="/tag/politik">Politik</a><a href="/tag/sport">Sport</a></${tag}>`,
      );
      expect(r.tags, wrap).toEqual([]);
    }
  });

  it('utility pages and other sites in a tag-link row', () => {
    const r = run(
      '<h1>A headline</h1><div class="tags"><a href="/tag/politik">Politik</a><a href="/tag/wirtschaft">Wirtschaft</a></div><div><a href="https://other.example/tag/alpha">Alpha</a><a href="https://other.example/tag/beta">Beta</a><a href="https://other.example/tag/gamma">Gamma</a></div>',
    );
    expect(r.tags).toEqual(['Politik', 'Wirtschaft']);
  });

  it('still reads a row of topic links on the site itself, absolute or relative', () => {
    const r = run(
      '<h1>A headline</h1><div><a href="https://www.site.example/thema/iran">Iran</a><a href="https://site.example/thema/russland">Russland</a><a href="/thema/tuerkei">Türkei</a></div>',
    );
    expect(r.tags).toEqual(['Iran', 'Russland', 'Türkei']);
  });
});
