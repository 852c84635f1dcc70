// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { browserMock } from '../browser-mock';

vi.mock('webextension-polyfill', () => ({ default: browserMock }));

const { renderCard } = await import('../../../src/content/hover/card');
const { cardModel } = await import('../../../src/content/hover/card-model');
const { buildOutlets } = await import('../../../src/core/summary');
const { validReport } = await import('../messaging/report-fixture');
const { createDirectory } = await import('../../../src/outlets');

const actions = { goToReference: vi.fn(), turnOffCards: vi.fn(), turnOffSite: vi.fn() };

describe('outlet status in the hover card', () => {
  it('says when a cited outlet closed or was renamed, and nothing for an active one', () => {
    const r = validReport();
    const m = cardModel(r, { kind: 'mention', mention: r.mentions[0] });
    expect(m.status).toBeNull();
    expect(renderCard(m, actions).textContent).not.toContain('closed');
    expect(renderCard({ ...m, status: 'closed:2023' }, actions).textContent).toContain('closed in 2023');
    expect(renderCard({ ...m, status: 'renamed:Scripps News' }, actions).textContent).toContain(
      'renamed to Scripps News',
    );
  });

  it('takes the status from the outlet summary of the report', () => {
    const r = validReport();
    r.outlets[0].status = 'closed:2021';
    expect(cardModel(r, { kind: 'mention', mention: r.mentions[0] }).status).toBe('closed:2021');
  });

  it('is copied from the directory into the outlet summary', () => {
    const r = validReport();
    const dir = createDirectory([
      {
        id: 'reuters',
        name: 'Reuters',
        aliases: [],
        domains: ['reuters.com'],
        country: 'GB',
        languages: ['en'],
        type: 'news-agency',
        owner: null,
        status: 'closed:2023',
      },
    ]);
    const [summary] = buildOutlets([], [r.mentions[0]], [], dir);
    expect(summary).toMatchObject({ name: 'Reuters', status: 'closed:2023' });
    const active = buildOutlets([], [r.mentions[0]], [], createDirectory([]));
    expect(active[0]).not.toHaveProperty('status');
  });
});
