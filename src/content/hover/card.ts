/**
 * The card's DOM, built with textContent only: page text (outlet names,
 * attributions, URLs) can never become markup.
 */
import { countryName } from '../../shared/country';
import { t, typeLabel, uiLanguage } from '../../shared/i18n';
import type { CardModel } from './card-model';
import { onTrustedClick } from './trusted-input';

export interface CardActions {
  goToReference: (id: string) => void;
  turnOffCards: () => void;
  turnOffSite: () => void;
}

type Attrs = Record<string, string>;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  cls: string,
  text?: string | null,
  attrs: Attrs = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text != null) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** "Qatar (QA)": the name in the UI language with its code, or the code alone. */
function countryLabel(code: string): string {
  const name = countryName(code);
  return name !== code ? `${name} (${code})` : code;
}

function citedText(m: CardModel): string {
  const parts: string[] = [];
  if (m.cited.mentions) parts.push(t('citedMention', String(m.cited.mentions)));
  if (m.cited.links) parts.push(t('citedLink', String(m.cited.links)));
  return parts.join(' · ');
}

function fact(list: HTMLElement, label: string, value: string | null): void {
  if (!value) return;
  const row = el('div', 'fact');
  row.append(el('dt', '', label), el('dd', '', value));
  list.append(row);
}

const MENU_ICON =
  'M4 8a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z';

function menuIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', MENU_ICON);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

/** Builds a card; the caller places it. */
export function renderCard(model: CardModel, actions: CardActions): HTMLElement {
  const card = el('div', 'card', null, {
    role: 'dialog',
    'aria-label': t('cardLabel', model.title),
    dir: t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
    lang: uiLanguage(),
  });

  const head = el('div', 'head');
  const titles = el('div', 'titles');
  titles.append(el('div', 'brand', 'Source Lens'), el('div', 'name', model.title));
  if (model.domain && model.domain !== model.title) titles.append(el('div', 'domain', model.domain));
  const menuButton = el('button', 'menu-button', null, {
    type: 'button',
    'aria-haspopup': 'menu',
    'aria-expanded': 'false',
    'aria-label': t('cardMenu'),
    title: t('cardMenu'),
  });
  menuButton.append(menuIcon());
  head.append(titles, menuButton);

  const menu = el('div', 'menu', null, { role: 'menu', hidden: '' });
  const item = (label: string, run: () => void) => {
    const b = el('button', 'menu-item', label, { type: 'button', role: 'menuitem' });
    onTrustedClick(b, run);
    return b;
  };
  menu.append(item(t('cardTurnOffCards'), actions.turnOffCards), item(t('cardTurnOffSite'), actions.turnOffSite));
  onTrustedClick(menuButton, () => {
    const open = menu.hidden;
    menu.hidden = !open;
    menuButton.setAttribute('aria-expanded', String(open));
    if (open) (menu.firstElementChild as HTMLElement | null)?.focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const items = [...menu.querySelectorAll<HTMLElement>('.menu-item')];
    const i = items.indexOf(e.target as HTMLElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
    e.preventDefault();
  });

  card.append(head, menu);
  if (model.quote) card.append(el('p', 'quote', t('cardQuote', model.quote)));

  const facts = el('dl', 'facts');
  fact(facts, t('cardCategory'), t(`category_${model.category}`));
  fact(facts, t('country'), model.country ? countryLabel(model.country) : null);
  fact(facts, t('cardType'), model.type ? typeLabel(model.type) : null);
  const [state, since] = (model.status ?? '').split(/:(.*)/);
  if (state === 'closed' || state === 'renamed')
    fact(facts, t('cardStatus'), t(state === 'closed' ? 'cardClosed' : 'cardRenamed', since));
  if (model.platform) {
    fact(facts, t('cardPlatform'), model.platform.name);
    fact(facts, t('cardAccount'), model.platform.account);
  }
  fact(facts, t('cardReference'), model.referenceLabels.join(', ') || null);
  fact(facts, t('cardCited'), citedText(model) || null);
  card.append(facts);
  if (model.self) card.append(el('p', 'note', t('outletSelf')));
  if (model.notInDirectory) card.append(el('p', 'note', t('outletNotInDirectory')));
  if (!model.referenced && !model.self) card.append(el('p', 'note', t('cardNotReferenced')));

  const foot = el('div', 'actions');
  if (model.homepage) {
    foot.append(
      el('a', 'action', t('cardHomepage'), { href: model.homepage, target: '_blank', rel: 'noopener noreferrer' }),
    );
  }
  if (model.quote && model.reference) {
    const ref = model.reference;
    const go = el('button', 'action', t('cardGoToReference', ref.label), { type: 'button' });
    onTrustedClick(go, () => actions.goToReference(ref.id));
    foot.append(go);
  }
  if (foot.childElementCount) card.append(foot);
  return card;
}

/** How long a confirmation stays: long enough to read two sentences, short enough not to sit on the page. */
export const NOTICE_LINGER_MS = 5_000;

/**
 * Replaces the card's body with a short confirmation (after a menu action). It goes by itself,
 * whatever the settings change does to the page's session: a notice is not a dialog.
 */
export function showNotice(card: HTMLElement, text: string): void {
  card.replaceChildren(el('div', 'brand', 'Source Lens'), el('p', 'notice', text, { role: 'status' }));
  setTimeout(() => card.remove(), NOTICE_LINGER_MS);
}
