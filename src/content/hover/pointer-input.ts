/**
 * The pointer part: one delegated pointermove listener on the document (one check per animation frame,
 * whatever the pointer's event rate), never one per link. Touch never opens a card.
 */
import { fromReader } from './trusted-input';
import { hitTest } from './marks';
import type { CardView } from './card-view';
import type { LinkTarget, MentionTarget } from './targets';

export interface PointerDeps {
  view: CardView;
  hostEl: HTMLElement;
  linkAt: (node: EventTarget | null) => LinkTarget | null;
  mentions: readonly MentionTarget[];
  /** False once the extension context is gone (the caller then tears down). */
  live: () => boolean;
}

export function initPointer(signal: AbortSignal, { view, hostEl, linkAt, mentions, live }: PointerDeps): void {
  const { controller } = view;
  let queued: PointerEvent | null = null;
  const process = () => {
    const e = queued;
    queued = null;
    if (!e || signal.aborted || !live()) return;
    const under = e.target;
    if (under === hostEl) return; // the card handles its own enter/leave
    view.pointer = { x: e.clientX, y: e.clientY };
    const link = linkAt(under);
    if (link) {
      controller.enter(link, 'pointer');
      return;
    }
    const mention = under instanceof Node && mentions.length ? hitTest(mentions, under, e.clientX, e.clientY) : null;
    if (mention) controller.enter(mention, 'pointer');
    else controller.leave();
  };
  document.addEventListener(
    'pointermove',
    (e) => {
      if (!fromReader(e) || e.pointerType === 'touch') return;
      if (!queued) requestAnimationFrame(process);
      queued = e;
    },
    { passive: true, capture: true, signal },
  );
  // Pointer left the window.
  document.addEventListener('pointerout', (e) => fromReader(e) && !e.relatedTarget && controller.leave(), {
    passive: true,
    signal,
  });
}
