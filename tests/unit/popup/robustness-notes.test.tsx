// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { StatusPanel } from '../../../src/popup/components/status-panel';
import { RUN_NOW_AFTER_MS } from '../../../src/popup/components/run-now';
import { ReportView } from '../../../src/popup/components/report-view';
import { seedReport } from './fixtures';
import { click, mount } from './render';

vi.mock('webextension-polyfill', () => import('./browser-mock'));
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
    expect(el.querySelector('[data-state="truncated"]')?.textContent).toContain('the last 1100 links, 0 mentions and 0 references');
  });
});
