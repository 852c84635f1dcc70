import * as v from 'valibot';
import type { SourceReport } from '../core/types';
import { MAX_HIDDEN_PLACES, MAX_PLACE_CHARS, MAX_SNAPSHOT_CHARS } from './snapshot';

/**
 * THE registry: every message Source Lens sends, with its payload schema,
 * its reply, and who may send it. Nothing else defines a message.
 *
 *  - "content":   our own content script (sender.tab set, sender.id ours)
 *  - "extension": our own extension pages (popup, options), no sender.tab
 */
export type Origin = 'content' | 'extension';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** What the background knows about a tab. Stored in storage.session. */
export type TabState =
  | { status: 'none' }
  | { status: 'analyzing' }
  | { status: 'ready'; report: SourceReport }
  | { status: 'error'; message: string };

/** The background's answer to a snapshot: the report, and the two settings the page's marks and cards need. */
export interface AnalyzedPage {
  report: SourceReport;
  ui: { hoverCards: boolean; mentionMarks: boolean };
}

/**
 * Replies come from our own code, so they are typed, not validated:
 * `reply<T>()` is a phantom that carries the type only.
 */
const reply = <T>() => undefined as unknown as T;
type Ok = { ok: true };

/** Messages handled by the background. */
export const backgroundMessages = {
  /**
   * Content script: the page's snapshot (content/snapshot.ts). The background
   * parses and analyses it, stores the report for the popup and answers with
   * it (hover cards, marks). `full`: analyse even a page judged no article
   * (the popup's "Analyze anyway"). Page text stays data: it is parsed by
   * linkedom, which runs no script and loads nothing.
   */
  'report:analyze': {
    from: 'content',
    payload: v.object({
      html: v.pipe(v.string(), v.maxLength(MAX_SNAPSHOT_CHARS)),
      // A browser allows URLs of megabytes; the report keeps LIMITS.pageUrl of it.
      url: v.pipe(v.string(), v.maxLength(2_100_000)),
      cut: v.boolean(),
      hidden: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_PLACE_CHARS))), v.maxLength(MAX_HIDDEN_PLACES)),
      noscriptText: v.boolean(),
      full: v.boolean(),
    }),
    reply: reply<AnalyzedPage>(),
  },
  /** Popup: the stored state of a tab. */
  'report:get': { from: 'extension', payload: v.object({ tabId }), reply: reply<TabState>() },
  /** Content script (the card's "Turn off hover cards"): open the settings, where the reader confirms a change for every site. */
  'options:open': { from: 'content', payload: v.object({}), reply: reply<Ok>() },
} as const;

/** What the content script of a tab is doing; the popup asks when the background has no report yet. */
export type PageStatus =
  | { state: 'waiting' } // hidden tab or not idle yet
  | { state: 'analyzing' }
  | { state: 'done' }
  | { state: 'disabled'; host: string } // the user turned Source Lens off for this site
  | { state: 'unsupported'; contentType: string }; // PDF viewer, images, XML…

/** Messages handled by the content script (sent by the popup with tabs.sendMessage). */
export const contentMessages = {
  /** Is a content script here, and what is it doing? No reply at all = restricted page. */
  'page:status': { from: 'extension', payload: v.object({}), reply: reply<PageStatus>() },
  /** Run the full analysis now (pages first judged "not an article" only ran detection). */
  'page:analyze': { from: 'extension', payload: v.object({}), reply: reply<TabState>() },
  /** Scroll to a cited item and highlight it. */
  'page:reveal': {
    from: 'extension',
    payload: v.object({ kind: v.picklist(['reference', 'mention', 'link']), id: v.pipe(v.string(), v.maxLength(32)) }),
    reply: reply<{ found: boolean }>(),
  },
} as const;

export type Registry = Record<string, { from: Origin; payload: v.GenericSchema; reply: unknown }>;
export type PayloadOf<R extends Registry, K extends keyof R> = v.InferInput<R[K]['payload']>;
export type ReplyOf<R extends Registry, K extends keyof R> = R[K]['reply'];
export type BackgroundMessages = typeof backgroundMessages;
export type ContentMessages = typeof contentMessages;

export type { ErrorReply } from './error-reply';
