/**
 * Text the reader cannot see is not an attribution: a `display:none`
 * "Laut The New York Times" must not count. Checked on containers only, and
 * cheaply: the `hidden` and `aria-hidden` attributes and an inline style work
 * in every DOM (linkedom, jsdom, browsers); the computed style is asked only
 * in a real browser (one that has Element.checkVisibility, which neither
 * linkedom nor jsdom implements: jsdom's computed style costs milliseconds a call).
 * A skipped container skips its whole subtree, so no ancestor is looked at twice.
 *
 * Where the DOM is a copy of a live page (the extension's background parses
 * the content script's snapshot), the computed style is gone: the content
 * script marks the containers the live page shows as hidden with HIDDEN_MARK.
 */
export const HIDDEN_MARK = 'data-source-lens-hidden';
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isInvisible(el: Element, container: boolean): boolean {
  try {
    if (typeof el.hasAttributes === 'function' && !el.hasAttributes()) return false;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const style = el.getAttribute('style');
    if (style && INLINE_HIDDEN.test(style)) return true;
    if (container && el.hasAttribute(HIDDEN_MARK)) return true;
    if (!container || !('checkVisibility' in el)) return false;
    const view = el.ownerDocument?.defaultView;
    if (!view) return false;
    const cs = view.getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden';
  } catch {
    return false;
  }
}
