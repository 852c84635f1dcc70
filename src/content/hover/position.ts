/**
 * Places the card next to what it describes with Floating UI: flips and
 * shifts so it always stays inside the viewport, follows scrolling, and for
 * an item that wraps over lines sits at the line the pointer is on. Below the
 * item it keeps one line's height free, so the hovered line and the next stay
 * readable (a card right under the link covered the sentence being read);
 * above it, a small gap is enough.
 */
import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

export type Anchor = Element | Range;

function reference(anchor: Anchor): Element | VirtualElement {
  if (anchor instanceof Element) return anchor;
  const context =
    anchor.startContainer instanceof Element ? anchor.startContainer : anchor.startContainer.parentElement;
  // A range whose text was removed has no rects: fall back to its element.
  const rect = () =>
    typeof anchor.getBoundingClientRect === 'function'
      ? anchor.getBoundingClientRect()
      : (context?.getBoundingClientRect() ?? new DOMRect());
  return {
    getBoundingClientRect: rect,
    getClientRects: () => (typeof anchor.getClientRects === 'function' ? [...anchor.getClientRects()] : [rect()]),
    contextElement: context ?? undefined,
  };
}

const GAP = 6;

/** The height of one line of the text around the item (its computed line-height, else 1.4 × font size). */
export function lineHeightAt(anchor: Anchor): number {
  const el =
    anchor instanceof Element
      ? anchor
      : anchor.startContainer instanceof Element
        ? anchor.startContainer
        : anchor.startContainer.parentElement;
  if (!el) return 20;
  const style = getComputedStyle(el);
  const line = parseFloat(style.lineHeight);
  if (Number.isFinite(line) && line > 0) return line;
  const font = parseFloat(style.fontSize);
  return Number.isFinite(font) && font > 0 ? font * 1.4 : 20;
}

/** Offset from the item: past the next line when the card sits below it. */
export function cardOffset(placement: string, line: number): number {
  return placement.startsWith('bottom') ? Math.ceil(line) + GAP : GAP;
}

/** Starts positioning; returns the function that stops it. */
export function place(anchor: Anchor, card: HTMLElement, pointer: { x: number; y: number } | null): () => void {
  const ref = reference(anchor);
  const line = lineHeightAt(anchor);
  const update = () => {
    void computePosition(ref, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(pointer ?? undefined),
        offset(({ placement }) => cardOffset(placement, line)),
        flip({ padding: 8, fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
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
