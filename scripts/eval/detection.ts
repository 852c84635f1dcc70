/**
 * Detection figures for `npm run eval`: accuracy per kind of page and a calibration table
 * (confidence bucket → share right) over the corpus pages eval.ts reads plus the labelled
 * fixtures in tests/fixtures/pages/<kind>/ (kinds and labels: kinds.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { detect } from '../../src/core';
import { attr, first } from '../../src/core/dom';
import type { Detection } from '../../src/core/types';
import { DETECTION_KINDS } from '../../tools/detection-kinds';

export interface DetectionRow {
  kind: string;
  want: boolean;
  got: Detection;
  name: string;
}

const rows: DetectionRow[] = [];
const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(1)}%` : 'n/a');

/** eval.ts calls this for every corpus page it analyses. */
export function recordDetection(kind: string, want: boolean, got: Detection, name: string): void {
  rows.push({ kind, want, got, name });
}

/** Detects every page under pagesDir/<kind>/ (the page's URL is its canonical link). */
export function detectFixtures(pagesDir: string): DetectionRow[] {
  const out: DetectionRow[] = [];
  if (!existsSync(pagesDir)) return out;
  for (const [kind, want] of Object.entries(DETECTION_KINDS)) {
    const dir = join(pagesDir, kind);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.html'))
      .sort()) {
      const { document } = parseHTML(readFileSync(join(dir, f), 'utf8'));
      const doc = document;
      const url = attr(first(doc, 'link[rel=canonical]'), 'href');
      out.push({ kind, want, got: detect(doc, url), name: `${kind}/${f}` });
    }
  }
  return out;
}

const BUCKETS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1];

export function calibration(list: DetectionRow[]): string[] {
  const lines = ['  confidence    pages  right'];
  for (let i = 0; i < BUCKETS.length - 1; i++) {
    const lo = BUCKETS[i],
      hi = BUCKETS[i + 1];
    const inB = list.filter((r) => r.got.confidence >= lo && (hi === 1 ? r.got.confidence < 1 : r.got.confidence < hi));
    lines.push(
      `  ${lo.toFixed(2)}–${hi === 1 ? '<1.00' : hi.toFixed(2)}  ${String(inB.length).padStart(6)}  ${pct(inB.filter((r) => r.got.isArticle === r.want).length, inB.length)}`,
    );
  }
  const sure = list.filter((r) => r.got.confidence >= 1);
  lines.push(
    `  1.00 ("100 % sure") ${String(sure.length).padStart(4)}  ${pct(sure.filter((r) => r.got.isArticle === r.want).length, sure.length)}`,
  );
  const high = list.filter((r) => r.got.confidence >= 0.9);
  lines.push(
    `  >= 0.90: ${pct(high.filter((r) => r.got.isArticle === r.want).length, high.length)} right of ${high.length} (goal >= 97%)`,
  );
  return lines;
}

export function printDetection(pagesDir: string, verbose: boolean): void {
  const fixtures = detectFixtures(pagesDir);
  const all = [...rows, ...fixtures];
  console.log('detection per kind (corpus + tests/fixtures/pages):');
  const kinds = [...new Set(all.map((r) => r.kind))];
  for (const kind of kinds) {
    const list = all.filter((r) => r.kind === kind);
    const ok = list.filter((r) => r.got.isArticle === r.want);
    const goal = list[0].want ? 95 : 90;
    console.log(
      `  ${kind.padEnd(22)} ${list[0].want ? 'article    ' : 'non-article'} ${String(ok.length).padStart(3)}/${String(list.length).padEnd(3)} = ${pct(ok.length, list.length).padStart(6)} (goal >= ${goal}%)`,
    );
    for (const r of list) {
      if (r.got.isArticle !== r.want && (verbose || r.kind in DETECTION_KINDS)) {
        console.log(
          `    wrong: ${r.name} conf ${r.got.confidence} [${r.got.reasons.map((x) => `${x.code}${x.weight}`).join(' ')}]`,
        );
      }
    }
  }
  console.log('calibration, all pages:');
  for (const l of calibration(all)) console.log(l);
  console.log('calibration, fixtures only:');
  for (const l of calibration(fixtures)) console.log(l);
}
