import { describe, expect, it, vi } from 'vitest';
import { displayUrl, safeHref } from '../../../src/popup/safe-href';

vi.mock('webextension-polyfill', () => import('../browser-mock'));

describe('links', () => {
  it.each([
    ['https://a.example/x', 'https://a.example/x'],
    ['http://a.example', 'http://a.example/'],
    ['javascript:alert(1)', undefined],
    ['JAVASCRIPT:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['chrome://settings', undefined],
    ['not a url', undefined],
    [null, undefined],
  ])('safeHref(%s) = %s', (input, out) => {
    expect(safeHref(input)).toBe(out);
  });

  it('shortens URLs for display', () => {
    expect(displayUrl('https://www.nytimes.com/')).toBe('nytimes.com');
    expect(displayUrl('https://www.nytimes.com/a/b?c=1')).toBe('nytimes.com/a/b?c=1');
    // The site as everywhere else (siteKey): a fully qualified host loses its final dot too.
    expect(displayUrl('https://www.nytimes.com./a')).toBe('nytimes.com/a');
  });

  it('shows encoded paths decoded, without direction or invisible characters', () => {
    expect(displayUrl('https://www.aljazeera.net/news/%D8%AD%D8%A7')).toBe('aljazeera.net/news/حا');
    expect(displayUrl('https://a.example/%E2%80%AEfdp.exe')).toBe('a.example/fdp.exe');
    expect(displayUrl('https://a.example/100%25-sicher%E0%A4')).toBe('a.example/100%25-sicher%E0%A4');
  });
});
