/** Which files to analyse: files as given, folders searched recursively. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const INPUT_RE = /\.(html?|html\.gz|htm\.gz|txt)$/i;

export interface Inputs {
  files: string[];
  errors: { file: string; error: string }[];
}

export function collectInputs(paths: string[]): Inputs {
  const files: string[] = [];
  const errors: Inputs['errors'] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      errors.push({ file: p, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message });
      continue;
    }
    if (!st.isDirectory()) {
      files.push(p);
      continue;
    }
    const found = walkDir(p);
    if (!found.length) errors.push({ file: p, error: 'folder holds no .html, .htm, .html.gz or .txt files' });
    files.push(...found);
  }
  return { files, errors };
}

function walkDir(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (INPUT_RE.test(e.name)) out.push(p);
    }
  }
  return out.sort();
}
