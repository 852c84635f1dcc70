/**
 * The needs-context marks: every name the candidate rules flag (everyday
 * word, first name, short acronym) is either marked in needs_context or
 * reviewed as not ambiguous, and the directory honours bare names, shared
 * names without a winner and low-confidence rows.
 */
import { describe, expect, it } from 'vitest';
import { createBuiltinDirectory } from '../../../src/outlets/builtin';
import { decodeDirectory, encodeDirectory } from '../../../src/outlets/codec';
import { createDirectoryFrom } from '../../../src/outlets/directory';
import type { Outlet } from '../../../src/outlets/types';
import { outletNames, loadOutletRows } from '../../../tools/outlet-rows';
import { candidates, isAcronym, loadFirstNames, tokens } from '../../../tools/outlet-alias-rules';
import { loadCandidates, loadReviewed } from '../../../tools/outlet-alias-review';

const { outlets } = loadOutletRows();
const byId = new Map(outlets.map((o) => [o.id, o]));
const reviewed = loadReviewed();
const decided = (id: string, name: string) =>
  Boolean(byId.get(id)?.needsContext?.includes(name) || reviewed.has(`${id}\t${name}`));
const dir = createBuiltinDirectory();

describe('alias candidate rules', () => {
  it('drops one leading article and folds', () => {
    expect(tokens('The Post')).toEqual(['post']);
    expect(tokens('Die Welt')).toEqual(['welt']);
    expect(tokens('New York Times')).toEqual(['new', 'york', 'times']);
  });

  it('takes 2-3 letter initialisms in Latin, Greek or Cyrillic, not short Han or Arabic names', () => {
    for (const a of ['LN', 'F.A.Z.', 'TV3', 'НТВ']) expect(isAcronym(a), a).toBe(true);
    for (const a of ['Reuters', 'ABCD', '新华社', 'معا', '24']) expect(isAcronym(a), a).toBe(false);
  });
});

describe('needs-context marks', () => {
  it('decides every committed candidate (written by scripts/outlet-alias-candidates.ts from the word lists)', () => {
    const open = loadCandidates().filter((c) => byId.has(c.id) && !decided(c.id, c.name));
    expect(open.map((c) => `${c.id} ${c.name} (${c.reasons})`)).toEqual([]);
  });

  it('decides every first-name and acronym candidate of the current rows (no word list needed)', () => {
    const open = candidates(outlets, loadFirstNames()).filter((c) => !decided(c.id, c.name));
    expect(open.map((c) => `${c.id} ${c.name} (${c.reasons.join(' ')})`)).toEqual([]);
  });

  it('keeps no stale review entry: each names an outlet name that is a candidate', () => {
    const known = new Set(loadCandidates().map((c) => `${c.id}\t${c.name}`));
    for (const c of candidates(outlets, loadFirstNames())) known.add(`${c.id}\t${c.name}`);
    const stale = [...reviewed.keys()].filter((k) => {
      const [id, name] = k.split('\t');
      const o = byId.get(id);
      return !o || !outletNames(o).includes(name) || !known.has(k);
    });
    expect(stale).toEqual([]);
  });

  it('marks the false friends found in the audit', () => {
    const marked = (id: string, name: string) =>
      expect(byId.get(id)?.needsContext ?? [], `${id} ${name}`).toContain(name);
    marked('welt', 'Welt');
    marked('moment-at', 'Moment');
    marked('index-hu', 'Index');
    marked('today-it', 'Today');
    marked('derstandard', 'Standard');
    marked('il-post', 'Il Post');
    marked('dawn', 'Dawn');
    marked('kan', 'Kan');
    marked('hln', 'HLN');
    marked('kbc', 'KBC');
  });
});

describe('bare names and shared names', () => {
  it('indexes a bare name, but never over an outlet that writes the name unqualified', () => {
    expect(dir.byName('The Star (Malaysia)')?.id).toBe('thestar-my');
    expect(dir.byName('The Sun')?.id).toBe('the-sun');
    expect(dir.byName('The Guardian')?.id).toBe('guardian');
  });

  it('resolves a name shared without a winner to nothing, and a declared one to its winner', () => {
    expect(dir.byName('The Star')).toBeNull();
    expect(dir.byName('Presse')).toBeNull();
    expect(dir.byName('Times')?.id).toBe('the-times');
    expect(dir.byName('LA Times')?.id).toBe('latimes');
    expect(dir.byName('HuffPost')?.id).toBe('huffpost');
  });

  it('finds a low-confidence outlet by its domain only', () => {
    const low: Outlet = {
      id: 'x',
      name: 'Example Daily',
      aliases: ['ED'],
      domains: ['exampledaily.ng'],
      country: 'NG',
      languages: ['en'],
      type: 'newspaper',
      owner: null,
      confidence: 'low',
    };
    const d = createDirectoryFrom([low]);
    expect(d.byDomain('https://www.exampledaily.ng/a')?.id).toBe('x');
    expect(d.byName('Example Daily')).toBeNull();
  });

  it('carries needsContext, bareName, status and confidence through the JSON codec', () => {
    const o: Outlet = {
      id: 'y',
      name: 'Y (Z)',
      aliases: ['Y'],
      domains: ['y.test'],
      country: 'DE',
      languages: ['de'],
      type: 'newspaper',
      owner: null,
      needsContext: ['Y'],
      bareName: 'Y',
      status: 'closed:2023',
      confidence: 'low',
    };
    const plain: Outlet = {
      ...o,
      id: 'p',
      domains: ['p.test'],
      needsContext: undefined,
      bareName: undefined,
      status: undefined,
      confidence: undefined,
    };
    const enc = encodeDirectory([o, plain], {});
    expect(enc.o[1]).toHaveLength(8); // rows without the new fields keep the old shape
    const [back, backPlain] = decodeDirectory(enc).outlets;
    expect(back).toMatchObject({ needsContext: ['Y'], bareName: 'Y', status: 'closed:2023', confidence: 'low' });
    expect(backPlain.status).toBeUndefined();
  });
});
