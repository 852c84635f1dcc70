/**
 * The content script gate's `webextension-polyfill` (vite.config.ts aliases the
 * polyfill to this module in the gate's build only; the lazy stage, the popup,
 * the options and the background keep the polyfill). Compiling and running the
 * polyfill cost every page about 1.5 ms, and the gate needs none of it: it
 * calls only APIs that return promises in Firefox and in Chrome's MV3 alike
 * (runtime.sendMessage, storage.sync.get), adds listeners (storage.onChanged)
 * and answers the popup with sendResponse (bootstrap.ts), the one reply form
 * both browsers and the polyfill share.
 */
import type { Browser } from 'webextension-polyfill';

type Api = Partial<Browser> & { runtime?: { id?: string } };
const g = globalThis as unknown as { browser?: Api; chrome?: Api };
// Firefox's `browser`; an element with id="browser" on the page shows through as window.browser too, and has no runtime.
const api = typeof g.browser?.runtime?.id === 'string' ? g.browser : g.chrome;

export default api as Browser;
