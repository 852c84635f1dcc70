/**
 * The card-controller part: which card is open, built from the report, placed by the page item it describes,
 * shown and hidden on the controller's timing. The input parts only tell it where the pointer or focus is.
 *
 * It owns the host's end too: on teardown a confirmation from the card's menu stays readable for a moment
 * (turning a site off tears this UI down while its notice is on show); everything else goes at once.
 */
import type { SourceReport } from '../../core/types';
import { t } from '../../shared/i18n';
import { sendToBackground } from '../../messaging/client';
import { createHoverController, type HoverController } from './controller';
import { cardModel } from './card-model';
import { renderCard, showNotice } from './card';
import type { Host } from './host';
import type { Marks } from './marks';
import { place } from './position';
import type { Target } from './targets';

const NOTICE_MS = 4_000;

export interface CardView {
  controller: HoverController<Target>;
  /** The open card, if any. */
  readonly card: HTMLElement | null;
  /** Where the pointer was last (the card sits at that line of a wrapped item); null for keyboard opens. */
  pointer: { x: number; y: number } | null;
  /** Where Escape in the card sends focus back to. */
  returnFocus: HTMLElement | null;
}

export interface CardViewDeps {
  report: SourceReport;
  host: Host;
  marks: Marks | null;
  goToReference: (id: string) => void;
}

/**
 * A switch for every site is not flipped from inside a page: the card opens the
 * settings page, where the reader turns cards off (extension UI, out of the page's reach).
 */
async function turnOffCards(): Promise<void> {
  // A dead extension context has no settings page to open: the notice already says where the switch is.
  await sendToBackground('options:open', {}).catch(() => {});
}

/**
 * The settings store loads on this click only: it brings the schema library and the public-suffix list
 * (about 140 KB of code), which every article page with a card would otherwise evaluate for a button
 * few readers press.
 */
async function turnOffSite(): Promise<void> {
  const { setSiteDisabled } = await import('../../settings/store');
  await setSiteDisabled(location.hostname, true);
}

export function initCardView(signal: AbortSignal, { report, host, marks, goToReference }: CardViewDeps): CardView {
  let card: HTMLElement | null = null;
  let stopPlacing: (() => void) | null = null;

  const hideCard = () => {
    stopPlacing?.();
    stopPlacing = null;
    card?.remove();
    card = null;
    marks?.setActive(null);
  };

  const show = (target: Target, via: 'pointer' | 'focus') => {
    hideCard();
    const model = cardModel(
      report,
      target.kind === 'link' ? { kind: 'link', link: target.link } : { kind: 'mention', mention: target.mention },
    );
    const node = renderCard(model, {
      goToReference: (id) => {
        controller.dismiss();
        goToReference(id);
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
      const back = view.returnFocus;
      controller.dismiss();
      back?.focus({ preventScroll: true });
    });
    host.root.append(node);
    card = node;
    if (target.kind === 'mention') marks?.setActive(target.range);
    stopPlacing = place(
      target.kind === 'link' ? target.el : target.range,
      node,
      via === 'pointer' ? view.pointer : null,
    );
  };

  const controller = createHoverController<Target>({ show, hide: hideCard });
  const view: CardView = {
    controller,
    get card() {
      return card;
    },
    pointer: null,
    returnFocus: null,
  };

  signal.addEventListener(
    'abort',
    () => {
      controller.destroy();
      const end = () => {
        hideCard();
        host.remove();
      };
      if (card?.querySelector('.notice')) setTimeout(end, NOTICE_MS);
      else end();
    },
    { once: true },
  );
  return view;
}
