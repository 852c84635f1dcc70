/**
 * Keyboard access to mention marks, kept inside our shadow root: one button
 * per mark, last in the page's tab order, visible only while focused.
 */
import { t } from '../../shared/i18n';
import type { MentionTarget } from './targets';

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
