/**
 * The one element Source Lens puts into a page: a custom element appended to
 * <html> (outside the body's layout and transforms) with a closed shadow root.
 * Page CSS cannot style what is inside; :host rules marked !important win over
 * any page rule on the host itself; our CSS never applies outside.
 */
import css from './card.css?inline';

export const HOST_TAG = 'source-lens-root';

export interface Host {
  el: HTMLElement;
  root: ShadowRoot;
  remove: () => void;
}

/** Events that stay inside: page shortcuts and "click outside" handlers never see our UI's keys and clicks. */
const KEPT_INSIDE = ['keydown', 'keyup', 'keypress', 'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'input', 'wheel'] as const;


export function createHost(): Host {
  const el = document.createElement(HOST_TAG);
  const root = el.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  for (const type of KEPT_INSIDE) el.addEventListener(type, (e) => e.stopPropagation());
  document.documentElement.append(el);
  // The top layer is above every z-index and outside every transformed ancestor.
  if ('showPopover' in el) {
    try {
      el.setAttribute('popover', 'manual');
      el.showPopover();
    } catch {
      el.removeAttribute('popover');
    }
  }
  return { el, root, remove: () => el.remove() };
}
