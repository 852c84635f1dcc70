/**
 * The worker pool: memory bounded by the reorder window (no reading ahead of
 * the workers), results in input order, and workers that run the prebuilt
 * bundle of the analysis code when esbuild is there (core-bundle.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreBundle, workerScript } from '../../../src/cli/core-bundle';
import { collectInputs } from '../../../src/cli/inputs';
import type { PageResult } from '../../../src/cli/page';
import { runPool, type Item } from '../../../src/cli/pool';
import { FIXTURES } from '../core/helpers';
import { WORKER_DIRECTORY } from './run-cli';

const PAGES = collectInputs([FIXTURES]).files.filter(
  (f) => /\.html?$/i.test(f) && !f.includes('cli') && !f.includes('fuzz'),
);

describe('worker pool', () => {
  it('never takes more pages from the source than its window ahead of the output, and keeps input order', async () => {
    expect(PAGES.length).toBeGreaterThan(10);
    const total = 300;
    let taken = 0;
    let emitted = 0;
    let ahead = 0;
    async function* source(): AsyncGenerator<Item<number>> {
      for (let i = 0; i < total; i++) {
        taken++;
        ahead = Math.max(ahead, taken - emitted);
        const file = PAGES[i % PAGES.length];
        // Every fifth item is an input error (no worker), as a failed read would be.
        yield i % 5 === 4
          ? { kind: 'other', meta: i }
          : { kind: 'task', task: { file, bytes: readFileSync(file), text: false }, meta: i };
      }
    }
    const order: number[] = [];
    const results: (PageResult | null)[] = [];
    await runPool(
      source(),
      { jobs: 2, unordered: false, workerDirectory: WORKER_DIRECTORY, encoding: 'ndjson' },
      (meta, result) => {
        emitted++;
        order.push(meta);
        results.push(result);
      },
    );
    expect(order).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(results.filter((r) => r === null)).toHaveLength(total / 5);
    expect(results.filter((r) => r?.ok)).toHaveLength(total - total / 5);
    // 2 workers × a window of 16, plus the one item the loop holds while it waits.
    expect(ahead).toBeLessThanOrEqual(2 * 16 + 1);
  }, 60_000);

  it('workers run the bundle, which is stamped with the analysis sources it was built from', async () => {
    const bundle = await coreBundle();
    if (!bundle) throw new Error('esbuild is a dev dependency: the bundle must build');
    const script = await workerScript();
    expect(script).toEqual({ url: bundle, tsx: false });
    const stamp = JSON.parse(readFileSync(new URL('cli-core.json', bundle), 'utf8')) as {
      inputs: Record<string, unknown>;
    };
    // A change to any of these rebuilds the bundle before the next run.
    for (const file of [
      'src/cli/worker.ts',
      'src/cli/page.ts',
      'src/core/index.ts',
      'src/outlets/generated/outlets.json',
    ])
      expect(Object.keys(stamp.inputs)).toContain(file);
  });
});
