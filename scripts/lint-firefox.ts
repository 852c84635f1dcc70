/**
 * `npm run lint:firefox`: Mozilla's add-on validator on the Firefox build.
 * Fails on any error, and on any warning or notice in our own code. Findings
 * in third-party chunks (named vendor-* by vite.config.ts) are printed, not fatal:
 * e.g. preact's dangerouslySetInnerHTML support, which we never use.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
const root = resolve(import.meta.dirname, '..');
let out: string;
try {
  out = execFileSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'],
    { cwd: root, encoding: 'utf8' },
  );
} catch (err) {
  // web-ext exits non-zero when it finds errors; the JSON is still on stdout.
  out = (err as { stdout?: string }).stdout ?? '';
}
const report = JSON.parse(out.slice(out.indexOf('{'))) as {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
};
const vendor = (f: Finding) => /(^|\/)vendor-[\w-]+\.js$/.test(f.file ?? '');
const where = (f: Finding) => `${f.file ?? 'manifest'}${f.line ? `:${f.line}` : ''}`;

const ours = [...report.warnings, ...report.notices].filter((f) => !vendor(f));
for (const f of report.errors) console.error(`error   ${f.code} ${where(f)}: ${f.message}`);
for (const f of ours) console.error(`warning ${f.code} ${where(f)}: ${f.message}`);
for (const f of [...report.warnings, ...report.notices].filter(vendor))
  console.log(`vendor  ${f.code} ${where(f)} (third-party code, not ours)`);
console.log(`web-ext lint: ${report.errors.length} errors, ${ours.length} warnings in our code`);
process.exit(report.errors.length + ours.length > 0 ? 1 : 0);
