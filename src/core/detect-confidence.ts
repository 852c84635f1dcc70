/**
 * Confidence in the verdict, from the detection score. The logistic of the raw
 * score was far too sure (every page with two strong signals read "100 % sure",
 * wine shops included), so the score is scaled down before squashing, and the
 * rounded figure reaches 1.00 only when the evidence is overwhelming: a score
 * far from zero made of several signals that agree, none against.
 * SLOPE and the two thresholds were read off the calibration table `npm run eval` prints.
 */
import type { DetectionReason } from './types';

const SLOPE = 0.6;
/** Below 1.00 unless |score| reaches SURE_SCORE with SURE_REASONS agreeing signals and none against. */
const SURE_SCORE = 8;
const SURE_REASONS = 4;
const BELOW_SURE = 0.99;

export function confidenceOf(score: number, reasons: readonly DetectionReason[]): number {
  const p = 1 / (1 + Math.exp(-SLOPE * Math.abs(score)));
  const sign = Math.sign(score);
  const agree = reasons.filter((r) => Math.sign(r.weight) === sign).length;
  const against = reasons.some((r) => Math.sign(r.weight) === -sign);
  const sure = Math.abs(score) >= SURE_SCORE && agree >= SURE_REASONS && !against;
  const c = Math.round(p * 100) / 100;
  return sure ? c : Math.min(c, BELOW_SURE);
}
