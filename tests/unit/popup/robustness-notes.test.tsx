// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { StatusPanel } from '../../../src/popup/components/status-panel';
import { RUN_NOW_AFTER_MS } from '../../../src/popup/components/run-now';
import { ReportView } from '../../../src/popup/components/report-view';
import { seedReport } from './fixtures';
import { click, mount } from './render';

vi.mock('webextension-polyfill', () => import('../browser-mock'));
afterEach(() => vi.useRealTimers());

describe('the popup on a page that never settles, and on a cut report', () => {
  it('offers "Analyze now" after a few seconds of "Analyzing…", and runs it', async () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const el = await mount(<StatusPanel view={{ kind: 'analyzing' }} onAnalyzeNow={run} />);
    expect(el.querySelector('[data-action="run-now"]')).toBeNull();
    await act(() => void vi.advanceTimersByTime(RUN_NOW_AFTER_MS));
    const button = el.querySelector('[data-action="run-now"]');
    expect(button?.textContent).toBe('Analyze now');
    vi.useRealTimers();
    await click(button);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('says that a report was cut to fit, and how much is left out', async () => {
    const report = { ...seedReport(), truncated: { links: 1_100, mentions: 0, references: 0 } };
    const el = await mount(<ReportView report={report} tabId={7} onAnalyzeFully={() => {}} />);
    expect(el.querySelector('[data-state="truncated"]')?.textContent).toContain(
      'the last 1100 links, 0 mentions and 0 references',
    );
  });
});

describe('a link that contradicts its label', () => {
  it('is listed under its own domain, saying which outlet its label names', async () => {
    const { OutletList } = await import('../../../src/popup/components/outlet-list');
    const base = seedReport();
    const ref = {
      ...base.references[0],
      id: 'ref-9',
      url: 'https://evil.invalid/spoofed-reuters',
      domain: 'evil.invalid',
      outlet: null,
      labelledAs: 'Reuters',
    };
    const outlet = {
      ...base.outlets[0],
      name: 'evil.invalid',
      domain: 'evil.invalid',
      homepage: null,
      urls: [ref.url],
      referenceIds: ['ref-9'],
      mentionIds: [],
      linkIds: [],
    };
    const report = { ...base, references: [...base.references, ref], outlets: [outlet] };
    const el = await mount(<OutletList report={report} tabId={7} />);
    expect(el.querySelector('.outlet-mislabelled')?.textContent).toBe('links to evil.invalid, labelled Reuters');
  });
});
