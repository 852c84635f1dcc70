/**
 * A worker thread: its own outlet directory, then one page per message.
 * Protocol (main → worker): { seq, task }; (worker → main): { seq, result }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDirectory, type OutletDirectory } from '../outlets';
import { analyzePage, encodeResult, type Encoding, type PageTask } from './page';
import type { DirectorySpec } from './pool';

async function directoryOf(spec: DirectorySpec | undefined): Promise<OutletDirectory> {
  if (!spec) return loadDirectory();
  const mod = (await import(spec.module)) as Record<string, unknown>;
  const make = mod[spec.export];
  if (typeof make !== 'function') throw new Error(`${spec.module} exports no function ${spec.export}`);
  return await (make as () => OutletDirectory | Promise<OutletDirectory>)();
}

const port = parentPort;
if (port) {
  const data = workerData as { directory?: DirectorySpec; encoding: Encoding };
  const ready = directoryOf(data.directory);
  port.on('message', (msg: { seq: number; task: PageTask }) => {
    ready.then(
      (dir) => port.postMessage({ seq: msg.seq, result: encodeResult(analyzePage(msg.task, dir), data.encoding) }),
      (e: unknown) => port.postMessage({ seq: msg.seq, result: { ok: false, error: `worker could not load the outlet directory: ${e instanceof Error ? e.message : String(e)}` } }),
    );
  });
}
