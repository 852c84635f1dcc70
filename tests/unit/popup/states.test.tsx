// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { StatusPanel } from '../../../src/popup/components/status-panel';
import { ReportView } from '../../../src/popup/components/report-view';
import type { RestrictedReason, View } from '../../../src/popup/view-state';
import { messages } from '../browser-mock';
import { detectionOnlyReport, nothingCitedReport, seedReport } from './fixtures';
import { click, mount, rawKeys, texts } from './render';

vi.mock('webextension-polyfill', () => import('../browser-mock'));

const KEYS = Object.keys(messages);

describe('every state says what is going on in a sentence', () => {
  const reasons: RestrictedReason[] = ['browser', 'pdf', 'store', 'file', 'unreachable', 'unsupported'];
  const views: [string, Exclude<View, { kind: 'report' }>, string][] = [
    ['loading', { kind: 'loading' }, 'Analyzing this page…'],
    ['analyzing', { kind: 'analyzing' }, 'Analyzing this page…'],
    ...reasons.map((reason): [string, Exclude<View, { kind: 'report' }>, string] => [
      `restricted: ${reason}`,
      { kind: 'restricted', reason },
      "Source Lens can't read this page",
    ]),
    ['disabled', { kind: 'disabled', host: 'news.example' }, 'Source Lens is off on news.example'],
    ['error', { kind: 'error', message: 'boom' }, 'The analysis failed'],
  ];

  it.each(views)('%s', async (_, view, title) => {
    const el = await mount(<StatusPanel view={view} />);
    expect(el.querySelector('h1')?.textContent).toBe(title);
    const sentence = el.querySelector('.status-text')?.textContent ?? '';
    expect(sentence.length).toBeGreaterThan(20);
    expect(rawKeys(el, KEYS)).toEqual([]);
    expect(el.querySelector('[role=status], [role=alert]')).not.toBeNull();
  });

  it('tells the restricted reasons apart', async () => {
    const sentences = new Set<string>();
    for (const reason of reasons) {
      const el = await mount(<StatusPanel view={{ kind: 'restricted', reason }} />);
      sentences.add(el.querySelector('.status-text')!.textContent);
    }
    expect(sentences.size).toBe(reasons.length);
  });

  it('shows the error message as text, never as markup', async () => {
    const el = await mount(<StatusPanel view={{ kind: 'error', message: '<img src=x onerror=alert(1)>' }} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('.status-detail')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('offers to turn a disabled site back on', async () => {
    const el = await mount(<StatusPanel view={{ kind: 'disabled', host: 'news.example' }} />);
    expect(texts(el, 'button')).toEqual(['Turn on for this site']);
  });
});

describe('report states', () => {
  it('not an article, detection only: says so and offers the full analysis', async () => {
    const onAnalyze = vi.fn();
    const el = await mount(<ReportView report={detectionOnlyReport()} tabId={1} onAnalyzeFully={onAnalyze} />);
    expect(el.querySelector('.pill')!.textContent).toContain('Not an article');
    expect(el.querySelector('[data-state=not-article]')!.textContent).toContain('does not look like a single article');
    await click([...el.querySelectorAll('button')].find((b) => b.textContent === 'Find the sources anyway')!);
    expect(onAnalyze).toHaveBeenCalledOnce();
    expect(el.querySelector('.export-row')).toBeNull();
    expect(el.querySelector('.outlets')).toBeNull();
  });

  it('not an article, fully analyzed: the links found sit collapsed', async () => {
    const report = { ...seedReport(), isArticle: false, confidence: 0.7 };
    const el = await mount(<ReportView report={report} tabId={1} onAnalyzeFully={() => {}} />);
    const details = el.querySelector<HTMLDetailsElement>('details.collapsed-sources')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')!.textContent).toBe('Links found on this page (5)');
    expect(details.querySelectorAll('.outlet')).toHaveLength(5);
  });

  it('not an article without links: a sentence, no empty box', async () => {
    const report = { ...nothingCitedReport(), isArticle: false };
    const el = await mount(<ReportView report={report} tabId={1} onAnalyzeFully={() => {}} />);
    expect(el.querySelector('[data-state=not-article]')!.textContent).toContain('cites no outside source');
    expect(el.querySelector('details.collapsed-sources')).toBeNull();
  });

  it('nothing cited: says the article names no sources', async () => {
    const el = await mount(<ReportView report={nothingCitedReport()} tabId={1} onAnalyzeFully={() => {}} />);
    expect(el.querySelector('[data-state=nothing-cited]')!.textContent).toContain('No sources named');
    expect(el.querySelector('.export-row')).toBeNull();
    expect(el.querySelector('.pill')!.textContent).toContain('Article');
  });

  it('too large: warns and still shows what was found', async () => {
    const el = await mount(
      <ReportView report={{ ...seedReport(), status: 'too-large' }} tabId={1} onAnalyzeFully={() => {}} />,
    );
    expect(el.querySelector('[data-state=too-large]')!.textContent).toBe(
      'This page is very large: only its first part was analyzed.',
    );
    expect(el.querySelectorAll('.outlet')).toHaveLength(5);
  });

  it('no state leaks a raw locale key', async () => {
    for (const report of [
      seedReport(),
      detectionOnlyReport(),
      nothingCitedReport(),
      { ...seedReport(), status: 'too-large' as const },
    ]) {
      const el = await mount(<ReportView report={report} tabId={1} onAnalyzeFully={() => {}} />);
      el.querySelectorAll('details').forEach((d) => (d.open = true));
      expect(rawKeys(el, KEYS)).toEqual([]);
    }
  });
});
