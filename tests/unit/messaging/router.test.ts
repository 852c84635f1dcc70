import { describe, expect, it, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { backgroundMessages, contentMessages } from '../../../src/messaging/protocol';
import { createRouter, originOf } from '../../../src/messaging/router';
import { validReport } from './report-fixture';
import { MAX_SNAPSHOT_CHARS } from '../../../src/messaging/snapshot';

const env = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const fromContent: Runtime.MessageSender = {
  id: 'ours',
  tab: { id: 7 } as Runtime.MessageSender['tab'],
  url: 'https://news.example/a',
};
const fromPopup: Runtime.MessageSender = { id: 'ours', url: 'chrome-extension://ours/src/popup/index.html' };
const fromOtherExtension: Runtime.MessageSender = { id: 'evil', url: 'chrome-extension://evil/x.html' };

const SNAPSHOT = {
  html: '<html></html>',
  url: 'https://news.example/a',
  cut: false,
  hidden: ['div:1/0'],
  noscriptText: false,
  full: false,
};

function router() {
  const handlers = {
    'report:analyze': vi.fn(() => ({ report: validReport(), ui: { hoverCards: true, mentionMarks: true } })),
    'report:get': vi.fn(() => ({ status: 'none' as const })),
    'options:open': vi.fn(() => ({ ok: true as const })),
  };
  return { handlers, listen: createRouter(backgroundMessages, handlers, env) };
}

describe('message sender checks', () => {
  it('knows our content scripts, our pages, and nobody else', () => {
    expect(originOf(fromContent, env)).toBe('content');
    expect(originOf(fromPopup, env)).toBe('extension');
    expect(originOf(fromOtherExtension, env)).toBeNull();
    expect(originOf({ id: 'ours', url: 'https://attacker.example/' }, env)).toBeNull();
    // An extension page opened as a tab is still an extension page.
    expect(originOf({ ...fromPopup, tab: { id: 3 } as Runtime.MessageSender['tab'] }, env)).toBe('extension');
  });

  it('ignores messages from other extensions and unknown names', async () => {
    const { handlers, listen } = router();
    expect(listen({ type: 'report:get', payload: { tabId: 1 } }, fromOtherExtension)).toBeUndefined();
    expect(listen({ type: 'report:nuke', payload: {} }, fromPopup)).toBeUndefined();
    expect(listen({ type: 'toString', payload: {} }, fromPopup)).toBeUndefined();
    expect(listen('report:get', fromPopup)).toBeUndefined();
    expect(handlers['report:get']).not.toHaveBeenCalled();
  });

  it('only accepts each message from the side that may send it', async () => {
    const { handlers, listen } = router();
    // A content script (page-influenced) may not read other tabs' reports.
    expect(listen({ type: 'report:get', payload: { tabId: 1 } }, fromContent)).toBeUndefined();
    // The popup may not have a page analysed and stored as a tab's report.
    expect(listen({ type: 'report:analyze', payload: SNAPSHOT }, fromPopup)).toBeUndefined();
    expect(handlers['report:analyze']).not.toHaveBeenCalled();
  });

  it('answers a malformed payload with an error and never calls the handler', async () => {
    const { handlers, listen } = router();
    const reply = await listen({ type: 'report:get', payload: { tabId: 'seven' } }, fromPopup);
    expect(reply).toEqual({ error: expect.stringContaining('invalid report:get: tabId') });
    expect(
      await listen({ type: 'report:analyze', payload: { ...SNAPSHOT, hidden: 'div:1' } }, fromContent),
    ).toHaveProperty('error');
    expect(handlers['report:get']).not.toHaveBeenCalled();
    expect(handlers['report:analyze']).not.toHaveBeenCalled();
  });

  it('takes a page snapshot only from a content script, and only up to the size a message may carry', async () => {
    const { handlers, listen } = router();
    const snap = SNAPSHOT;
    expect(listen({ type: 'report:analyze', payload: snap }, fromPopup)).toBeUndefined();
    const huge = { ...snap, html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) };
    expect(await listen({ type: 'report:analyze', payload: huge }, fromContent)).toEqual({
      error: expect.stringContaining('invalid report:analyze: html'),
    });
    expect(handlers['report:analyze']).not.toHaveBeenCalled();
    expect(await listen({ type: 'report:analyze', payload: snap }, fromContent)).toHaveProperty('report');
    expect(handlers['report:analyze']).toHaveBeenCalledOnce();
  });

  it('passes a valid payload through and returns the reply', async () => {
    const { handlers, listen } = router();
    expect(await listen({ type: 'options:open', payload: {} }, fromContent)).toEqual({ ok: true });
    expect(handlers['options:open']).toHaveBeenCalledOnce();
    expect(await listen({ type: 'report:get', payload: { tabId: 3 } }, fromPopup)).toEqual({ status: 'none' });
  });

  it('turns a throwing handler into an error reply', async () => {
    const listen = createRouter(
      contentMessages,
      {
        'page:status': () => ({ state: 'done' as const }),
        'page:analyze': () => {
          throw new Error('boom');
        },
        'page:reveal': () => ({ found: false }),
      },
      env,
    );
    expect(await listen({ type: 'page:analyze', payload: {} }, fromPopup)).toEqual({ error: 'boom' });
    expect(
      await listen({ type: 'page:reveal', payload: { kind: 'link', id: 'x'.repeat(500) } }, fromPopup),
    ).toHaveProperty('error');
  });
});
