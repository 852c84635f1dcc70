// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { act } from 'preact/test-utils';
import { PAINT_MARK, ReportView } from '../../../src/popup/components/report-view';
import { seedReport } from './fixtures';
import { click, mount, texts } from './render';

vi.mock('webextension-polyfill', () => import('../browser-mock'));
const tabsSend = browser.tabs.sendMessage as unknown as ReturnType<typeof vi.fn>;

afterEach(() => vi.clearAllMocks());

const view = (report = seedReport()) => mount(<ReportView report={report} tabId={7} onAnalyzeFully={() => {}} />);

describe('the report', () => {
  it('heads with title, site and date, and the verdict with its reasons one click away', async () => {
    const el = await view();
    expect(el.querySelector('h1')!.textContent).toBe(
      'Iran und Russland: Historischer Militärpakt gegen den Westen unterzeichnet!',
    );
    expect(el.querySelector('.meta')!.textContent).toBe('Nachrichtenportal · Jan 19, 2025');
    const verdict = el.querySelector<HTMLDetailsElement>('details.verdict')!;
    expect(verdict.open).toBe(false);
    expect(verdict.querySelector('summary')!.textContent).toContain('Article');
    expect(verdict.querySelector('summary')!.textContent).toContain('100% sure');
    expect(texts(verdict, '.reasons li')).toEqual([
      '+The page has several long paragraphs of running text. 7 long paragraphs',
      '+The page tells social networks that it is an article. article',
      '−Most of the text is links.',
    ]);
  });

  it('answers at a glance with four numbers', async () => {
    const el = await view();
    expect(texts(el, '.stat')).toEqual(['5sources', '3references', '3attributions', '1link']);
  });

  it("does not count the publisher's own reporting as a source, at a glance as in the list", async () => {
    const report = seedReport();
    report.outlets[0] = { ...report.outlets[0], self: true };
    const el = await view(report);
    expect(texts(el, '.stat')[0]).toBe('4sources');
    expect(el.querySelector('#outlets-h')!.textContent).toContain('4');
  });

  it('breaks the sources down by kind, country and outlet type', async () => {
    const el = await view();
    expect(texts(el, '.legend li')).toEqual(['News4', 'Social media1']);
    expect(el.querySelectorAll('.stack-part')).toHaveLength(2);
    const radio = (v: string) => el.querySelector<HTMLInputElement>(`input[value=${v}]`)!;
    await act(() => {
      radio('country').click();
    });
    expect(texts(el, '.legend li')).toEqual(['USUnited States2', 'GBUnited Kingdom1', 'QAQatar1', 'Unknown1']);
    await act(() => {
      radio('type').click();
    });
    expect(texts(el, '.legend li')).toEqual(['Broadcaster1', 'Magazine1', 'News agency1', 'Newspaper1', 'Unknown1']);
    expect(el.querySelector('fieldset legend')!.textContent).toBe('Group the sources by');
  });

  it('sets what the page declares beside what it names', async () => {
    const el = await view();
    expect(texts(el, '.declared-list li')).toEqual([
      'Webdeclares 15, names 411 not named',
      'Socialdeclares 194, names 1193 not named',
      'Forumsdeclares 38, names 038 not named',
    ]);
  });

  it('lists each outlet with its country code, type, how it is cited and its links, opening in new tabs', async () => {
    const el = await view();
    const aj = el.querySelector('[data-outlet="Al Jazeera"]')!;
    expect(aj.querySelector('.flag-emoji')).toBeNull();
    expect(aj.querySelector('.flag-code')!.textContent).toBe('QA');
    expect(aj.querySelector('.flag .sr-only')!.textContent).toBe('Qatar');
    expect(aj.querySelector('.outlet-type')!.textContent).toBe('Broadcaster');
    expect(aj.querySelector('.outlet-cited')!.textContent).toBe('Referenz 1 · mentioned 1×');
    const home = aj.querySelector<HTMLAnchorElement>('a.outlet-name')!;
    expect(home.href).toBe('https://aljazeera.com/');
    expect(home.target).toBe('_blank');
    expect(home.rel).toBe('noopener noreferrer');
    const urls = [...aj.querySelectorAll<HTMLAnchorElement>('a.cited-url')];
    expect(urls.map((a) => [a.href, a.textContent, a.target])).toEqual([
      ['https://www.aljazeera.com/', 'aljazeera.com', '_blank'],
    ]);
    const nyt = el.querySelector('[data-outlet="The New York Times"]')!;
    expect(nyt.querySelector('.cited-url')!.textContent).toBe('nytimes.com/2025/01/18/world/iran-russia.html');
    const x = el.querySelector('[data-outlet="X"]')!;
    expect(x.querySelector('.flag')).toBeNull();
    expect(x.querySelector('.outlet-type')!.textContent).toBe('Social media');
    expect(x.querySelector('.outlet-cited')!.textContent).toBe('linked 1×');
  });

  it('"show in page" asks the page to reveal the mention, then the next citation', async () => {
    tabsSend.mockResolvedValue({ found: true });
    const el = await view();
    const button = el.querySelector('[data-outlet="Al Jazeera"] button.reveal')!;
    expect(button.textContent).toBe('Show in page: Al Jazeera1/2');
    expect(button.querySelector('.sr-only')!.textContent).toBe(' in page: Al Jazeera');
    await click(button);
    expect(tabsSend).toHaveBeenLastCalledWith(7, { type: 'page:reveal', payload: { kind: 'mention', id: 'men-1' } });
    await click(button);
    expect(tabsSend).toHaveBeenLastCalledWith(7, { type: 'page:reveal', payload: { kind: 'reference', id: 'ref-1' } });
  });

  it('says when the page cannot find the item', async () => {
    tabsSend.mockResolvedValue({ found: false });
    const el = await view();
    await click(el.querySelector('[data-outlet="Newsweek"] button.reveal'));
    expect(el.querySelector('[data-outlet="Newsweek"] .reveal-missed')!.textContent).toBe('not found');
  });

  it('audits attributions both ways', async () => {
    const el = await view();
    expect(texts(el, '.audit-head')).toEqual([
      '!Quoted without reference or link (1)',
      '!References the text never mentions (1)',
    ]);
    expect(texts(el, '.audit-list li .audit-quote')).toEqual(['laut Reuters', 'Referenz 3']);
  });

  it('says so when the audit finds nothing wrong', async () => {
    const r = seedReport();
    const el = await view({ ...r, audit: { unreferencedMentions: [], unmentionedReferences: [] } });
    expect(el.querySelector('.audit-ok')!.textContent).toContain('Every attribution has a reference or link');
  });

  it('shows tags as chips, timings in details and the off switch', async () => {
    const el = await view();
    expect(texts(el, '.chip')).toEqual(['Russland', 'Türkei', 'York']);
    const details = el.querySelector<HTMLDetailsElement>('details.details')!;
    expect(details.open).toBe(false);
    expect(texts(details, '.timings dd')).toEqual(['2.4 ms', '11.3 ms', '14.1 ms']);
    expect(details.querySelector('button')!.textContent).toBe('Turn off on this site (nachrichten.example)');
  });

  it('names the site the off switch stores, and the header the same site when the page has no name', async () => {
    const r = seedReport();
    const el = await view({
      ...r,
      url: 'https://www.nachrichten.example./politik/x',
      metadata: { ...r.metadata, siteName: null },
    });
    expect(el.querySelector('.meta')!.textContent).toBe('nachrichten.example · Jan 19, 2025');
    expect(el.querySelector('details.details button')!.textContent).toBe('Turn off on this site (nachrichten.example)');
  });

  it('marks the first paint of a report for the benchmark', async () => {
    performance.clearMarks();
    await view();
    expect(performance.getEntriesByName(PAINT_MARK)).toHaveLength(1);
  });
});

describe('page-controlled text stays text', () => {
  const evil = () => {
    const r = seedReport();
    r.title = '<img src=x onerror="alert(1)">';
    r.tags = ['<b>bold</b>'];
    r.outlets[0] = {
      ...r.outlets[0],
      name: '<script>alert(1)</script>',
      homepage: 'javascript:alert(1)',
      urls: ['javascript:alert(2)', 'data:text/html,<b>x</b>', 'https://ok.example/'],
    };
    r.mentions[2] = { ...r.mentions[2], text: '<i>laut</i>' };
    return r;
  };

  it('renders markup as characters and links only http(s)', async () => {
    const el = await view(evil());
    expect(el.querySelector('h1')!.textContent).toBe('<img src=x onerror="alert(1)">');
    expect(el.querySelectorAll('img, script, b, i:not(svg *)')).toHaveLength(0);
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => /^https?:\/\//.test(h!))).toBe(true);
    expect(hrefs).toContain('https://ok.example/');
  });
});
