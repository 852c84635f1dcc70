import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core';
import { analyzeInSteps } from '../../../src/core/analyze';
import type { Detection } from '../../../src/core/types';
import { fixture, linkedom, SEED_URL as url, testDirectory } from './helpers';

const html = fixture('article.html');

describe('analyze with the caller’s detection', () => {
  it('uses the verdict it is given instead of detecting again, and keeps its time in the timings', () => {
    const given: Detection = {
      isArticle: true,
      confidence: 0.61,
      reasons: [{ code: 'og-type-article', weight: 2, detail: 'given' }],
    };
    let now = 0;
    const clock = () => (now += 5);
    const r = analyze(linkedom(html), { url, directory: testDirectory(), detection: given, detectMs: 3, clock });
    expect(r.confidence).toBe(0.61);
    expect(r.reasons).toEqual(given.reasons);
    expect(r.timings.detectMs).toBe(3);
    expect(r.timings.totalMs).toBe(r.timings.detectMs + r.timings.extractMs);
    expect(r.outlets.map((o) => o.name)).toEqual(expect.arrayContaining(['Al Jazeera', 'Newsweek']));
  });

  it('times its own detection when it has to detect', () => {
    let now = 0;
    const r = analyze(linkedom(html), { url, directory: testDirectory(), clock: () => (now += 5) });
    expect(r.timings.detectMs).toBe(5);
    expect(r.reasons.some((x) => x.detail === 'given')).toBe(false);
  });
});

describe('analysis in steps', () => {
  it('gives the same report as analyze, pausing between its steps, and does not count the pauses as work', async () => {
    let now = 0;
    let pauses = 0;
    const clock = () => (now += 5);
    const pause = async () => {
      pauses++;
      now += 1_000;
    };
    const doc = linkedom(html);
    const stepped = await analyzeInSteps(doc, { url, directory: testDirectory(), clock }, pause);
    const whole = analyze(doc, { url, directory: testDirectory() });
    expect(pauses).toBe(4);
    expect({ ...stepped, timings: null }).toEqual({ ...whole, timings: null });
    expect(stepped.timings.extractMs).toBeLessThan(1_000);
    expect(stepped.timings.totalMs).toBe(stepped.timings.detectMs + stepped.timings.extractMs);
  });

  it('does not pause after a detection it was given', async () => {
    let pauses = 0;
    const given: Detection = { isArticle: true, confidence: 0.9, reasons: [] };
    await analyzeInSteps(
      linkedom(html),
      { url, directory: testDirectory(), detection: given, detectMs: 1 },
      async () => {
        pauses++;
      },
    );
    expect(pauses).toBe(3);
  });
});
