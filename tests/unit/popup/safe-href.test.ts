import { describe, expect, it, vi } from 'vitest';
import { displayUrl, safeHref } from '../../../src/popup/safe-href';
import { flagEmoji } from '../../../src/popup/components/flag';

vi.mock('webextension-polyfill', () => import('../browser-mock'));

describe('links and flags', () => {
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
  });

  it('draws flags from country codes only', () => {
    expect(flagEmoji('DE')).toBe('🇩🇪');
    expect(flagEmoji('de')).toBe('');
    expect(flagEmoji('DEU')).toBe('');
    expect(flagEmoji(null)).toBe('');
  });
});
