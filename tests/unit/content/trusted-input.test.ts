// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromReader, onTrustedClick, watchKeyboard } from '../../../src/content/hover/trusted-input';

/** jsdom's dispatchEvent and click() make untrusted events, exactly like page script does. */
describe('only the reader acts: events the page dispatches are refused', () => {
  const ac = new AbortController();
  afterEach(() => ac.abort());

  it('a page-dispatched click does not run a card action', () => {
    const run = vi.fn();
    const b = document.createElement('button');
    document.body.append(b);
    onTrustedClick(b, run);
    b.click();
    b.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(run).not.toHaveBeenCalled();
  });

  it('page-dispatched pointer and focus events are not the reader’s', () => {
    expect(fromReader(new MouseEvent('pointermove'))).toBe(false);
    const keys = watchKeyboard(ac.signal);
    dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(keys.keyboardFocus(new FocusEvent('focusin'))).toBe(false);
  });
});
