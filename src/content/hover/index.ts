/**
 * Lazy chunk: hover cards and mention marks. Loaded only once a report with
 * citations exists and the user wants cards or marks.
 *
 * Input is delegated: one pointermove listener (throttled to one check per
 * frame) and one focusin/focusout pair on the document, never one per link.
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
import { t } from '../../shared/i18n';
import { setSiteDisabled } from '../../settings/store';
import { sendToBackground } from '../../messaging/client';
import { fromReader, watchKeyboard } from './trusted-input';
import { createHoverController } from './controller';
import { cardModel } from './card-model';
import { renderCard, showNotice } from './card';
import { createHost, type Host } from './host';
import { addMarks, hitTest, type Marks } from './marks';
import { place } from './position';
import { citedAnchor, linkIndex, mentionTargets, type LinkTarget, type MentionTarget, type Target } from './targets';
import { createProxies } from './proxies';

const NOTICE_MS = 4_000;

export interface UiActions {
  goToReference: (id: string) => void;
  /** Cheap liveness check: false once the extension was updated or disabled. */
  alive: () => boolean;
  /** Called when `alive()` turned false: the caller tears everything down. */
  onDead: () => void;
}

export interface HoverUi {
  destroy: () => void;
  /** For tests and diagnostics. */
  readonly state: { marks: number; cards: boolean };
}

/**
 * A switch for every site is not flipped from inside a page: the card opens the
 * settings page, where the reader turns cards off (extension UI, out of the page's reach).
 */
async function turnOffCards(): Promise<void> {
  // A dead extension context has no settings page to open: the notice already says where the switch is.
  await sendToBackground('options:open', {}).catch(() => {});
}

async function turnOffSite(): Promise<void> {
  await setSiteDisabled(location.hostname, true);
}

export function mountHoverUi(report: SourceReport, settings: Pick<Settings, 'hoverCards' | 'mentionMarks'>, actions: UiActions): HoverUi {
  const ac = new AbortController();
  const { signal } = ac;
  const links = linkIndex(report);
  const mentions: MentionTarget[] = settings.mentionMarks ? mentionTargets(report) : [];
  const marks: Marks | null = mentions.length ? addMarks(mentions.map((m) => m.range), true) : null;
  const cards = settings.hoverCards;
  let host: Host | null = null;
  let card: HTMLElement | null = null;
  let stopPlacing: (() => void) | null = null;
  let pointer: { x: number; y: number } | null = null;
  let returnFocus: HTMLElement | null = null;
  const linkTargets = new WeakMap<Element, LinkTarget>();

  const ensureHost = (): Host => (host ??= createHost());
  // Made at once, not on the first card: the host's arrival must not tell the page that a card opened.
  if (cards) ensureHost();
  const keys = watchKeyboard(signal);

  const hideCard = () => {
    stopPlacing?.();
    stopPlacing = null;
    card?.remove();
    card = null;
    marks?.setActive(null);
  };

  const controller = createHoverController<Target>({
    show(target, via) {
      hideCard();
      const h = ensureHost();
      const model = cardModel(report, target.kind === 'link' ? { kind: 'link', link: target.link } : { kind: 'mention', mention: target.mention });
      const node = renderCard(model, {
        goToReference: (id) => {
          controller.dismiss();
          actions.goToReference(id);
        },
        // The notice first: turning a site off tears this UI down (the notice lingers).
        turnOffCards: () => {
          showNotice(node, t('cardCardsOffConfirm'));
          void turnOffCards();
        },
        turnOffSite: () => {
          showNotice(node, t('cardSiteOff', location.hostname));
          void turnOffSite();
        },
      });
      node.addEventListener('pointerenter', () => controller.enterCard());
      node.addEventListener('pointerleave', () => controller.leaveCard());
      node.addEventListener('focusin', () => controller.enterCard());
      node.addEventListener('focusout', (e) => {
        if (!node.contains(e.relatedTarget as Node | null)) controller.leaveCard();
      });
      node.addEventListener('keydown', (e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        const back = returnFocus;
        controller.dismiss();
        back?.focus({ preventScroll: true });
      });
      h.root.append(node);
      card = node;
      if (target.kind === 'mention') marks?.setActive(target.range);
      stopPlacing = place(target.kind === 'link' ? target.el : target.range, node, via === 'pointer' ? pointer : null);
    },
    hide: hideCard,
  });

  const check = (): boolean => {
    if (actions.alive()) return true;
    actions.onDead();
    return false;
  };

  if (cards) {
    // One check per animation frame, whatever the pointer's event rate.
    let queued: PointerEvent | null = null;
    const process = () => {
      const e = queued;
      queued = null;
      if (!e || !check()) return;
      const under = e.target;
      if (host && under === host.el) return; // the card handles its own enter/leave
      pointer = { x: e.clientX, y: e.clientY };
      const hit = citedAnchor(under, links);
      if (hit) {
        let target = linkTargets.get(hit.el);
        if (!target) linkTargets.set(hit.el, (target = { kind: 'link', link: hit.link, el: hit.el }));
        controller.enter(target, 'pointer');
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
    document.addEventListener('pointerout', (e) => fromReader(e) && !e.relatedTarget && controller.leave(), { passive: true, signal });
    document.addEventListener(
      'focusin',
      (e) => {
        if (!keys.keyboardFocus(e) || !check()) return;
        if (host && e.target === host.el) return;
        const hit = citedAnchor(e.target, links);
        if (!hit) return;
        let target = linkTargets.get(hit.el);
        if (!target) linkTargets.set(hit.el, (target = { kind: 'link', link: hit.link, el: hit.el }));
        returnFocus = hit.el;
        controller.enter(target, 'focus');
      },
      { signal },
    );
    document.addEventListener(
      'focusout',
      (e) => {
        if (host && e.relatedTarget === host.el) return; // focus moves into the card
        if (citedAnchor(e.target, links)) controller.leave();
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
    if (mentions.length) {
      createProxies(ensureHost().root, mentions, {
        focus: (m, button) => {
          returnFocus = button;
          pointer = null;
          const el = m.range.startContainer.parentElement;
          el?.scrollIntoView({ block: 'center' });
          controller.enter(m, 'focus');
        },
        blur: (related) => {
          if (!card || !card.contains(related)) controller.leave();
        },
        enterCard: () => {
          if (!card) return false;
          card.querySelector<HTMLElement>('a, button:not(.menu-button)')?.focus();
          return true;
        },
        escape: () => controller.dismiss(),
        signal,
      });
    }
  }

  return {
    destroy() {
      ac.abort();
      controller.destroy();
      marks?.remove();
      // A confirmation from the card's menu stays readable for a moment; everything else goes now.
      const h = host;
      host = null;
      if (h && card?.querySelector('.notice')) {
        setTimeout(() => {
          hideCard();
          h.remove();
        }, NOTICE_MS);
        return;
      }
      hideCard();
      h?.remove();
    },
    get state() {
      return { marks: mentions.length, cards };
    },
  };
}
