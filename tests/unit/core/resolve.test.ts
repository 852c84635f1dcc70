import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveHref } from '../../../src/core/resolve';

/** What the URL parser says, with resolveHref's own rules: only http(s), null when unparsable. */
function reference(href: string, base: string): string | null {
  if (!href || /^\s*(javascript|mailto|tel|data):/i.test(href)) return null;
  try {
    const u = new URL(href.trim(), base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const segment = fc.constantFrom(
  'a',
  'story',
  'x.html',
  '..',
  '.',
  '%2e%2E',
  '%zz',
  'Ä',
  'a b',
  'q?x=1',
  '#f',
  'a:b',
  '',
  '~u',
  'A%20B',
);
const path = fc.array(segment, { maxLength: 5 }).map((p) => p.join('/'));
const host = fc.constantFrom(
  'example.com',
  'www.bbc.co.uk',
  'EXAMPLE.com',
  'xn--bcher-kva.de',
  '127.0.0.1',
  'fakehost',
  'a-b.example.org:8080',
);
const base = fc
  .tuple(fc.constantFrom('http', 'https'), host, path, fc.constantFrom('', '?q=1', '#top', '/'))
  .map(([s, h, p, tail]) => `${s}://${h}/${p}${tail}`);
const href = fc.oneof(
  path,
  path.map((p) => `/${p}`),
  path.map((p) => `//${p}`),
  fc.tuple(host, path).map(([h, p]) => `https://${h}/${p}`),
  fc.constantFrom(
    '?page=2',
    '#section',
    './a',
    '../b',
    'javascript:alert(1)',
    'mailto:x@y.z',
    '  story/1.html  ',
    'ftp://x.org/',
  ),
);

describe('resolveHref', () => {
  it('gives exactly what the URL parser gives, for every shape it resolves by hand', () => {
    fc.assert(
      fc.property(href, base, (h, b) => {
        expect(resolveHref(h, b)).toBe(reference(h, b));
      }),
      { numRuns: 5_000 },
    );
  });

  it('resolves a relative path against the base directory', () => {
    expect(resolveHref('story/1.html', 'https://news.example/politik/index.html?x=1#top')).toBe(
      'https://news.example/politik/story/1.html',
    );
    expect(resolveHref('story', 'https://news.example')).toBe('https://news.example/story');
    expect(resolveHref('../story', 'https://news.example/a/b/')).toBe('https://news.example/a/story');
    expect(resolveHref('%2e%2e/story', 'https://news.example/a/b/')).toBe('https://news.example/a/story');
  });
});
