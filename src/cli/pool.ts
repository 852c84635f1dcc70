/**
 * Runs page tasks on N worker threads (or in this thread for one job) and
 * hands the results back in input order, or as they finish (`unordered`).
 * Memory is bounded: a task is taken from the source only while fewer than
 * `limit` tasks are in flight or waiting for their turn in the output.
 */
import { Worker } from 'node:worker_threads';
import type { OutletDirectory } from '../outlets';
import type { Encoding, PageResult, PageTask } from './page';

/** How a worker builds its directory: a module and the name of a function it exports (tests pass a small one). */
export interface DirectorySpec {
  module: string;
  export: string;
}

export interface PoolOptions {
  jobs: number;
  unordered: boolean;
  /** In-thread analysis (jobs = 1) uses this directory. */
  directory: () => Promise<OutletDirectory>;
  workerDirectory?: DirectorySpec;
  encoding: Encoding;
}

export type Item<T> = { kind: 'task'; task: PageTask; meta: T } | { kind: 'other'; meta: T };

/** Results (and the source's other items, e.g. errors) in the order `emit` should see them. */
export async function runPool<T>(source: AsyncIterable<Item<T>>, opts: PoolOptions, emit: (meta: T, result: PageResult | null) => void): Promise<void> {
  if (opts.jobs <= 1) {
    // Loaded only here: with workers, the main thread never needs the analysis code (linkedom, core).
    const { analyzePage, encodeResult } = await import('./page');
    const dir = await opts.directory();
    for await (const item of source) emit(item.meta, item.kind === 'task' ? encodeResult(analyzePage(item.task, dir), opts.encoding) : null);
    return;
  }
  const workers = Array.from({ length: opts.jobs }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { directory: opts.workerDirectory, encoding: opts.encoding } }));
  const limit = opts.jobs * 4;
  const waiting = new Map<number, { meta: T; result: PageResult | null }>();
  const metas = new Map<number, T>();
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextSeq = 0;
  let nextOut = 0;
  let wake: (() => void) | null = null;
  // An object, so the checks below see what the 'error' handlers set.
  const state: { failure: Error | null } = { failure: null };
  const outstanding = () => nextSeq - nextOut;
  const flush = () => {
    for (let r = waiting.get(nextOut); r; r = waiting.get(nextOut)) {
      waiting.delete(nextOut++);
      emit(r.meta, r.result);
    }
  };
  const done = (seq: number, result: PageResult | null) => {
    const meta = metas.get(seq) as T;
    metas.delete(seq);
    if (opts.unordered) {
      // Unordered: emit now; the counter still moves so the bound holds.
      nextOut++;
      emit(meta, result);
    } else {
      waiting.set(seq, { meta, result });
      flush();
    }
    wake?.();
  };
  for (const w of workers) {
    w.on('message', (m: { seq: number; result: PageResult }) => {
      busy.set(w, (busy.get(w) ?? 1) - 1);
      done(m.seq, m.result);
    });
    w.on('error', (e) => {
      state.failure = e;
      wake?.();
    });
  }
  try {
    for await (const item of source) {
      while (outstanding() >= limit && !state.failure) await new Promise<void>((r) => (wake = r));
      if (state.failure) throw state.failure;
      const seq = nextSeq++;
      metas.set(seq, item.meta);
      if (item.kind === 'other') {
        done(seq, null);
        continue;
      }
      // The least busy worker; the bytes move to it instead of being copied.
      const [w] = [...busy.entries()].sort((a, b) => a[1] - b[1])[0];
      busy.set(w, (busy.get(w) ?? 0) + 1);
      const bytes = item.task.bytes;
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      w.postMessage({ seq, task: item.task }, owned ? [bytes.buffer] : []);
    }
    while (outstanding() > 0 && !state.failure) await new Promise<void>((r) => (wake = r));
    if (state.failure) throw state.failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
