import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

describe('npm run analyze', () => {
  it('prints nothing but JSON on stdout with `npm run --silent analyze -- --format json` (no npm banner)', () => {
    // As a person types it: without the npm settings an outer `npm test --loglevel=…` passes down.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
    const out = execFileSync(
      'npm',
      ['run', '--silent', 'analyze', '--', '--format', 'json', 'tests/fixtures/seed.txt'],
      { cwd: root, encoding: 'utf8', env },
    );
    const report = JSON.parse(out) as { tags: string[]; declaredTotals: unknown };
    expect(report.tags).toEqual(['Russland', 'Türkei', 'York']);
    expect(report.declaredTotals).toEqual({ web: 15, social: 194, forums: 38 });
  }, 30_000);

  it('leaves npm its own messages: the project does not silence npm (npm ci shows progress and errors)', () => {
    const npmrc = resolve(root, '.npmrc');
    const text = existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : '';
    expect(text).not.toMatch(/^\s*loglevel\s*=\s*silent/m);
  });
});
