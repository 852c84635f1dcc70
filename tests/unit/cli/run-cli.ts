/** Calls the CLI in this process with captured streams. */
import { Readable } from 'node:stream';
import type { CliFs } from '../../../src/cli/fs';
import type { DirectorySpec } from '../../../src/cli/pool';
import { run } from '../../../src/cli/run';
import type { OutletDirectory } from '../../../src/outlets';
import { seedDirectory } from '../core/helpers';

/** Workers build this same small directory, so in-thread and worker reports can be compared. */
export const WORKER_DIRECTORY: DirectorySpec = {
  module: new URL('../core/helpers.ts', import.meta.url).href,
  export: 'seedDirectory',
};

export async function cli(
  argv: string[],
  opts: { directory?: OutletDirectory; workers?: boolean; fs?: CliFs; stdin?: Uint8Array; isTTY?: boolean } = {},
) {
  let out = '';
  let err = '';
  const code = await run(
    argv,
    {
      stdout: { write: (s) => void (out += s) },
      stderr: { write: (s) => void (err += s), isTTY: opts.isTTY },
      stdin: opts.stdin ? Readable.from([opts.stdin]) : undefined,
    },
    {
      directory: opts.directory ?? seedDirectory(),
      workerDirectory: opts.workers ? WORKER_DIRECTORY : undefined,
      fs: opts.fs,
    },
  );
  const lines = err.split('\n').filter(Boolean);
  const ndjson = () =>
    out
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, out, err, lines, ndjson };
}
