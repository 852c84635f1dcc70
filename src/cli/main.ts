#!/usr/bin/env node
/** Entry for `npm run analyze`: all logic lives in run.ts. */
import { setFlagsFromString } from 'node:v8';
import { run } from './run';

// A run allocates a page's DOM and drops it, page after page. V8's default heap sizing then lets every
// thread's heap grow to 2-4 times what it holds, so peak memory rose with the input's length (generated
// pages, two workers: 224 MB for 100 pages, 371 MB for 10,000) with nothing retained (heap used after a
// full GC: flat). Old-space growth steps of 30% and 4 MB semi-spaces keep the heaps near their working
// size (180 and 203 MB) for 5-10% more CPU (noisy). The growth step is read at every GC, so setting it
// here holds for this thread and the workers; the semi-spaces are sized when a heap is made: the workers'
// by the pool (resourceLimits), this thread's by the flag `npm run analyze` passes (package.json).
setFlagsFromString('--heap-growing-percent=30');

// The `analyze` script also passes --single-threaded-gc: V8's collector helper threads pay off on an idle
// core, but a run keeps every core busy with its own worker, where they only add their coordination (2 jobs
// on 2 cores, corpus ×3: 20.7 → 18.3 s of CPU, 10.8 → 9.4 s wall; one job pinned to a core: 18.1 → 16.9 s).
// It is a command-line flag because the collector's helpers are chosen when V8 starts: set later, as
// above, GC flags are read half (some combinations abort V8).

// `analyze … | head`: a closed pipe ends the run quietly instead of with a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
