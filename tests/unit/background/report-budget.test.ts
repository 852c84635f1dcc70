// tests/unit/background/report-budget.test.ts: the counts of a report cut to its storage budget.
import { describe, expect, it } from 'vitest';
import { bytesOf, fitReport } from '../../../src/background/report-budget';
import { buildBreakdown } from '../../../src/core/summary';
import type { Link, OutletSummary, SourceReport } from '../../../src/core/types';
import { seedReport } from '../popup/fixtures';

/** The seed report with 100 long links to "Big" (DE newspaper), then 100 to "Tail" (FR magazine), the last one cited by a mention. */
function longTail(): SourceReport {
  const r = seedReport();
  const link = (host: string, outlet: string, i: number): Link => ({
    id: `lnk-${host}-${i}`,
    url: `https://${host}/${i}/${'x'.repeat(1_000)}`,
    domain: host,
    text: `${outlet} ${i}`,
    category: 'news',
    outlet,
    platform: null,
    shortener: false,
    position: { index: 0, offset: null },
  });
  const big = Array.from({ length: 100 }, (_, i) => link('big.example', 'Big', i));
  const tail = Array.from({ length: 100 }, (_, i) => link('tail.example', 'Tail', i));
  const links = [...r.links, ...big, ...tail].map((l, index) => ({ ...l, position: { ...l.position, index } }));
  const summary = (
    name: string,
    domain: string,
    country: string,
    type: OutletSummary['type'],
    ls: Link[],
  ): OutletSummary => ({
    name,
    domain,
    category: 'news',
    country,
    type,
    homepage: `https://${domain}`,
    citedBy: { references: 0, mentions: 0, links: ls.length },
    urls: ls.map((l) => l.url),
    referenceIds: [],
    mentionIds: [],
    linkIds: ls.map((l) => l.id),
  });
  const outlets = [
    ...r.outlets,
    summary('Big', 'big.example', 'DE', 'newspaper', big),
    summary('Tail', 'tail.example', 'FR', 'magazine', tail),
  ];
  const mentions = [
    ...r.mentions,
    {
      id: 'men-4',
      text: 'Tail meldet',
      name: 'Tail',
      outlet: 'Tail',
      domain: 'tail.example',
      referenceId: null,
      reference: null,
      linkId: tail[99].id,
      referenced: true,
      position: { index: 3, offset: 2000 },
    },
  ];
  return { ...r, links, mentions, outlets, breakdown: buildBreakdown(outlets) };
}

describe('a report cut to its budget counts only what it kept', () => {
  const full = longTail();
  const fit = fitReport(full, 80 * 1024)!;

  it('cuts into Big and drops Tail (the setting of the checks below)', () => {
    expect(bytesOf(full)).toBeGreaterThan(200 * 1024);
    const kept = fit.links.filter((l) => l.domain === 'big.example').length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(100);
    expect(fit.links.some((l) => l.domain === 'tail.example')).toBe(false);
    expect(fit.outlets.map((o) => o.name)).not.toContain('Tail');
  });

  it("each outlet's citedBy counts its kept items (fails today: Big still says 100 links)", () => {
    for (const o of fit.outlets) {
      expect({ name: o.name, ...o.citedBy }).toEqual({
        name: o.name,
        references: o.referenceIds.length,
        mentions: o.mentionIds.length,
        links: o.linkIds.length,
      });
    }
  });

  it('the breakdown counts the kept outlets (fails today: FR and magazine still count the dropped Tail)', () => {
    expect(fit.breakdown).toEqual(buildBreakdown(fit.outlets));
  });

  it('no mention points at a cut link (fails today: men-4 keeps the id of a link the report no longer has)', () => {
    const ids = new Set(fit.links.map((l) => l.id));
    for (const m of fit.mentions) if (m.linkId !== null) expect(ids.has(m.linkId)).toBe(true);
  });
});
