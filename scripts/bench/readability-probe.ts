/**
 * Bundled into an IIFE and evaluated in a bench:page tab after our own
 * figures are taken: Readability's first parse() of the page (compilation
 * included, as it would be for a reader), and isProbablyReaderable's first call.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';

function firstCalls(): { parseMs: number; readerableMs: number } {
  const t0 = performance.now();
  isProbablyReaderable(document);
  const t1 = performance.now();
  new Readability(document.cloneNode(true) as Document).parse();
  return { readerableMs: t1 - t0, parseMs: performance.now() - t1 };
}

(globalThis as Record<string, unknown>).__readabilityProbe = firstCalls;
