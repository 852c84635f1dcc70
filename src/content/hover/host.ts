/**
 * The one element Source Lens puts into a page: a plain <div> appended to
 * <html> (outside the body's layout and transforms) with a closed shadow root.
 *
 * Why a built-in element and not a custom one: a page can define any custom
 * element name first (customElements.define runs before us), and a custom
 * element's constructor can call attachInternals() and read our "closed"
 * shadow root through ElementInternals.shadowRoot. A <div> created by the
 * content script can be neither defined nor upgraded by the page, and its
 * closed root is reachable only through the reference we keep.
 *
 * The host carries no name, id, class or state attribute: nothing tells the
 * page that the card is open (or that it is ours). Page CSS cannot style what
 * is inside; :host rules marked !important win over any page rule on the
 * host itself; our CSS never applies outside.
 */
import css from './card.css?inline';

export interface Host {
  el: HTMLElement;
  root: ShadowRoot;
  remove: () => void;
}

/** Events that stay inside: page shortcuts and "click outside" handlers never see our UI's keys and clicks. */
const KEPT_INSIDE = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'input',
  'wheel',
] as const;

export function createHost(): Host {
  const el = document.createElement('div');
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
