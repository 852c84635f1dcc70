/**
 * Runs page tasks on N worker threads (or in this thread for one job) and
 * hands the results back in input order, or as they finish (`unordered`).
 * A worker is given a page only when it has fewer than two (one running, one
 * waiting, so it never idles for a message's round trip): a slow page holds
 * up its own worker, not a queue of pages behind it while the others idle.
 * Memory is bounded: a task is taken from the source only while fewer than
 * `WINDOW` pages per worker are in flight or waiting for their turn in the output.
 */
import { Worker } from 'node:worker_threads';
import type { OutletDirectory } from '../outlets';
import { loadCore, workerScript, type CoreModule } from './core-bundle';
import type { Encoding, PageResult, PageTask } from './page';
import { WORKER_ROLE, type DirectorySpec, type WorkerData } from './worker-protocol';

export type { DirectorySpec } from './worker-protocol';

export interface PoolOptions {
  jobs: number;
  unordered: boolean;
  /** In-thread analysis (jobs = 1) uses this directory; default the full one. */
  directory?: OutletDirectory;
  workerDirectory?: DirectorySpec;
  encoding: Encoding;
}

export type Item<T> = { kind: 'task'; task: PageTask; meta: T } | { kind: 'other'; meta: T };

const PER_WORKER = 2;
/**
 * A worker's new space (two semi-spaces and the large-object space: 3 × 4 MB). V8's default lets it grow to
 * 48 MB as the pages go by, one of the reasons peak memory grew with the input's length (see main.ts).
 */
const YOUNG_MB = 12;
/** Pages per worker in flight or finished and waiting for an earlier one (the reorder window). */
const WINDOW = 16;

/** Results (and the source's other items, e.g. errors) in the order `emit` should see them. */
export async function runPool<T>(
  source: AsyncIterable<Item<T>>,
  opts: PoolOptions,
  emit: (meta: T, result: PageResult | null) => void,
): Promise<void> {
  if (opts.jobs <= 1) {
    // Loaded only here: with workers, the main thread never needs the analysis code (linkedom, core).
    // A directory object given (tests) is analysed with the TypeScript modules it was built from.
    const core = opts.directory ? await import('./page') : await loadCore();
    const dir = opts.directory ?? (await (core as CoreModule).loadDirectory());
    for await (const item of source)
      emit(item.meta, item.kind === 'task' ? core.encodeResult(core.analyzePage(item.task, dir), opts.encoding) : null);
    return;
  }
  const script = await workerScript();
  const data: WorkerData = {
    role: WORKER_ROLE,
    directory: opts.workerDirectory,
    encoding: opts.encoding,
    tsx: script.tsx,
  };
  const workers = Array.from(
    { length: opts.jobs },
    () => new Worker(script.url, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } }),
  );
  const limit = opts.jobs * WINDOW;
  const waiting = new Map<number, { meta: T; result: PageResult | null }>();
  const metas = new Map<number, T>();
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextSeq = 0;
  let nextOut = 0;
  let wake: (() => void) | null = null;
  const sleep = () => new Promise<void>((r) => (wake = r));
  // An object, so the checks below see what the 'error' handlers set.
  const state: { failure: Error | null } = { failure: null };
  const outstanding = () => nextSeq - nextOut;
  const idlest = () => {
    let best: Worker | null = null;
    for (const [w, n] of busy) if (n < PER_WORKER && (!best || n < (busy.get(best) ?? 0))) best = w;
    return best;
  };
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
      while (outstanding() >= limit && !state.failure) await sleep();
      if (state.failure) throw state.failure;
      const seq = nextSeq++;
      metas.set(seq, item.meta);
      if (item.kind === 'other') {
        done(seq, null);
        continue;
      }
      let w = idlest();
      while (!w && !state.failure) {
        await sleep();
        w = idlest();
      }
      if (!w) throw state.failure ?? new Error('no worker');
      busy.set(w, (busy.get(w) ?? 0) + 1);
      // The bytes move to the worker instead of being copied.
      const bytes = item.task.bytes;
      const owned =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
      w.postMessage({ seq, task: item.task }, owned ? [bytes.buffer] : []);
    }
    while (outstanding() > 0 && !state.failure) await sleep();
    if (state.failure) throw state.failure;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
