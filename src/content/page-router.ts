// Lazy chunk: the validated router for the popup's page:* requests (keeps the schema library out of the first chunk).
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { contentMessages } from '../messaging/protocol';
import { createRouter } from '../messaging/router';
import { createPageHandlers, type PageContext } from './page-handlers';

let route: ReturnType<typeof createRouter> | null = null;

export function routePageMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  ctx: PageContext,
): Promise<unknown> | undefined {
  route ??= createRouter(contentMessages, createPageHandlers(ctx), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL(''),
  });
  return route(message, sender);
}
