import browser from 'webextension-polyfill';
import type { BackgroundMessages, ContentMessages, PayloadOf, ReplyOf } from './protocol';
import { isErrorReply } from './error-reply';

/** Typed senders. Only types are imported from the registry, so content scripts stay small. */
export async function sendToBackground<K extends Extract<keyof BackgroundMessages, string>>(
  type: K,
  payload: PayloadOf<BackgroundMessages, K>,
): Promise<ReplyOf<BackgroundMessages, K>> {
  const reply = await browser.runtime.sendMessage({ type, payload });
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as ReplyOf<BackgroundMessages, K>;
}

export async function sendToTab<K extends Extract<keyof ContentMessages, string>>(
  tabId: number,
  type: K,
  payload: PayloadOf<ContentMessages, K>,
): Promise<ReplyOf<ContentMessages, K>> {
  const reply = await browser.tabs.sendMessage(tabId, { type, payload });
  if (isErrorReply(reply)) throw new Error(reply.error);
  return reply as ReplyOf<ContentMessages, K>;
}
