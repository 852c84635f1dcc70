/**
 * Property-based tests for every extractor of the analysis core, over random
 * DOM trees and random text. `npm test` runs FUZZ_RUNS (default 100) cases per
 * property; `npm run fuzz` runs 10,000. A failure found here becomes a fixture
 * in tests/fixtures/fuzz/ (see regressions.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeText, detect } from '../../src/core';
import { extractBlocks, textBlocks, type Block } from '../../src/core/blocks';
import { detectionOnlyReport } from '../../src/core/detection-report';
import { registrable } from '../../src/outlets/url';
import { extractLinks } from '../../src/core/links';
import { findMentions } from '../../src/core/mentions';
import { extractMetadata } from '../../src/core/metadata';
import { extractReferences } from '../../src/core/references';
import { extractTags } from '../../src/core/tags';
import { extractTitle } from '../../src/core/title';
import { extractTotals } from '../../src/core/totals';
import { SourceReportSchema } from '../../src/messaging/report-schema';
import { testDirectory } from '../unit/core/helpers';
// @ts-expect-error -- untyped module (see tests/unit/core/helpers.ts)
import { JSDOM, VirtualConsole } from 'jsdom';
import { buildDocument, page, RUNS, text, TIMEOUT, url, type PageSpec } from './arbitraries';
import { checkReferences, checkReport, HTTP_URL, schemaIssue } from './invariants';
import { maskKnownBugs, maskLinks, maskMetadata, maskReferences } from './known-bugs';

const dir = testDirectory();
const opts = { numRuns: RUNS };
const doc = (p: PageSpec) => buildDocument(p.head, p.body);
const domBlocks = (p: PageSpec): Block[] => extractBlocks(doc(p).body, { skipFurniture: true }).blocks;
/** Blocks from either a random DOM or random lines of text. */
const blocks = fc.oneof(
  page.map(domBlocks),
  fc.array(text, { maxLength: 12 }).map((l) => textBlocks(l.join('\n'))),
);
const metaSchema = SourceReportSchema.entries.metadata;
/** jsdom without its console: random <style> text makes it log CSS parse errors. */
const quietJsdom = (html: string): { document: Document; close: () => void } =>
  new JSDOM(html, { url: 'https://example.test/', virtualConsole: new VirtualConsole() }).window;

describe('extractors never throw and keep their contracts', () => {
  it('detect', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(page, url, (p, u) => {
        const d = detect(doc(p), u);
        expect(typeof d.isArticle).toBe('boolean');
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        expect(schemaIssue(SourceReportSchema.entries.reasons, d.reasons)).toBeNull();
        const r = detectionOnlyReport(doc(p), u, d, { detectMs: 0, extractMs: 0, totalMs: 0 });
        checkReport(maskKnownBugs(r));
      }),
      opts,
    );
  });

  it('metadata and title', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(page, url, text, (p, u, body) => {
        const d = doc(p);
        const m = extractMetadata(d, u, body);
        expect(schemaIssue(metaSchema, maskMetadata(m))).toBeNull();
        const title = extractTitle(d, u);
        expect(title).toBe(m.title);
        expect(title).toBe(title.trim());
        expect(title).not.toMatch(/\s{2,}/);
      }),
      opts,
    );
  });

  it('tags', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(page, (p) => {
        const d = doc(p);
        const tags = extractTags(d, d.querySelector('h1'));
        expect(schemaIssue(SourceReportSchema.entries.tags, tags)).toBeNull();
        for (const t of tags) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).toBe(t.trim());
        }
        expect(new Set(tags.map((t) => t.toLowerCase())).size).toBe(tags.length);
      }),
      opts,
    );
  });

  it('references', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(blocks, url, (b, u) => {
        const { references, consumed } = extractReferences(b, { dir, baseUrl: u });
        checkReferences(maskReferences(references));
        for (const i of consumed) expect(i >= 0 && i < b.length).toBe(true);
      }),
      opts,
    );
  });

  it('mentions', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(blocks, fc.array(fc.nat(12), { maxLength: 3 }), (b, skipped) => {
        const skip = new Set(skipped);
        const found = findMentions(b, dir, skip);
        for (const f of found) {
          expect(f.block >= 0 && f.block < b.length && !skip.has(f.block)).toBe(true);
          const line = b[f.block].text;
          expect(f.text.length).toBeGreaterThan(0);
          expect(line.slice(f.start, f.start + f.text.length)).toBe(f.text);
          expect(f.nameStart).toBeGreaterThanOrEqual(0);
          expect(line.slice(f.nameStart, f.nameStart + f.name.length)).toBe(f.name);
          expect(dir.byName(f.entry.name)).toBeTruthy();
        }
      }),
      opts,
    );
  });

  it('links', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(page, url, fc.integer({ min: 1, max: 40 }), (p, u, max) => {
        const { links, truncated } = extractLinks(domBlocks(p), dir, u, max);
        expect(links.length).toBeLessThanOrEqual(max);
        if (!truncated) expect(links.length).toBeLessThan(max + 1);
        expect(schemaIssue(SourceReportSchema.entries.links, maskLinks(links))).toBeNull();
        const own = registrable(u);
        links.forEach((l, i) => {
          expect(l.id).toBe(`lnk-${i + 1}`);
          expect(l.url).toMatch(HTTP_URL);
          expect(registrable(l.domain)).toBe(l.domain);
          if (own) expect(l.domain).not.toBe(own);
        });
      }),
      opts,
    );
  });

  it('totals', { timeout: TIMEOUT }, () => {
    const numbers = fc.array(
      fc.oneof(
        text,
        fc.constantFrom('Quellen gesamt', 'Sources total:', 'Web:', 'Social', 'Foren'),
        fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          blocks,
          numbers.map((l) => textBlocks(l.join('\n'))),
          numbers.map((l) => textBlocks(l.join(' '))),
        ),
        (b) => {
          const t = extractTotals(b);
          expect(schemaIssue(SourceReportSchema.entries.declaredTotals, t)).toBeNull();
          if (t) for (const n of Object.values(t)) if (n !== null) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
        },
      ),
      opts,
    );
  });

  it('analyze (linkedom)', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(page, url, (p, u) => checkReport(maskKnownBugs(analyze(doc(p), { url: u, directory: dir })))),
      opts,
    );
  });

  it('analyze (jsdom, parsed from serialized HTML)', { timeout: TIMEOUT * 3 }, () => {
    // jsdom parses like a browser; a tenth of the runs, it is ~10x slower than linkedom.
    fc.assert(
      fc.property(page, url, (p, u) => {
        const html = `<!doctype html>${doc(p).documentElement.outerHTML}`;
        const win = quietJsdom(html);
        try {
          checkReport(maskKnownBugs(analyze(win.document, { url: u, directory: dir })));
        } finally {
          win.close();
        }
      }),
      { numRuns: Math.max(10, Math.ceil(RUNS / 10)) },
    );
  });

  it('analyzeText', { timeout: TIMEOUT }, () => {
    const lines = fc.array(text, { maxLength: 15 }).map((l) => l.join('\n'));
    fc.assert(
      fc.property(
        fc.oneof(lines, fc.string({ maxLength: 500 }), fc.string({ unit: 'binary', maxLength: 300 })),
        fc.option(url, { nil: undefined }),
        (t, u) => {
          checkReport(maskKnownBugs(analyzeText(t, { directory: dir, url: u })));
        },
      ),
      opts,
    );
  });
});
