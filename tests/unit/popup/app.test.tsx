// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { act } from 'preact/test-utils';
import { App } from '../../../src/popup/app';
import { seedReport } from './fixtures';
import { mount } from './render';

vi.mock('webextension-polyfill', () => import('../browser-mock'));
const runtimeSend = browser.runtime.sendMessage as unknown as ReturnType<typeof vi.fn>;
const tabsSend = browser.tabs.sendMessage as unknown as ReturnType<typeof vi.fn>;

afterEach(() => vi.clearAllMocks());

async function settle(el: HTMLElement, selector: string) {
  for (let i = 0; i < 50 && !el.querySelector(selector); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  return el.querySelector(selector);
}

describe('the popup app', () => {
  it('asks the background for the active tab and shows its report', async () => {
    runtimeSend.mockResolvedValue({ status: 'ready', report: seedReport() });
    const el = await mount(<App />);
    expect(await settle(el, '.outlets')).not.toBeNull();
    expect(runtimeSend).toHaveBeenCalledWith({ type: 'report:get', payload: { tabId: 7 } });
    expect(document.documentElement.lang).toBe('en');
    expect(el.querySelector('main')!.getAttribute('aria-busy')).toBe('false');
  });

  it('shows "analyzing" while the page works', async () => {
    runtimeSend.mockResolvedValue({ status: 'analyzing' });
    tabsSend.mockResolvedValue({ state: 'analyzing' });
    const el = await mount(<App />);
    expect((await settle(el, '[data-state=analyzing]'))!.textContent).toContain('Analyzing this page');
  });

  it('shows the disabled state with the host', async () => {
    runtimeSend.mockResolvedValue({ status: 'none' });
    tabsSend.mockResolvedValue({ state: 'disabled', host: 'news.example' });
    const el = await mount(<App />);
    expect((await settle(el, '[data-state=disabled]'))!.querySelector('h1')!.textContent).toBe(
      'Source Lens is off on news.example',
    );
  });

  it('turns a failure to reach the background into the error state', async () => {
    runtimeSend.mockRejectedValue(new Error('Could not establish connection'));
    const el = await mount(<App />);
    expect((await settle(el, '[data-state=error]'))!.textContent).toContain('Could not establish connection');
  });

  it('has a labelled settings button', async () => {
    runtimeSend.mockResolvedValue({ status: 'ready', report: seedReport() });
    const el = await mount(<App />);
    expect(el.querySelector('.bar button')!.getAttribute('aria-label')).toBe('Settings');
  });
});
