import { describe, expect, it } from 'vitest';
import { restrictionOf, viewFor } from '../../../src/popup/view-state';
import { validReport } from '../messaging/report-fixture';

describe('which popup state a tab gets', () => {
  it.each([
    [undefined, null],
    ['chrome://settings', 'browser'],
    ['about:addons', 'browser'],
    ['edge://newtab', 'browser'],
    ['moz-extension://x/y.html', 'browser'],
    ['view-source:https://a.example', 'browser'],
    ['file:///home/a.html', 'file'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/de/firefox/', 'store'],
    ['https://example.org/paper.PDF', 'pdf'],
    ['https://news.example/article', null],
    ['https://chrome.google.com/search', null],
  ])('%s -> %s', (url, expected) => {
    expect(restrictionOf(url)).toBe(expected);
  });

  it('shows a stored report whatever the URL', () => {
    const report = validReport();
    expect(viewFor('https://a.example', { status: 'ready', report }, null)).toEqual({ kind: 'report', report });
  });

  it('trusts the content script when the URL is hidden from us', () => {
    expect(viewFor(undefined, { status: 'none' }, { state: 'waiting' })).toEqual({ kind: 'analyzing' });
    expect(viewFor(undefined, { status: 'analyzing' }, { state: 'analyzing' })).toEqual({ kind: 'analyzing' });
    expect(viewFor(undefined, { status: 'none' }, null)).toEqual({ kind: 'restricted', reason: 'unreachable' });
    expect(viewFor(undefined, { status: 'none' }, { state: 'unsupported', contentType: 'application/pdf' })).toEqual({
      kind: 'restricted',
      reason: 'pdf',
    });
    expect(viewFor(undefined, { status: 'none' }, { state: 'unsupported', contentType: 'image/png' })).toEqual({
      kind: 'restricted',
      reason: 'unsupported',
    });
    expect(viewFor(undefined, { status: 'none' }, { state: 'disabled', host: 'a.example' })).toEqual({
      kind: 'disabled',
      host: 'a.example',
    });
  });

  it('knows a browser page by its URL without asking the page', () => {
    expect(viewFor('chrome://settings', { status: 'none' }, null)).toEqual({ kind: 'restricted', reason: 'browser' });
  });

  it('passes errors through', () => {
    expect(viewFor('https://a.example', { status: 'error', message: 'x' }, null)).toEqual({
      kind: 'error',
      message: 'x',
    });
  });
});
