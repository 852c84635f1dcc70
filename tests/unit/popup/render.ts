import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container and flushes effects. */
export async function mount(vnode: VNode): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const el = document.createElement('div');
  document.body.append(el);
  await act(() => render(vnode, el));
  return el;
}

export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(async () => {
    (el as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

export const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

/** Any visible text that is a raw locale key (a missing translation) or empty. */
export function rawKeys(root: HTMLElement, keys: string[]): string[] {
  const text = root.textContent ?? '';
  return keys.filter((k) => new RegExp(`\\b${k}\\b`).test(text));
}
