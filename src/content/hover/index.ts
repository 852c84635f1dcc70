/**
 * Lazy chunk: hover cards and mention marks. Loaded only once a report with
 * citations exists and the user wants cards or marks.
 *
 * The UI is a few parts, each set up by an init that gets one AbortSignal and
 * ties everything it adds to it (listeners with `{ signal }`, nodes removed on
 * abort), as refined-github's feature manager does; `destroy()` or the
 * caller's signal aborts it, and nothing stays behind:
 *
 *   part           file              runs when
 *   marks          marks.ts          mention marks on
 *   shadow host    host.ts           hover cards on (made at once: its arrival must not tell the page that a card opened)
 *   card           card-view.ts      hover cards on
 *   link targets   targets.ts        hover cards on
 *   pointer        pointer-input.ts  hover cards on
 *   keyboard       focus-input.ts    hover cards on
 *   mark keys      proxies.ts        hover cards and mention marks on, and the page has mentions
 *
 * Keyboard access: a cited link opens its card when it gets focus, like on
 * hover. Mention marks are not focusable page elements (we never modify the
 * page), so our own shadow root holds one button per mark, at the very end
 * of the tab order; each is invisible until focused, then shows as a small
 * chip, scrolls its mark into view and opens the card. Enter or ArrowDown
 * moves focus into the card; Escape closes it and returns focus.
 */
import type { SourceReport } from '../../core/types';
import type { Settings } from '../../settings/schema';
import { initCardView } from './card-view';
import { initFocus } from './focus-input';
import { createHost } from './host';
import { initMarks } from './marks';
import { initPointer } from './pointer-input';
import { initMarkKeys } from './proxies';
import { linkTargets, mentionTargets, type MentionTarget } from './targets';

export interface UiActions {
  goToReference: (id: string) => void;
  /** Cheap liveness check: false once the extension was updated or disabled. */
  alive: () => boolean;
  /** Called when `alive()` turned false: the caller tears everything down. */
  onDead: () => void;
  /** The caller's session: its abort tears the UI down as `destroy()` does. */
  signal?: AbortSignal;
}

export interface HoverUi {
  destroy: () => void;
  /** For tests and diagnostics. */
  readonly state: { marks: number; cards: boolean };
}

export function mountHoverUi(
  report: SourceReport,
  settings: Pick<Settings, 'hoverCards' | 'mentionMarks'>,
  actions: UiActions,
): HoverUi {
  const cards = settings.hoverCards;
  if (actions.signal?.aborted) return { destroy: () => {}, state: { marks: 0, cards } };
  const ac = new AbortController();
  const { signal } = ac;
  actions.signal?.addEventListener('abort', () => ac.abort(), { once: true, signal });

  const mentions: MentionTarget[] = settings.mentionMarks ? mentionTargets(report) : [];
  const marks = initMarks(
    signal,
    mentions.map((m) => m.range),
  );
  if (cards) {
    const live = (): boolean => {
      if (actions.alive()) return true;
      actions.onDead();
      return false;
    };
    const host = createHost();
    const view = initCardView(signal, { report, host, marks, goToReference: actions.goToReference });
    const linkAt = linkTargets(report);
    initPointer(signal, { view, hostEl: host.el, linkAt, mentions, live });
    initFocus(signal, { view, hostEl: host.el, linkAt, live });
    if (mentions.length) initMarkKeys(signal, host.root, mentions, view);
  }

  return {
    destroy: () => ac.abort(),
    state: { marks: mentions.length, cards },
  };
}
