/**
 * Only the reader opens a card or changes a setting, never the page.
 *
 * Page script can dispatch pointer and focus events and call element.focus(),
 * and it sees the same DOM we do. Events it dispatches are never `isTrusted`,
 * so every listener that opens a card or acts on a click checks that. A focus
 * moved by the page's own `el.focus()` is trusted, though: a cited link opens
 * its card on focus only right after a trusted key press (Tab, arrow keys,
 * access keys), which is what keyboard reading looks like.
 */
const KEY_FOCUS_MS = 1_000;

/** The reader's own input (the browser made the event), not the page's dispatchEvent. */
export function fromReader(e: Event): boolean {
  return e.isTrusted;
}

export interface KeyboardWatch {
  /** A trusted focus event that follows a trusted key press. */
  keyboardFocus: (e: FocusEvent) => boolean;
}

export function watchKeyboard(signal: AbortSignal): KeyboardWatch {
  let lastKey = -Infinity;
  addEventListener(
    'keydown',
    (e) => {
      if (fromReader(e)) lastKey = performance.now();
    },
    { capture: true, passive: true, signal },
  );
  return { keyboardFocus: (e) => fromReader(e) && performance.now() - lastKey < KEY_FOCUS_MS };
}

/** A click handler that runs only for the reader's own clicks (mouse, touch, Enter or Space on the button). */
export function onTrustedClick(el: HTMLElement, run: () => void): void {
  el.addEventListener('click', (e) => {
    if (fromReader(e)) run();
  });
}
