/**
 * Places the card next to what it describes with Floating UI: flips and
 * shifts so it always stays inside the viewport, follows scrolling, and for
 * an item that wraps over lines sits at the line the pointer is on.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

export type Anchor = Element | Range;

function reference(anchor: Anchor): Element | VirtualElement {
  if (anchor instanceof Element) return anchor;
  const context = anchor.startContainer instanceof Element ? anchor.startContainer : anchor.startContainer.parentElement;
  // A range whose text was removed has no rects: fall back to its element.
  const rect = () => (typeof anchor.getBoundingClientRect === 'function' ? anchor.getBoundingClientRect() : (context?.getBoundingClientRect() ?? new DOMRect()));
  return {
    getBoundingClientRect: rect,
    getClientRects: () => (typeof anchor.getClientRects === 'function' ? [...anchor.getClientRects()] : [rect()]),
    contextElement: context ?? undefined,
  };
}

/** Starts positioning; returns the function that stops it. */
export function place(anchor: Anchor, card: HTMLElement, pointer: { x: number; y: number } | null): () => void {
  const ref = reference(anchor);
  const update = () => {
    void computePosition(ref, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ?? undefined),
        offset(8),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            card.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };
  return autoUpdate(ref, card, update, { animationFrame: false });
}
