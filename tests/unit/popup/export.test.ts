import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/popup/export/csv';
import { mdText, mdUrl, toMarkdown } from '../../../src/popup/export/markdown';
import { toJson } from '../../../src/popup/export/json';
import { toCslItems, toCslJson } from '../../../src/popup/export/csl-json';
import { sourceEntries } from '../../../src/popup/export/source-list';
import { exportFileName } from '../../../src/popup/export';
import { nothingCitedReport, seedReport } from './fixtures';

const NOW = new Date('2025-02-03T10:00:00Z');

/** A small RFC 4180 reader, to prove the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

function hostile() {
  const r = seedReport();
  r.title = 'A | B "quoted"\nsecond line';
  r.outlets[0] = { ...r.outlets[0], name: '=HYPERLINK("http://evil","x")' };
  r.references[0] = { ...r.references[0], text: 'line\none, "two" | *three*', label: '+Ref' };
  return r;
}

describe('source list', () => {
  it('has one entry per cited URL, and mention-only outlets without one', () => {
    const e = sourceEntries(seedReport());
    expect(e.map((x) => [x.outlet, x.url])).toEqual([
      ['Al Jazeera', 'https://www.aljazeera.com/'],
      ['Newsweek', 'https://www.newsweek.com/'],
      ['The New York Times', 'https://www.nytimes.com/2025/01/18/world/iran-russia.html'],
      ['Reuters', null],
      ['X', 'https://x.com/someone/status/1'],
    ]);
    expect(e[0].referenceLabels).toEqual(['Referenz 1']);
    expect(e[4].citedText).toBe('Post on X');
  });

  it('drops URLs that are not http(s)', () => {
    const r = seedReport();
    r.outlets[0].urls = ['javascript:alert(1)'];
    expect(sourceEntries(r)[0].url).toBeNull();
  });
});

describe('Markdown', () => {
  it('escapes cell text so a title or name cannot break the table', () => {
    expect(mdText('a | b\nc *d* [e](f) <g>')).toBe('a \\| b c \\*d\\* \\[e\\]\\(f\\) \\<g\\>');
    expect(mdUrl('https://a.example/x|y')).toBe('<https://a.example/x%7Cy>');
  });

  it('writes a table every row of which has five cells', () => {
    const md = toMarkdown(hostile(), NOW);
    expect(md.split('\n')[0]).toBe('# Sources: A \\| B "quoted" second line');
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(2 + 5);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7);
    expect(md).toContain('Accessed: 2025-02-03');
    expect(md).toContain('The page declares 15 web, 194 social, 38 forums sources.');
    expect(md).toContain('| Newsweek | US | magazine | Referenz 2, mentioned 1× | <https://www.newsweek.com/> |');
  });

  it('says so when nothing is cited', () => {
    expect(toMarkdown(nothingCitedReport(), NOW)).toContain('No sources cited.');
  });
});

describe('CSV', () => {
  it('quotes every field, doubles quotes and defuses formulas', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('-2')).toBe(`"'-2"`);
    expect(csvField('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvField('\t=x')).toBe(`"'\t=x"`);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('x;=1+2;y')).toBe('"x;=1+2;y"');
    // Text that already starts with the guard keeps it as text: a spreadsheet shows "'=x", an importer reads "'=x".
    expect(csvField("'=x")).toBe(`"''=x"`);
    expect(csvField("it's")).toBe(`"it's"`);
    expect(csvField(3)).toBe('"3"');
    expect(csvField(null)).toBe('""');
  });

  it('round-trips through an RFC 4180 reader with one row per source', () => {
    const csv = toCsv(hostile(), NOW);
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    expect(rows[0]).toContain('url');
    expect(rows[1][0]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(rows[1][8]).toBe("'+Ref");
    expect(rows[1][11]).toBe('A | B "quoted" second line');
    expect(rows.slice(1).every((r) => !/^[=+\-@]/.test(r.join('')))).toBe(true);
  });
});

describe('JSON', () => {
  it('parses back to the article and its sources', () => {
    const data = JSON.parse(toJson(seedReport(), NOW));
    expect(data.article).toMatchObject({
      title: expect.stringContaining('Iran und Russland'),
      accessed: '2025-02-03',
      site: 'Nachrichtenportal',
    });
    expect(data.sources).toHaveLength(5);
    expect(data.declaredTotals).toEqual({ web: 15, social: 194, forums: 38 });
    expect(data.audit).toEqual({ unreferencedMentions: ['laut Reuters'], unmentionedReferences: ['Referenz 3'] });
  });
});

describe('CSL-JSON', () => {
  it('writes valid items Zotero can import', () => {
    const items = toCslItems(seedReport(), NOW);
    expect(items).toHaveLength(5);
    const ids = new Set(items.map((i) => i.id));
    expect(ids.size).toBe(5);
    for (const item of items) {
      expect(['webpage', 'article-newspaper']).toContain(item.type);
      expect(typeof item.title).toBe('string');
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.accessed).toEqual({ 'date-parts': [[2025, 2, 3]] });
      if (item.URL) expect(item.URL).toMatch(/^https?:\/\//);
    }
    expect(items[0]).toMatchObject({
      type: 'webpage',
      'container-title': 'Al Jazeera',
      URL: 'https://www.aljazeera.com/',
      title: 'www.aljazeera.com',
    });
    expect(items[2]).toMatchObject({ type: 'article-newspaper', 'container-title': 'The New York Times' });
    expect(items[3]).toMatchObject({ title: 'Reuters', 'container-title': 'Reuters' });
    expect(items[3].URL).toBeUndefined();
    expect(Array.isArray(JSON.parse(toCslJson(seedReport(), NOW)))).toBe(true);
  });

  it('uses only fields of the CSL data schema', () => {
    const allowed = new Set(['id', 'type', 'title', 'container-title', 'URL', 'accessed', 'note']);
    for (const item of toCslItems(hostile(), NOW)) for (const k of Object.keys(item)) expect(allowed.has(k)).toBe(true);
  });
});

describe('file names', () => {
  it('are short, ASCII and carry the format', () => {
    expect(exportFileName(seedReport(), 'markdown')).toBe('sources-iran-und-russland-historischer.md');
    expect(exportFileName(seedReport(), 'csl')).toMatch(/\.csl\.json$/);
    expect(exportFileName({ ...seedReport(), title: '***' }, 'csv')).toBe('sources-article.csv');
  });
});
