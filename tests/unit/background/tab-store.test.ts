import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/core/analyze';
import type { SourceReport } from '../../../src/core/types';
import { fixture, linkedom, seedDirectory } from '../core/helpers';

/** storage.session as the browsers enforce it: about 10 MB for keys and JSON values together. */
const QUOTA = 10 * 1024 * 1024;
const area = new Map<string, unknown>();
const size = (m: Map<string, unknown>) =>
  [...m].reduce((n, [k, v]) => n + k.length + new TextEncoder().encode(JSON.stringify(v)).length, 0);
const session = {
  refuse: null as null | ((keys: string[]) => boolean),
  get: async (k: string | null) =>
    k === null ? Object.fromEntries(area) : area.has(k) ? { [k]: structuredClone(area.get(k)) } : {},
  set: async (items: Record<string, unknown>) => {
    if (session.refuse?.(Object.keys(items))) throw new Error('QUOTA_BYTES quota exceeded');
    const next = new Map(area);
    for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
    if (size(next) > QUOTA) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of next) area.set(k, v);
  },
  remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => area.delete(k)),
};
vi.mock('webextension-polyfill', () => ({ default: { storage: { session } } }));

const { getTabState, setTabState, TOTAL_BYTES } = await import('../../../src/background/tab-store');
const { bytesOf, fitReport, REPORT_BYTES } = await import('../../../src/background/report-budget');

/** The seed article with `n` more cited links whose URLs are `urlLength` characters long (1,200 × ~3.9 KB: a 9.6 MB report). */
function longLinksReport(n: number, urlLength: number): SourceReport {
  const pad = 'x'.repeat(urlLength);
  const links = Array.from(
    { length: n },
    (_, i) => `<p>Mehr bei <a href="https://www.reuters.com/world/${i}/${pad}">Reuters ${i}</a>.</p>`,
  ).join('');
  const html = fixture('article.html').replace('</article>', `${links}</article>`);
  return analyze(linkedom(html), { url: 'https://nachrichten.example/politik/iran', directory: seedDirectory() });
}
const small = longLinksReport(3, 20);

beforeEach(() => {
  area.clear();
  session.refuse = null;
});

describe('a report is bounded by bytes', () => {
  it('cuts the long tail of links, says how many, and keeps the report consistent', () => {
    const big = longLinksReport(1_200, 3_880);
    expect(bytesOf(big)).toBeGreaterThan(9 * 1024 * 1024);
    const fit = fitReport(big)!;
    expect(bytesOf(fit)).toBeLessThanOrEqual(REPORT_BYTES);
    expect(fit.links.length).toBeGreaterThan(0);
    expect(fit.links).toEqual(big.links.slice(0, fit.links.length));
    expect(fit.truncated).toEqual({ links: big.links.length - fit.links.length, mentions: 0, references: 0 });
    const ids = new Set(fit.links.map((l) => l.id));
    const urls = new Set([...fit.links, ...fit.references].map((l) => l.url));
    for (const o of fit.outlets) {
      for (const id of o.linkIds) expect(ids.has(id)).toBe(true);
      for (const u of o.urls) expect(urls.has(u)).toBe(true);
    }
    // The mention survives the cut.
    expect(fit.mentions.length).toBe(big.mentions.length);
  });

  it('leaves a report that fits untouched', () => {
    expect(fitReport(small)).toBe(small);
    expect(small.truncated).toBeUndefined();
  });
});

describe('one tab never makes another fail', () => {
  it('the attack page (10 MB of links), then another tab with a larger article: both kept', async () => {
    const attack = longLinksReport(1_250, 3_880);
    expect(bytesOf(attack)).toBeGreaterThan(9.5 * 1024 * 1024); // alone it would still fit the quota
    await setTabState(1, { status: 'ready', report: attack });
    const other = longLinksReport(60, 3_880);
    await setTabState(2, { status: 'ready', report: other });
    const one = await getTabState(1);
    expect(one.status === 'ready' && one.report.truncated?.links).toBeGreaterThan(0);
    const two = await getTabState(2);
    expect(two.status).toBe('ready');
    if (two.status === 'ready') expect(two.report.mentions).toEqual(other.mentions);
  });

  it('evicts the least recently used tabs before a write would overflow the total', async () => {
    const big = fitReport(longLinksReport(300, 3_880))!;
    const per = bytesOf({ status: 'ready', report: big });
    const fits = Math.floor(TOTAL_BYTES / per);
    for (let tab = 1; tab <= fits + 5; tab++) {
      await setTabState(tab, { status: 'ready', report: big });
      if (tab === fits) await getTabState(1); // the popup looked at tab 1: it is now recent
    }
    expect(size(area)).toBeLessThanOrEqual(TOTAL_BYTES + 64 * 1024);
    expect((await getTabState(fits + 5)).status).toBe('ready');
    expect((await getTabState(2)).status).toBe('none'); // oldest, gone
    expect((await getTabState(1)).status).toBe('ready'); // read recently, kept
  });

  it('a write the browser refuses is an error for the writing tab only, and never throws', async () => {
    await setTabState(1, { status: 'ready', report: small });
    session.refuse = (keys) => keys.includes('tab:2');
    await expect(setTabState(2, { status: 'ready', report: small })).resolves.toBeUndefined();
    session.refuse = null;
    await setTabState(3, { status: 'ready', report: small });
    expect((await getTabState(3)).status).toBe('ready');
  });
});
