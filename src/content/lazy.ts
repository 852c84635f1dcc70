/**
 * The content script's lazy stage: the one ES module the gate (index.ts, a
 * classic script that every page runs) imports by URL, and only when a page
 * needs more than the gate has: hover cards and marks for a report that cites
 * something, the popup's page:* requests, a jump to a reference, the
 * validated settings. Each part is its own chunk behind an import() here, so
 * the popup's request does not load the cards. crxjs builds this file as the
 * declared content script (manifest.json); vite.config.ts puts the gate in the
 * place of crxjs' loader.
 */
import type { Runtime } from 'webextension-polyfill';
import type { SourceReport } from '../core/types';
import type { UiActions } from './hover';
import type { PageContext } from './page-handlers';
import type { UiSwitches } from './session';

export const mountHoverUi = (report: SourceReport, switches: UiSwitches, actions: UiActions) =>
  import('./hover').then((m) => m.mountHoverUi(report, switches, actions));

export const routePageMessage = (message: unknown, sender: Runtime.MessageSender, ctx: PageContext) =>
  import('./page-router').then((m) => m.routePageMessage(message, sender, ctx));

export const reveal = (report: SourceReport, id: string) =>
  import('./reveal').then((m) => m.reveal(report, 'reference', id));

export const loadSettings = () => import('../settings/store').then((m) => m.loadSettings());
