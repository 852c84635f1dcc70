/**
 * When a hover card shows and hides, as Wikipedia's Page Previews do it:
 * show after a dwell, hide after a grace period once the pointer (or focus)
 * leaves, keep open while the pointer is in the card, close on Escape.
 * Pure timing: no DOM, so it is tested with fake timers.
 */
export const DWELL_MS = 500;
export const GRACE_MS = 300;

export interface HoverCallbacks<T> {
  show: (target: T, via: 'pointer' | 'focus') => void;
  hide: () => void;
}

export interface HoverController<T> {
  /** Pointer or focus arrived on a target. */
  enter: (target: T, via: 'pointer' | 'focus') => void;
  /** Pointer or focus left the current target. */
  leave: () => void;
  /** Pointer or focus is inside the card: keep it. */
  enterCard: () => void;
  leaveCard: () => void;
  /** Escape: close at once; the same target does not reopen until left. */
  dismiss: () => void;
  readonly shown: T | null;
  readonly pending: T | null;
  destroy: () => void;
}

export function createHoverController<T>(
  cb: HoverCallbacks<T>,
  dwell = DWELL_MS,
  grace = GRACE_MS,
): HoverController<T> {
  let shown: T | null = null;
  let pending: T | null = null;
  let dismissed: T | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;

  const clearShow = () => {
    clearTimeout(showTimer);
    showTimer = undefined;
    pending = null;
  };
  const clearHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const hideNow = () => {
    clearShow();
    clearHide();
    if (shown !== null) {
      shown = null;
      cb.hide();
    }
  };

  return {
    enter(target, via) {
      if (target === dismissed) return;
      dismissed = null;
      if (target === shown) {
        clearHide();
        clearShow();
        return;
      }
      if (target === pending) return;
      clearShow();
      pending = target;
      showTimer = setTimeout(() => {
        pending = null;
        clearHide();
        shown = target;
        cb.show(target, via);
      }, dwell);
    },
    leave() {
      dismissed = null;
      clearShow();
      if (shown !== null && hideTimer === undefined) hideTimer = setTimeout(hideNow, grace);
    },
    enterCard() {
      clearHide();
      clearShow();
    },
    leaveCard() {
      if (shown !== null && hideTimer === undefined) hideTimer = setTimeout(hideNow, grace);
    },
    dismiss() {
      dismissed = shown ?? pending;
      hideNow();
    },
    get shown() {
      return shown;
    },
    get pending() {
      return pending;
    },
    destroy() {
      clearShow();
      clearHide();
      shown = null;
    },
  };
}
