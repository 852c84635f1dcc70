// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserMock } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));

const { cardOffset, lineHeightAt } = await import('../../../src/content/hover/position');
const { NOTICE_LINGER_MS, showNotice } = await import('../../../src/content/hover/card');

afterEach(() => vi.useRealTimers());

describe('where the card goes', () => {
  it('below the item, leaves the next line free; above it, a small gap', () => {
    expect(cardOffset('bottom-start', 24)).toBeGreaterThanOrEqual(24);
    expect(cardOffset('bottom-end', 30.5)).toBeGreaterThanOrEqual(31);
    expect(cardOffset('top-start', 24)).toBeLessThan(24);
  });

  it('reads the line height of the text around the item', () => {
    document.body.innerHTML =
      '<p style="font-size: 18px; line-height: 30px">Laut <a href="#">Reuters</a> hat</p><p style="font-size: 20px">x <b>y</b></p>';
    expect(lineHeightAt(document.querySelector('a')!)).toBe(30);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('b')!.firstChild!);
    expect(lineHeightAt(range)).toBe(28);
  });
});

describe('the off notice', () => {
  it('goes by itself after a few seconds', () => {
    vi.useFakeTimers();
    const card = document.createElement('div');
    document.body.append(card);
    showNotice(card, 'Source Lens is now off on example.org');
    expect(card.isConnected).toBe(true);
    vi.advanceTimersByTime(NOTICE_LINGER_MS - 1);
    expect(card.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(card.isConnected).toBe(false);
  });
});
