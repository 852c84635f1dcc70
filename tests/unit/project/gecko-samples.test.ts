import { describe, expect, it } from 'vitest';
import { ourSamples, type GeckoThread } from '../../../tools/browsers/gecko-samples';

const EXT = 'moz-extension://ours/';

/**
 * A thread as Firefox's profiler writes it: frames 0 = event loop (native),
 * 1 = our content script, 2 = a page script, 3 = a DOM call; stacks
 * 0 = loop, 1 = loop>ours, 2 = loop>ours>DOM (ours by its caller), 3 = loop>page.
 */
function thread(samples: Array<[number | null, number, number?]>): GeckoThread {
  return {
    stringTable: [
      'nsThread::ProcessNextEvent',
      `run (${EXT}assets/index.js:1:20)`,
      'main (https://news.test/app.js:3:4)',
      'querySelectorAll',
    ],
    frameTable: {
      schema: { location: 0, category: 1 },
      data: [
        [0, 1],
        [1, 2],
        [2, 2],
        [3, 3],
      ],
    },
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [1, 3],
        [0, 2],
      ],
    },
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: samples },
  };
}

describe('ourSamples', () => {
  it('counts samples in our code or called from it, each lasting until the next sample, in runs', () => {
    const t = thread([
      [0, 0, 0],
      [1, 1, 1_000_000],
      [2, 2, 1_000_000],
      [3, 3, 1_000_000],
      [1, 4, 500_000],
      [0, 5, 500_000],
      [null, 6, 0],
    ]);
    const r = ourSamples(t, EXT, 1, 'ns');
    expect(r.samples).toBe(7);
    expect(r.ours).toBe(3);
    expect(r.totalMs).toBe(3);
    expect(r.runs).toEqual([2, 1]);
    // The CPU of a sample's span is in the row after it.
    expect(r.cpuMs).toBeCloseTo(1 + 1 + 0.5);
  });

  it('caps a long gap after one of our samples (the sampler fell behind) and gives the last sample one interval', () => {
    const r = ourSamples(
      thread([
        [1, 0],
        [0, 50],
        [2, 51],
      ]),
      EXT,
      1,
    );
    expect(r.runs).toEqual([4, 1]);
    expect(r.cpuMs).toBeNull();
  });

  it('takes a Gecko long task holding a sample of ours as one task of its exact length, runs outside it as tasks', () => {
    const t = thread([
      [1, 0],
      [0, 1],
      [1, 10],
      [1, 11],
      [0, 12],
      [1, 100],
      [0, 101],
      [3, 200],
      [3, 201],
    ]);
    t.markers = {
      schema: { name: 0, startTime: 1, endTime: 2, phase: 3, category: 4, data: 5 },
      data: [
        [0, 9.5, 70, 1, 1, { type: 'MainThreadLongTask', category: 'LongTask' }],
        [0, 150, 260, 1, 1, { type: 'MainThreadLongTask', category: 'LongTask' }],
        [0, 95, 105, 0, 1, { type: 'DOMEvent' }],
      ],
    };
    const r = ourSamples(t, EXT, 1);
    expect(r.longTasks).toEqual([60.5]);
    expect(r.runs).toEqual([1, 1]);
    expect(r.tasks).toEqual([60.5, 1, 1]);
  });

  it('finds nothing of ours in a thread without our frames or with another marker', () => {
    const t = thread([
      [0, 0],
      [3, 1],
      [3, 2],
    ]);
    expect(ourSamples(t, EXT, 1)).toMatchObject({ ours: 0, totalMs: 0, runs: [] });
    expect(
      ourSamples(
        thread([
          [1, 0],
          [2, 1],
        ]),
        'moz-extension://other/',
        1,
      ).ours,
    ).toBe(0);
  });
});
