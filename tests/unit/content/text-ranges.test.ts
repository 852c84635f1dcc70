// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findTextRanges, indexText, INDEX_MAX_NODES } from '../../../src/content/text-ranges';

describe('the hover-card text index is bounded', () => {
  it('stops after INDEX_MAX_NODES text nodes on a huge page, and still finds text across elements inside the bound', () => {
    const body = document.body;
    body.innerHTML = '<p>Al <b>Jazeera</b> berichtet</p>';
    const frag = document.createDocumentFragment();
    for (let i = 0; i < INDEX_MAX_NODES + 5_000; i++) {
      const s = document.createElement('span');
      s.textContent = 'x ';
      frag.append(s);
    }
    body.append(frag);
    const index = indexText(body);
    expect(index.nodes.length).toBe(INDEX_MAX_NODES);
    const [range] = findTextRanges(body, 'Al Jazeera berichtet', index);
    expect(range.toString()).toBe('Al Jazeera berichtet');
  });
});
