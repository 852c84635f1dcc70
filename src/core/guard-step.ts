/**
 * guard() with a name, for the steps of the full analysis: when it throws, the
 * page stays safe and the section stays empty (`fallback`); with a `log` (the
 * debug switch) the failure is written to the console with its step name and
 * kept for the report's diagnostics, so a developer sees which extractor
 * failed and why. Apart from guard() so the first chunk does not carry it.
 */
import type { Diagnostic } from './types';

const MAX_DIAGNOSTICS = 50;

export function guardStep<T>(fn: () => T, fallback: T, step: string, log: Diagnostic[] | null): T {
  try {
    return fn();
  } catch (e) {
    if (log) {
      if (log.length < MAX_DIAGNOSTICS)
        log.push({ step, message: (e instanceof Error ? e.message : String(e)).slice(0, 500) });
      console.warn(`[source-lens] ${step} failed:`, e);
    }
    return fallback;
  }
}
