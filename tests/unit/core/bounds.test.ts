import { describe, expect, it } from 'vitest';
import { boundReport } from '../../../src/core/bounds';
import type { Link } from '../../../src/core/types';
import { SourceReportSchema } from '../../../src/messaging/report-schema';
import * as v from 'valibot';
import { validReport } from '../messaging/report-fixture';

const link = (id: string, url: string, index: number): Link => ({
  id,
  url,
  domain: 'reuters.com',
  text: 'Reuters',
  category: 'news',
  outlet: 'Reuters',
  platform: null,
  shortener: false,
  position: { index, offset: null },
});

describe('boundReport, the safety net at the end of every report', () => {
  it('drops a link it may not carry and keeps ids and positions consistent', () => {
    const r = validReport();
    r.links = [link('lnk-1', 'javascript:alert(1)', 0), link('lnk-2', 'https://www.reuters.com/y', 1)];
    r.mentions[0] = { ...r.mentions[0], linkId: 'lnk-1' };
    r.outlets[0] = { ...r.outlets[0], linkIds: ['lnk-1', 'lnk-2'], citedBy: { ...r.outlets[0].citedBy, links: 2 } };
    const b = boundReport(r);
    expect(b.links.map((l) => [l.id, l.position.index])).toEqual([['lnk-2', 0]]);
    expect(b.mentions[0].linkId).toBeNull();
    expect(b.outlets[0].linkIds).toEqual(['lnk-2']);
    expect(b.outlets[0].citedBy.links).toBe(1);
    expect(v.safeParse(SourceReportSchema, b).success).toBe(true);
  });

  it('cuts page-controlled text to the border limits', () => {
    const r = validReport();
    r.title = 'x'.repeat(5_000);
    r.metadata = { ...r.metadata, title: r.title, canonicalUrl: 'javascript:alert(1)' };
    const b = boundReport(r);
    expect(b.title).toHaveLength(2_000);
    expect(b.metadata.canonicalUrl).toBeNull();
    expect(v.safeParse(SourceReportSchema, b).success).toBe(true);
  });
});
