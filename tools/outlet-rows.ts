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

export const HEADER = [
  'id',
  'name',
  'aliases',
  'domains',
  'country',
  'languages',
  'type',
  'owner',
  'needs_context',
  'bare_name',
  'status',
  'confidence',
];
/** Columns after owner are optional: a row may stop after owner when they are all empty. */
const REQUIRED = 8;
const STATUS = /^(active|closed:(19|20)\d\d|renamed:\S.*)$/;
// A name that ends in a bracketed qualifier: "The Star (Malaysia)".
const QUALIFIED = /^(.+?)\s*\([^()]+\)$/;
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

const list = (s: string) =>
  s
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean);
// Prefixes that name a rendition of a site, never a separate outlet: list the bare domain instead.
const RENDITION = /^(www\d?|m|amp|mobile)\./;

export function checkDomain(d: string): string | null {
  if (d !== d.toLowerCase() || /[^a-z0-9.-]/.test(d))
    return `domain "${d}" must be a bare lower-case host (no scheme, path or spaces)`;
  if (RENDITION.test(d)) return `domain "${d}" starts with www./m./amp./mobile.: list the bare domain`;
  const p = parse(d);
  if (!p.domain || !p.isIcann) return `domain "${d}" has no registrable domain under the public suffix list`;
  return null;
}

export function loadOutletRows(dir = DATA_DIR): LoadResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  const outlets: SourcedOutlet[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && !f.startsWith('_'))
    .sort();
  for (const file of files) {
    const records = parseCsv(readFileSync(join(dir, file), 'utf8'));
    const [head, ...rows] = records;
    // The optional columns may be left out of the header too (files written before they existed).
    if (
      !head ||
      head.fields.length < REQUIRED ||
      head.fields.join(',') !== HEADER.slice(0, head.fields.length).join(',')
    ) {
      errors.push(`${file}:1: header must be ${HEADER.join(',')}`);
      continue;
    }
    for (const { fields, line } of rows) {
      const where = `${file}:${line}`;
      const bad = (msg: string) => errors.push(`${where}: ${msg}`);
      if (fields.length < REQUIRED || fields.length > head.fields.length) {
        bad(`expected ${REQUIRED} to ${head.fields.length} fields, found ${fields.length}`);
        continue;
      }
      const [
        id,
        name,
        aliases,
        domains,
        country,
        languages,
        type,
        owner,
        context = '',
        bare = '',
        status = '',
        confidence = '',
      ] = fields.map((f) => f.trim());
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) bad(`id "${id}" must be a lower-case slug`);
      if (!name || name.includes('|')) bad(`name "${name}" is empty or contains "|"`);
      const doms = list(domains);
      if (!doms.length) bad('no domain');
      for (const d of doms) {
        const msg = checkDomain(d);
        if (msg) bad(msg);
        const parent = getDomain(d);
        if (parent && parent !== d && doms.includes(parent))
          bad(`domain "${d}" is redundant: "${parent}" is listed too`);
      }
      if (!COUNTRY_CODES.has(country)) bad(`country "${country}" is not an ISO 3166-1 alpha-2 code`);
      const langs = list(languages);
      if (!langs.length) bad('no language');
      for (const l of langs) if (!LANGUAGE_CODES.has(l)) bad(`language "${l}" is not an ISO 639-1 code`);
      if (!(OUTLET_TYPES as readonly string[]).includes(type))
        bad(`type "${type}" is not one of ${OUTLET_TYPES.join(', ')}`);
      const al = distinctAliases(name, list(aliases));
      const o: SourcedOutlet = {
        id,
        name,
        aliases: al,
        domains: doms,
        country,
        languages: langs,
        type: type as OutletType,
        owner: owner || null,
        where,
      };
      const qualified = QUALIFIED.exec(name);
      if (qualified && !bare)
        bad(`name "${name}" carries a qualifier: give its bare name ("${qualified[1]}") in bare_name`);
      if (bare && !(name.startsWith(bare) && name.length > bare.length))
        bad(`bare_name "${bare}" must be the start of the name "${name}"`);
      if (bare) o.bareName = bare;
      const written = new Set([name, bare, ...list(aliases)].filter(Boolean));
      const ctx = list(context);
      for (const c of ctx)
        if (!written.has(c)) bad(`needs_context "${c}" is not the name, bare name or an alias as written`);
      if (ctx.length) o.needsContext = ctx;
      if (status && !STATUS.test(status)) bad(`status "${status}" must be active, closed:YEAR or renamed:NAME`);
      if (status && status !== 'active') o.status = status;
      if (confidence && confidence !== 'low' && confidence !== 'high')
        bad(`confidence "${confidence}" must be low, high or empty`);
      if (confidence === 'low') o.confidence = 'low';
      outlets.push(o);
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
function checkNames(
  outlets: SourcedOutlet[],
  dir: string,
  errors: string[],
  warnings: string[],
): Record<string, string> {
  const exact = new Map<string, Set<string>>();
  const loose = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, id: string) => m.set(k, (m.get(k) ?? new Set()).add(id));
  const indexed = outlets.filter((o) => o.confidence !== 'low'); // low-confidence names are not indexed
  for (const o of indexed) {
    for (const n of [o.name, ...o.aliases]) {
      const k = foldName(n);
      if (k) {
        add(exact, k, o.id);
        add(loose, looseKey(n, o.languages), o.id);
      }
    }
  }
  // As in the directory: a bare name only counts where no outlet writes that name unqualified.
  const held = new Set(exact.keys());
  for (const o of indexed) {
    const k = o.bareName ? foldName(o.bareName) : '';
    if (!k || held.has(k) || !o.bareName) continue;
    add(exact, k, o.id);
    add(loose, looseKey(o.bareName, o.languages), o.id);
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
    declared.add(k);
    if (!id) {
      // No winner: the name needs context (the page's country picks), so every outlet writing it must mark it.
      if (!ids || ids.size < 2) warnings.push(`_shared-names.csv:${line}: "${name}" is no longer shared`);
      // Written forms with an article ("La Presse") stay distinctive; the exact shared form and article-less forms ("Presse") need the mark.
      const mustMark = (n: string) =>
        foldName(n) === k ||
        (looseKey(foldName(n)) === looseKey(k) && looseKey(foldName(n)) === foldName(n).replace(/ /g, ''));
      for (const o of outlets.filter((x) => ids?.has(x.id))) {
        const unmarked = outletNames(o).filter((n) => mustMark(n) && !o.needsContext?.includes(n));
        if (unmarked.length)
          errors.push(
            `_shared-names.csv:${line}: "${name}" has no winner, so ${o.id} (${o.where}) must list ${unmarked.map((n) => `"${n}"`).join(', ')} in needs_context`,
          );
      }
      continue;
    }
    if (!ids?.has(id)) errors.push(`_shared-names.csv:${line}: "${name}" is not a name of outlet "${id}"`);
    else if (ids.size < 2) warnings.push(`_shared-names.csv:${line}: "${name}" is no longer shared`);
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

/** Every name the index holds for an outlet: name, bare name, aliases. */
export const outletNames = (o: Outlet): string[] => [o.name, ...(o.bareName ? [o.bareName] : []), ...o.aliases];

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
