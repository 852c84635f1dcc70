/**
 * Every failure the fuzzer found, as a fixture (tests/fixtures/fuzz/index.json).
 * Cases with `knownBug` are open bugs in src/core: it.fails until fixed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText } from '../../src/core';
import type { SourceReport } from '../../src/core/types';
import { SourceReportSchema } from '../../src/messaging/report-schema';
import { FIXTURES, linkedom, testDirectory } from '../unit/core/helpers';
import { checkReport, schemaIssue } from './invariants';
import { KNOWN_COUNTS, KNOWN_UNBOUNDED, maskKnownBugs, type KnownBug } from './known-bugs';

interface Case {
  file?: string;
  /** "links:N": an article with N outbound links to distinct sites. */
  generate?: string;
  url: string;
  knownBug?: KnownBug;
  note: string;
}
const DIR = join(FIXTURES, 'fuzz');
const { cases } = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { cases: Case[] };
const dir = testDirectory();
const PARA = `<p>${'Ein langer Absatz mit vielen Wörtern, der wie ein echter Artikeltext aussieht und genug Zeichen hat. '.repeat(4)}</p>`;
function generated(spec: string): string {
  const [kind, n] = spec.split(':');
  if (kind !== 'links') throw new Error(`unknown generator ${spec}`);
  const links = Array.from(
    { length: Number(n) },
    (_, i) => `<a href="https://site${i}.example.com/p">Quelle ${i}</a>`,
  ).join(' ');
  return `<!doctype html><html lang="de"><head><title>Viele Links</title></head><body><article><h1>Viele Links</h1>${PARA}<p>${links}</p>${PARA}</article></body></html>`;
}
const nameOf = (c: Case) => c.file ?? c.generate!;
const memo = new Map<Case, SourceReport>();
const report = (c: Case): SourceReport => {
  if (!memo.has(c)) memo.set(c, build(c));
  return memo.get(c)!;
};
const build = (c: Case) => {
  if (c.generate) return analyze(linkedom(generated(c.generate)), { url: c.url, directory: dir });
  const src = readFileSync(join(DIR, c.file!), 'utf8');
  return c.file!.endsWith('.txt')
    ? analyzeText(src, { directory: dir, url: c.url })
    : analyze(linkedom(src), { url: c.url, directory: dir });
};

describe('fuzz regressions', () => {
  it('every open core bug in the index is one the properties mask, and vice versa', () => {
    const named = new Set(cases.map((c) => c.knownBug).filter(Boolean));
    for (const k of named) expect([...Object.keys(KNOWN_UNBOUNDED), ...Object.keys(KNOWN_COUNTS)]).toContain(k);
    for (const k of [...Object.keys(KNOWN_UNBOUNDED), ...Object.keys(KNOWN_COUNTS)])
      expect(named.has(k as KnownBug), `${k} has no fixture`).toBe(true);
  });

  for (const c of cases) {
    // The rest of the report is sound even now (list-length bugs cannot be masked without breaking cross-references):
    if (!(c.knownBug && c.knownBug in KNOWN_COUNTS))
      it(`${nameOf(c)}: invariants hold${c.knownBug ? ` apart from open core bug ${String(c.knownBug)}` : ''}`, () =>
        checkReport(maskKnownBugs(report(c))));
    (c.knownBug ? it.fails : it)(
      `${nameOf(c)}: the background accepts the report${c.knownBug ? ` (open core bug: ${String(c.knownBug)})` : ''}`,
      { timeout: 60_000 },
      () => {
        expect(schemaIssue(SourceReportSchema, report(c))).toBeNull();
      },
    );
  }
});
