/**
 * The keyboard part for cited links: a link opens its card when it gets focus from the keyboard, like on
 * hover; focus leaving it hides the card after the grace period; Escape anywhere closes it.
 */
import { watchKeyboard } from './trusted-input';
import type { CardView } from './card-view';
import type { LinkTarget } from './targets';

export interface FocusDeps {
  view: CardView;
  hostEl: HTMLElement;
  linkAt: (node: EventTarget | null) => LinkTarget | null;
  /** False once the extension context is gone (the caller then tears down). */
  live: () => boolean;
}

export function initFocus(signal: AbortSignal, { view, hostEl, linkAt, live }: FocusDeps): void {
  const { controller } = view;
  const keys = watchKeyboard(signal);
  document.addEventListener(
    'focusin',
    (e) => {
      if (!keys.keyboardFocus(e) || !live()) return;
      if (e.target === hostEl) return;
      const link = linkAt(e.target);
      if (!link) return;
      view.returnFocus = link.el;
      controller.enter(link, 'focus');
    },
    { signal },
  );
  document.addEventListener(
    'focusout',
    (e) => {
      if (e.relatedTarget === hostEl) return; // focus moves into the card
      if (linkAt(e.target)) controller.leave();
    },
    { signal },
  );
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && (controller.shown || controller.pending)) controller.dismiss();
    },
    { signal },
  );
}
