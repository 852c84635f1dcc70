/** Resolves when the tab is visible: background tabs do no work until the reader looks at them. */
export function whenVisible(signal: AbortSignal): Promise<void> {
  if (document.visibilityState === 'visible') return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onChange);
      resolve();
    };
    document.addEventListener('visibilitychange', onChange, { signal });
  });
}

/** Resolves in the browser's next idle period (or after `timeout` ms at the latest). */
export function whenIdle(timeout = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 50);
  });
}

type Yielding = { scheduler?: { yield?: () => Promise<void> } };

/**
 * Resolves in a new task: work after it is not part of the task that awaited
 * it (no long task from two halves), and the page's input and rendering go
 * first. scheduler.yield() where the browser has it (the continuation keeps
 * its place ahead of other tasks), else a MessageChannel message (a real task,
 * without setTimeout's 4 ms clamp after a few nested calls). Never a microtask.
 */
export function nextTask(): Promise<void> {
  const s = (globalThis as Yielding).scheduler;
  if (typeof s?.yield === 'function') return s.yield.call(s);
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
