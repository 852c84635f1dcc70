import { describe, expect, it } from 'vitest';
import { breakdownRows, declaredComparison } from '../../../src/popup/breakdown-data';
import { nothingCitedReport, seedReport } from './fixtures';

describe('breakdown rows', () => {
  it('every view adds up to the number of outlets', () => {
    const r = seedReport();
    for (const v of ['category', 'country', 'type'] as const) {
      expect(breakdownRows(r, v).reduce((n, x) => n + x.count, 0)).toBe(r.outlets.length);
    }
  });

  it('sorts by count, unknown last', () => {
    expect(breakdownRows(seedReport(), 'country')).toEqual([
      { key: 'US', count: 2 },
      { key: 'GB', count: 1 },
      { key: 'QA', count: 1 },
      { key: 'unknown', count: 1 },
    ]);
  });

  it('is empty when nothing is cited', () => {
    expect(breakdownRows(nothingCitedReport(), 'category')).toEqual([]);
    expect(breakdownRows(nothingCitedReport(), 'country')).toEqual([]);
  });
});

describe('declared totals', () => {
  it('compares declared with named per kind', () => {
    expect(declaredComparison(seedReport())).toEqual([
      { kind: 'web', declared: 15, named: 4 },
      { kind: 'social', declared: 194, named: 1 },
      { kind: 'forums', declared: 38, named: 0 },
    ]);
  });

  it('leaves out what the page does not declare', () => {
    expect(declaredComparison({ ...seedReport(), declaredTotals: { web: 3, social: null, forums: null } })).toEqual([
      { kind: 'web', declared: 3, named: 4 },
    ]);
    expect(declaredComparison({ ...seedReport(), declaredTotals: null })).toEqual([]);
  });
});
