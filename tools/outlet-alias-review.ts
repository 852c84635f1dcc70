/**
 * The hand review of alias candidates: data/outlets/_alias-reviewed.csv lists
 * candidates judged not ambiguous, each with its reason, and
 * _alias-candidates.csv is the committed output of the candidate script.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from '../src/outlets/csv';
import { DATA_DIR } from './outlet-rows';

/** "id\tname" -> reason. */
export function loadReviewed(file = `${DATA_DIR}_alias-reviewed.csv`): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(file)) return map;
  for (const { fields } of parseCsv(readFileSync(file, 'utf8')).slice(1)) {
    const [id = '', name = '', reason = ''] = fields.map((f) => f.trim());
    map.set(`${id}\t${name}`, reason);
  }
  return map;
}

export function loadCandidates(
  file = `${DATA_DIR}_alias-candidates.csv`,
): { id: string; name: string; reasons: string }[] {
  return parseCsv(readFileSync(file, 'utf8'))
    .slice(1)
    .map(({ fields: [id = '', name = '', reasons = ''] }) => ({ id, name, reasons }));
}
