/**
 * What the pool and its worker threads agree on, apart from both, so the
 * main thread can start workers without loading the analysis code.
 * Messages (main → worker): { seq, task }; (worker → main): { seq, result }.
 */
import type { Encoding } from './page';

/** How a worker builds its directory: a module and the name of a function it exports (tests pass a small one). */
export interface DirectorySpec {
  module: string;
  export: string;
}

/** Marks the pool's threads (a test runner's own worker threads have a parentPort too). */
export const WORKER_ROLE = 'source-lens-cli-worker';

export interface WorkerData {
  role: typeof WORKER_ROLE;
  directory?: DirectorySpec;
  encoding: Encoding;
  /** The worker already runs under tsx (the fallback entry). */
  tsx: boolean;
}
