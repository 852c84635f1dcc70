/**
 * Reads and validates the outlet CSV files in data/outlets/. Shared by the
 * build script and the data tests, so both reject exactly the same rows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDomain, parse } from 'tldts';
import { OUTLET_TYPES, type OutletType } from '../src/core/types';
import { COUNTRY_CODES, LANGUAGE_CODES } from '../src/outlets/codes';
import { parseCsv } from '../src/outlets/csv';
import { foldName, looseKey } from '../src/outlets/names';
import type { Outlet } from '../src/outlets/types';

export const HEADER = ['id', 'name', 'aliases', 'domains', 'country', 'languages', 'type', 'owner'];
export const DATA_DIR = new URL('../data/outlets/', import.meta.url).pathname;

export interface SourcedOutlet extends Outlet {
  /** "europe-dach.csv:12" */
  where: string;
}

export interface LoadResult {
  outlets: SourcedOutlet[];
  /** Loose name key -> preferred outlet id. */
  preferred: Record<string, string>;
  errors: string[];
  warnings: string[];
}

const list = (s: string) => s.split('|').map((x) => x.trim()).filter(Boolean);
// Prefixes that name a rendition of a site, never a separate outlet: list the bare domain instead.
const RENDITION = /^(www\d?|m|amp|mobile)\./;

export function checkDomain(d: string): string | null {
  if (d !== d.toLowerCase() || /[^a-z0-9.-]/.test(d)) return `domain "${d}" must be a bare lower-case host (no scheme, path or spaces)`;
  if (RENDITION.test(d)) return `domain "${d}" starts with www./m./amp./mobile.: list the bare domain`;
  const p = parse(d);
  if (!p.domain || !p.isIcann) return `domain "${d}" has no registrable domain under the public suffix list`;
  return null;
}

export function loadOutletRows(dir = DATA_DIR): LoadResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const outlets: SourcedOutlet[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.startsWith('_')).sort();
  for (const file of files) {
    const records = parseCsv(readFileSync(join(dir, file), 'utf8'));
    const [head, ...rows] = records;
    if (!head || head.fields.join(',') !== HEADER.join(',')) {
      errors.push(`${file}:1: header must be ${HEADER.join(',')}`);
      continue;
    }
    for (const { fields, line } of rows) {
      const where = `${file}:${line}`;
      const bad = (msg: string) => errors.push(`${where}: ${msg}`);
      if (fields.length !== HEADER.length) {
        bad(`expected ${HEADER.length} fields, found ${fields.length}`);
        continue;
      }
      const [id, name, aliases, domains, country, languages, type, owner] = fields.map((f) => f.trim());
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) bad(`id "${id}" must be a lower-case slug`);
      if (!name || name.includes('|')) bad(`name "${name}" is empty or contains "|"`);
      const doms = list(domains);
      if (!doms.length) bad('no domain');
      for (const d of doms) {
        const msg = checkDomain(d);
        if (msg) bad(msg);
        const parent = getDomain(d);
        if (parent && parent !== d && doms.includes(parent)) bad(`domain "${d}" is redundant: "${parent}" is listed too`);
      }
      if (!COUNTRY_CODES.has(country)) bad(`country "${country}" is not an ISO 3166-1 alpha-2 code`);
      const langs = list(languages);
      if (!langs.length) bad('no language');
      for (const l of langs) if (!LANGUAGE_CODES.has(l)) bad(`language "${l}" is not an ISO 639-1 code`);
      if (!(OUTLET_TYPES as readonly string[]).includes(type)) bad(`type "${type}" is not one of ${OUTLET_TYPES.join(', ')}`);
      const al = distinctAliases(name, list(aliases));
      outlets.push({ id, name, aliases: al, domains: doms, country, languages: langs, type: type as OutletType, owner: owner || null, where });
    }
  }
  checkUnique(outlets, errors);
  const preferred = checkNames(outlets, dir, errors, warnings);
  return { outlets, preferred, errors, warnings };
}

function checkUnique(outlets: SourcedOutlet[], errors: string[]): void {
  const ids = new Map<string, string>();
  const domains = new Map<string, string>();
  for (const o of outlets) {
    const prev = ids.get(o.id);
    if (prev) errors.push(`${o.where}: id "${o.id}" already used at ${prev}`);
    ids.set(o.id, o.where);
    for (const d of new Set(o.domains)) {
      const p = domains.get(d);
      if (p) errors.push(`${o.where}: domain "${d}" already listed at ${p}`);
      domains.set(d, o.where);
    }
  }
}

/**
 * A name written the same way (exact key) by several outlets must be declared
 * in _shared-names.csv with the outlet it resolves to. Names that only meet
 * once articles and spaces are dropped ("Die Presse", "La Presse") need no
 * declaration: the loose key stays ambiguous and resolves to nothing.
 */
function checkNames(outlets: SourcedOutlet[], dir: string, errors: string[], warnings: string[]): Record<string, string> {
  const exact = new Map<string, Set<string>>();
  const loose = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, id: string) => m.set(k, (m.get(k) ?? new Set()).add(id));
  for (const o of outlets) {
    for (const n of [o.name, ...o.aliases]) {
      const k = foldName(n);
      if (k) {
        add(exact, k, o.id);
        add(loose, looseKey(n, o.languages), o.id);
      }
    }
  }
  const preferred: Record<string, string> = {};
  const declared = new Set<string>();
  let records: ReturnType<typeof parseCsv> = [];
  try {
    records = parseCsv(readFileSync(join(dir, '_shared-names.csv'), 'utf8')).slice(1);
  } catch {
    /* no declarations yet */
  }
  for (const { fields, line } of records) {
    const [name = '', id = ''] = fields.map((f) => f.trim());
    const k = foldName(name);
    // The key the directory gives the declared outlet's name (its own languages' article dropped).
    const langs = outlets.find((o) => o.id === id)?.languages;
    const ids = loose.get(looseKey(name, langs));
    if (!ids?.has(id)) errors.push(`_shared-names.csv:${line}: "${name}" is not a name of outlet "${id}"`);
    else if (ids.size < 2) warnings.push(`_shared-names.csv:${line}: "${name}" is no longer shared`);
    declared.add(k);
    preferred[looseKey(name, langs)] = id;
  }
  for (const [k, ids] of exact) {
    if (ids.size > 1 && !declared.has(k)) {
      const where = outlets.filter((o) => ids.has(o.id)).map((o) => `${o.id} (${o.where})`);
      errors.push(`name "${k}" is shared by ${where.join(', ')}: declare it in _shared-names.csv or change an alias`);
    }
  }
  return preferred;
}

/** Aliases without those that fold to the name or to an earlier alias ("Spiegel", "SPIEGEL"). */
export function distinctAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([foldName(name)]);
  return aliases.filter((a) => {
    const k = foldName(a);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
