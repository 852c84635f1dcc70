/**
 * tools/first-chunk.js lists the content script's first chunk for the lint
 * zones; this keeps the list whole: it is exactly what the entry imports
 * statically (type-only imports and import() aside), read with TypeScript's
 * own parser and module resolution.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { FIRST_CHUNK, FIRST_CHUNK_ENTRY } from '../../../tools/first-chunk.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const OPTIONS: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  allowImportingTsExtensions: false,
};

/** Does this import or export bring values (not only types)? */
function carriesValues(
  s: ts.Statement,
): s is (ts.ImportDeclaration | ts.ExportDeclaration) & { moduleSpecifier: ts.StringLiteral } {
  if (ts.isImportDeclaration(s)) {
    const c = s.importClause;
    if (!c) return true; // a side-effect import
    if (c.isTypeOnly) return false;
    const named = c.namedBindings;
    return (
      !!c.name ||
      !named ||
      ts.isNamespaceImport(named) ||
      named.elements.length === 0 ||
      named.elements.some((e) => !e.isTypeOnly)
    );
  }
  if (ts.isExportDeclaration(s) && s.moduleSpecifier) {
    const named = s.exportClause;
    return !s.isTypeOnly && (!named || !ts.isNamedExports(named) || named.elements.some((e) => !e.isTypeOnly));
  }
  return false;
}

/** Project files a source file imports statically, as repository paths. */
function staticImports(file: string): string[] {
  const abs = resolve(ROOT, file);
  const source = ts.createSourceFile(abs, readFileSync(abs, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const s of source.statements) {
    if (!carriesValues(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const resolved = ts.resolveModuleName(s.moduleSpecifier.text, abs, OPTIONS, ts.sys).resolvedModule;
    if (resolved && !resolved.isExternalLibraryImport) out.push(relative(ROOT, resolved.resolvedFileName));
  }
  return out;
}

describe('the first chunk list', () => {
  it('is exactly the static import closure of the content entry', () => {
    const seen = new Set<string>();
    const queue = [FIRST_CHUNK_ENTRY];
    while (queue.length) {
      const f = queue.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      queue.push(...staticImports(f));
    }
    expect([...seen].sort()).toEqual([...FIRST_CHUNK].sort());
  });
});
