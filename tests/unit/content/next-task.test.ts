import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../../src/content/idle';

describe('nextTask', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it('resolves in a new task: a pending chain of microtasks runs to its end first', async () => {
    let done = 0;
    void (async () => {
      for (let i = 0; i < 1_000; i++) {
        // eslint-disable-next-line @typescript-eslint/await-thenable -- one microtask per step, on purpose
        await null;
        done++;
      }
    })();
    await nextTask();
    expect(done).toBe(1_000);
  });

  it('uses scheduler.yield() where the browser has it', async () => {
    const y = vi.fn(() => new Promise<void>((r) => setTimeout(r, 0)));
    (globalThis as { scheduler?: unknown }).scheduler = { yield: y };
    await nextTask();
    expect(y).toHaveBeenCalledOnce();
  });
});
