/** The analysis core: no extension APIs; runs in the content script, the CLI and tests. */
export { detect } from './detect';
export { analyze, detectionOnlyReport, type AnalyzeOptions } from './analyze';
export { analyzeText, type AnalyzeTextOptions } from './analyze-text';
export { REASON_CODES, type ReasonCode } from './reason-codes';
export type * from './types';
