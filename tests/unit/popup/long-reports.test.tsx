// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportView } from '../../../src/popup/components/report-view';
import { metaLine } from '../../../src/popup/components/article-header';
import { LIST_CAP } from '../../../src/popup/components/capped-list';
import { largeReport, seedReport } from './fixtures';
import { click, mount, texts } from './render';

vi.mock('webextension-polyfill', () => import('../browser-mock'));
afterEach(() => vi.clearAllMocks());

const view = (report = seedReport()) => mount(<ReportView report={report} tabId={7} onAnalyzeFully={() => {}} />);

describe('a report with thousands of entries', () => {
  it('caps every list and says how many more there are', async () => {
    const el = await view(largeReport(3000));
    for (const ul of el.querySelectorAll('ul')) expect(ul.children.length, ul.className).toBeLessThanOrEqual(LIST_CAP);
    expect(el.querySelectorAll('.outlet')).toHaveLength(LIST_CAP);
    expect(texts(el, '.outlets + .more')).toEqual(['Show 2,980 more']);
    // Each outlet's six URLs: three, then the rest behind a button.
    expect(el.querySelectorAll('.outlet')[0].querySelectorAll('.urls li')).toHaveLength(3);
    expect(texts(el.querySelectorAll('.outlet')[0], '.more')).toEqual(['Show 3 more']);
  });

  it('shows the next step of a list when asked, not all of it', async () => {
    const el = await view(largeReport(3000));
    await click(el.querySelector('.outlets + .more'));
    expect(el.querySelectorAll('.outlet')).toHaveLength(2 * LIST_CAP);
    expect(texts(el, '.outlets + .more')).toEqual(['Show 2,960 more']);
  });

  it('groups identical attributions into one row with its count', async () => {
    const el = await view(largeReport(3000));
    expect(texts(el, '.audit-head')[0]).toBe('!Quoted without reference or link (3,000)');
    const rows = el.querySelectorAll('.audit-group:first-of-type .audit-list li');
    expect(rows).toHaveLength(1);
    expect(rows[0].querySelector('.audit-quote')!.textContent).toBe('laut Reuters');
    expect(rows[0].querySelector('.repeat [aria-hidden]')!.textContent).toBe('×3,000');
    expect(rows[0].querySelector('.repeat .sr-only')!.textContent).toBe('3,000 times');
    expect(rows[0].querySelector('.reveal-count')!.textContent).toBe('1/3000');
  });

  it('keeps the full text of long names, tags and URLs on hover', async () => {
    const report = largeReport(2);
    const el = await view(report);
    const url = el.querySelector<HTMLAnchorElement>('.cited-url')!;
    expect(url.title).toBe(report.outlets[0].urls[0]);
    expect(el.querySelector<HTMLElement>('.chip')!.title).toBe(report.tags[0]);
  });
});

describe('counts and the header', () => {
  it('uses the singular for one', async () => {
    const r = seedReport();
    const el = await view({
      ...r,
      outlets: r.outlets.slice(0, 1),
      references: r.references.slice(0, 1),
      mentions: r.mentions.slice(0, 1),
    });
    expect(texts(el, '.stat')).toEqual(['1source', '1reference', '1attribution', '1link']);
  });

  it('names the site once when the byline is the site', () => {
    expect(metaLine(['DER SPIEGEL', 'DER SPIEGEL', 'Apr 28, 2023'])).toBe('DER SPIEGEL · Apr 28, 2023');
    expect(metaLine(['The Guardian', 'Guardian', null])).toBe('The Guardian');
    expect(metaLine(['spiegel.de', 'Anna Beispiel', 'Apr 28, 2023'])).toBe('spiegel.de · Anna Beispiel · Apr 28, 2023');
  });
});
