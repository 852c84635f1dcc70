/** Mentions linked to references one way: buildMentions returns which references are pointed to, the caller marks them. */
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/core/blocks';
import { findMentions } from '../../../src/core/mentions';
import { buildMentions, markMentioned } from '../../../src/core/summary';
import type { Reference } from '../../../src/core/types';
import { createDirectory, type Outlet } from '../../../src/outlets';

const o = (id: string, name: string, aliases: string[]): Outlet => ({
  id,
  name,
  aliases,
  domains: [`${id}.example`],
  country: 'DE',
  languages: ['de', 'en'],
  type: 'news-agency',
  owner: null,
});
const dir = createDirectory([o('dpa', 'Deutsche Presse-Agentur', ['dpa']), o('reuters', 'Reuters', [])]);
const ref = (id: string, outlet: string): Reference => ({
  id,
  label: `Quelle ${id}`,
  kind: 'credit',
  url: null,
  domain: null,
  outlet,
  text: outlet,
  category: 'news',
  mentioned: false,
  position: { index: 0, offset: 0 },
});

describe('buildMentions', () => {
  const blocks = textBlocks(
    'Laut dpa ist die Brücke gesperrt. Das bestätigte Reuters am Abend, laut dpa schon seit Montag.',
  );
  const found = findMentions(blocks, dir, new Set());
  const refs = [
    ref('ref-1', 'Deutsche Presse-Agentur'),
    ref('ref-2', 'Deutsche Presse-Agentur'),
    ref('ref-3', 'Reuters'),
    ref('ref-4', 'Reuters'),
  ];
  const before = structuredClone(refs);
  const { mentions, mentioned } = buildMentions(found, blocks, refs, []);

  it('leaves the references it is given as they were', () => {
    expect(refs).toEqual(before);
  });
  it('links each mention to a reference of its outlet not yet pointed to, and returns those', () => {
    expect(mentions.map((m) => [m.text, m.referenceId, m.reference])).toEqual([
      ['Laut dpa', 'ref-1', 'Quelle ref-1'],
      ['bestätigte Reuters', 'ref-3', 'Quelle ref-3'],
      ['laut dpa', 'ref-2', 'Quelle ref-2'],
    ]);
    expect([...mentioned].map((r) => r.id).sort()).toEqual(['ref-1', 'ref-2', 'ref-3']);
  });
  it('marks the references pointed to as new objects', () => {
    const marked = markMentioned(refs, mentioned);
    expect(marked.map((r) => [r.id, r.mentioned])).toEqual([
      ['ref-1', true],
      ['ref-2', true],
      ['ref-3', true],
      ['ref-4', false],
    ]);
    expect(marked[0]).not.toBe(refs[0]);
    expect(marked[3]).toBe(refs[3]);
    expect(refs.every((r) => !r.mentioned)).toBe(true);
  });
});
