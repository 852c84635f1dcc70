/**
 * A worker thread: its own outlet directory, then one page per message
 * (protocol: worker-protocol.ts).
 * The same module, bundled (core-bundle.ts), also gives `--jobs 1` its
 * analysis functions: the message loop starts only in a thread the pool made.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDirectory, type OutletDirectory } from '../outlets';
import { analyzePage, encodeResult, type PageTask } from './page';
import { WORKER_ROLE, type WorkerData } from './worker-protocol';

export { analyzePage, encodeResult } from './page';
export { loadDirectory } from '../outlets';

async function directoryOf(data: WorkerData): Promise<OutletDirectory> {
  const spec = data.directory;
  if (!spec) return loadDirectory();
  // A TypeScript directory module (the tests' small directory) needs tsx in a bundled worker.
  if (!data.tsx && /\.[cm]?tsx?$/.test(spec.module)) (await import('tsx/esm/api')).register();
  const mod = (await import(spec.module)) as Record<string, unknown>;
  const make = mod[spec.export];
  if (typeof make !== 'function') throw new Error(`${spec.module} exports no function ${spec.export}`);
  return await (make as () => OutletDirectory | Promise<OutletDirectory>)();
}

const port = parentPort;
const data = workerData as WorkerData | null;
if (port && data?.role === WORKER_ROLE) {
  const ready = directoryOf(data);
  port.on('message', (msg: { seq: number; task: PageTask }) => {
    ready.then(
      (dir) => port.postMessage({ seq: msg.seq, result: encodeResult(analyzePage(msg.task, dir), data.encoding) }),
      (e: unknown) =>
        port.postMessage({
          seq: msg.seq,
          result: {
            ok: false,
            error: `worker could not load the outlet directory: ${e instanceof Error ? e.message : String(e)}`,
          },
        }),
    );
  });
}
