import { describe, expect, it } from 'vitest';
import { cardModel } from '../../../src/content/hover/card-model';
import { safeHttpUrl } from '../../../src/shared/web-url';
import { validReport } from '../messaging/report-fixture';
import type { Link } from '../../../src/core/types';

describe('card model', () => {
  it('describes a mention: outlet, country, type, reference, counts', () => {
    const r = validReport();
    const m = cardModel(r, { kind: 'mention', mention: r.mentions[0] });
    expect(m).toMatchObject({
      title: 'Reuters',
      domain: 'reuters.com',
      category: 'news',
      country: 'GB',
      type: 'news-agency',
      referenceLabels: ['Source 1'],
      reference: { id: 'ref-1', label: 'Source 1' },
      homepage: 'https://reuters.com/',
      quote: 'according to Reuters',
      cited: { references: 1, mentions: 1, links: 0 },
    });
  });

  it('names platform and account for a social link without an outlet', () => {
    const r = validReport();
    const link: Link = {
      id: 'lnk-9',
      url: 'https://x.com/someone/status/1',
      domain: 'x.com',
      text: 'post',
      category: 'social',
      outlet: null,
      platform: { name: 'X', account: '@someone' },
      shortener: false,
      position: { index: 0, offset: null },
    };
    r.links.push(link);
    const m = cardModel(r, { kind: 'link', link });
    expect(m).toMatchObject({
      title: 'X',
      domain: 'x.com',
      category: 'social',
      platform: { name: 'X', account: '@someone' },
      homepage: 'https://x.com/',
      quote: null,
    });
  });

  it('never passes on a page-controlled javascript: or data: URL', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,x')).toBeNull();
    expect(safeHttpUrl('https://a.example/')).toBe('https://a.example/');
    const r = validReport();
    r.outlets[0].homepage = 'javascript:alert(1)';
    expect(cardModel(r, { kind: 'mention', mention: r.mentions[0] }).homepage).toBeNull();
  });
});
