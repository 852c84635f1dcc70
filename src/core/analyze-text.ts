/**
 * Plain-text input (a page's text as copied, like seed.txt): an optional tag
 * row, a title line, body paragraphs, then reference lists and totals.
 */
import type { OutletDirectory } from '../outlets/types';
import { textBlocks, type Block } from './blocks';
import { classifyUrl } from '../outlets/classify';
import { guessLang } from './lang-guess';
import { normLang } from './lang';
import { extractCitations } from './report';
import { baseReport, defaultClock, emptyMetadata } from './report-base';
import { guardStep } from './guard-step';
import { boundReport } from './bounds';
import { LIMITS } from './limits';
import { splitTagLine } from './tags';
import type { Detection, DetectionReason, Diagnostic, Link, SourceReport } from './types';

export interface AnalyzeTextOptions {
  url?: string;
  directory: OutletDirectory;
  lang?: string;
  clock?: () => number;
  /** The debug switch, as in analyze(). */
  debug?: boolean;
}

const SENTENCE_END = /[.!?:;"”“»«)]$/;

export function analyzeText(text: string, opts: AnalyzeTextOptions): SourceReport {
  const clock = opts.clock ?? defaultClock;
  const t0 = clock();
  const url = opts.url ?? '';
  const log: Diagnostic[] | null = opts.debug ? [] : null;
  const blocks = guardStep(
    () => textBlocks(typeof text === 'string' ? text.slice(0, 5_000_000) : ''),
    [],
    'blocks',
    log,
  );
  const head = guardStep(() => headOf(blocks), { title: '', tags: [], skip: new Set<number>() }, 'headline', log);
  const detection = detectText(blocks, head.title);
  const t1 = clock();
  const links = guardStep(() => textLinks(blocks, opts.directory, head.skip), [], 'links', log);
  const metadata = {
    ...emptyMetadata(url),
    title: head.title,
    lang: normLang(opts.lang) ?? guessLang(text.slice(0, 20_000)),
  };
  const cites = extractCitations(blocks, links, opts.directory, url, head.skip, { url, lang: metadata.lang }, log);
  const t2 = clock();
  const timings = { detectMs: t1 - t0, extractMs: t2 - t1, totalMs: t2 - t0 };
  const status = text.length > 5_000_000 ? 'too-large' : 'complete';
  const report = boundReport({ ...baseReport(url, status, detection, metadata, timings), tags: head.tags, ...cites });
  return log ? { ...report, diagnostics: log } : report;
}

/** First line is a tag row when it is short, unpunctuated and a headline follows. */
function headOf(blocks: Block[]): { title: string; tags: string[]; skip: Set<number> } {
  const [l0, l1, l2] = blocks.map((b) => b.text);
  if (!l0) return { title: '', tags: [], skip: new Set() };
  const looksTitle = (s: string | undefined) => !!s && s.length >= 15 && s.length <= 250;
  if (l0.length <= 80 && !SENTENCE_END.test(l0) && looksTitle(l1) && l2 && l2.length > l1.length) {
    return { title: l1, tags: splitTagLine(l0), skip: new Set([0]) };
  }
  return { title: l0.length <= 250 ? l0 : '', tags: [], skip: new Set() };
}

function detectText(blocks: Block[], title: string): Detection {
  const reasons: DetectionReason[] = [];
  const long = blocks.filter((b) => b.text.length >= 140);
  const score = long.reduce((s, b) => s + Math.sqrt(b.text.length - 140), 0);
  if (score >= 20)
    reasons.push({ code: 'text-density', weight: score >= 40 ? 3 : 2.5, detail: `${long.length} long paragraphs` });
  else reasons.push({ code: 'few-paragraphs', weight: -3, detail: `${long.length} long paragraphs` });
  if (title && long.length >= 2)
    reasons.push({ code: 'headline-paragraphs', weight: 1.5, detail: `${long.length} paragraphs after the headline` });
  const sum = reasons.reduce((s, r) => s + r.weight, -1);
  const p = 1 / (1 + Math.exp(-sum));
  return { isArticle: sum > 0, confidence: Math.round((sum > 0 ? p : 1 - p) * 100) / 100, reasons };
}

/** Full URLs written in body lines (reference lines are references, not links). */
function textLinks(blocks: Block[], dir: OutletDirectory, skip: Set<number>): Link[] {
  const links: Link[] = [];
  blocks.forEach((b, i) => {
    if (skip.has(i) || /^(Referenz|Reference|Quelle|Source)/i.test(b.text)) return;
    for (const m of b.text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
      const url = m[0].replace(/[.,;:]+$/, '');
      if (url.length > LIMITS.url) continue; // no one can follow it, and the border would refuse it
      const c = classifyUrl(url, dir);
      if (!c) continue;
      links.push({
        id: `lnk-${links.length + 1}`,
        url,
        domain: c.domain,
        text: url,
        category: c.category,
        outlet: c.outlet,
        platform: c.platform,
        shortener: c.shortener,
        position: { index: links.length, offset: b.offset + (m.index ?? 0) },
      });
    }
  });
  return links;
}
