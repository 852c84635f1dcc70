/**
 * Keyboard access to mention marks, kept inside our shadow root: one button
 * per mark, last in the page's tab order, visible only while focused.
 */
import { t } from '../../shared/i18n';
import type { MentionTarget } from './targets';
import type { CardView } from './card-view';

export interface ProxyHandlers {
  focus: (m: MentionTarget, button: HTMLElement) => void;
  blur: (related: Node | null) => void;
  /** Moves focus into the open card; false when no card is open (yet). */
  enterCard: () => boolean;
  escape: () => void;
  signal: AbortSignal;
}

export function createProxies(root: ShadowRoot, mentions: MentionTarget[], h: ProxyHandlers): HTMLElement {
  const list = document.createElement('ul');
  list.className = 'proxies';
  list.setAttribute('aria-label', t('cardMentionsList'));
  mentions.forEach((m, i) => {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'proxy';
    b.textContent = t('cardMentionProxy', [m.mention.text, String(i + 1), String(mentions.length)]);
    b.addEventListener('focus', () => h.focus(m, b));
    b.addEventListener('blur', (e) => h.blur(e.relatedTarget as Node | null));
    b.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') {
        if (h.enterCard()) e.preventDefault();
      } else if (e.key === 'Escape') {
        h.escape();
      }
    });
    li.append(b);
    list.append(li);
  });
  root.append(list);
  h.signal.addEventListener('abort', () => list.remove(), { once: true });
  return list;
}

/**
 * The keyboard part for mention marks: focusing a mark's button scrolls the mark into view and opens its
 * card; Enter, Space or ArrowDown moves focus into the card; Escape closes it.
 */
export function initMarkKeys(signal: AbortSignal, root: ShadowRoot, mentions: MentionTarget[], view: CardView): void {
  const { controller } = view;
  createProxies(root, mentions, {
    focus: (m, button) => {
      view.returnFocus = button;
      view.pointer = null;
      const el = m.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center' });
      controller.enter(m, 'focus');
    },
    blur: (related) => {
      if (!view.card || !view.card.contains(related)) controller.leave();
    },
    enterCard: () => {
      if (!view.card) return false;
      view.card.querySelector<HTMLElement>('a, button:not(.menu-button)')?.focus();
      return true;
    },
    escape: () => controller.dismiss(),
    signal,
  });
}
