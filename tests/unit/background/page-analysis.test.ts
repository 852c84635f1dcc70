import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => import('../browser-mock'));
// The directory is the only part that needs the built extension (it fetches a JSON file of it).
vi.mock('../../../src/background/directory', async () => {
  const { seedDirectory } = await import('../core/helpers');
  return { browserDirectory: async () => seedDirectory() };
});

const { analyzeForTab, tabChanged } = await import('../../../src/background/page-analysis');
import type { TabState } from '../../../src/messaging/protocol';

const LONG =
  'Die Regierung hat am Dienstag nach langen Verhandlungen ein neues Abkommen vorgestellt, das vieles neu ordnet. '.repeat(
    6,
  );
const article = `<html lang="de"><head><title>Gipfel</title><meta property="og:type" content="article"></head><body><article><h1>Gipfel</h1><p>${LONG}</p><p>Laut Reuters war es knapp.</p></article></body></html>`;
const snapshot = (url: string) => ({ html: article, url, cut: false, hidden: [], noscriptText: false, full: false });

describe('one analysis per tab in the background', () => {
  let stored: Array<[number, TabState]>;
  const store = async (tabId: number, state: TabState) => void stored.push([tabId, state]);
  beforeEach(() => {
    stored = [];
  });

  it('stores the report for the popup and answers with it and the UI switches', async () => {
    const answer = await analyzeForTab(3, snapshot('https://news.example/a'), store);
    expect(answer.report.mentions.map((m) => m.outlet)).toContain('Reuters');
    expect(answer.ui).toEqual({ hoverCards: true, mentionMarks: true });
    expect(stored.map(([id, s]) => [id, s.status])).toEqual([
      [3, 'analyzing'],
      [3, 'ready'],
    ]);
  });

  it('stores nothing for a page the tab has left meanwhile', async () => {
    const running = analyzeForTab(4, snapshot('https://news.example/old'), store);
    tabChanged(4);
    await running;
    expect(stored.filter(([, s]) => s.status === 'ready')).toEqual([]);
  });

  it('lets the newest snapshot of a tab win', async () => {
    const older = analyzeForTab(5, snapshot('https://news.example/first'), store);
    const newer = analyzeForTab(5, snapshot('https://news.example/second'), store);
    await Promise.all([older, newer]);
    const ready = stored
      .filter(([, s]) => s.status === 'ready')
      .map(([, s]) => (s.status === 'ready' ? s.report.url : ''));
    expect(ready).toEqual(['https://news.example/second']);
  });
});
