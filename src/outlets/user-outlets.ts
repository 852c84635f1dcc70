/**
 * The user's own outlets: validation, and import/export as JSON and CSV for
 * the options page. The CSV is written by the one CSV writer of every export
 * (src/shared/csv.ts, formula guard included) and read back without its guard,
 * so an export imports as exactly the list it came from. Storage is settings.outletAdditions (src/settings); this
 * module only checks and converts.
 */
import * as v from 'valibot';
import { OUTLET_TYPES } from './types';
import { COUNTRY_CODES } from './codes';
import { csvTable, unguardCsvField } from '../shared/csv';
import { parseCsv } from './csv';
import { parseSite } from './sites';
import type { UserOutlet } from './types';

/** Accepts a host or a URL ("https://www.example.com/news") and keeps the site key. */
const DomainSchema = v.pipe(
  v.string('domain must be text'),
  v.maxLength(2_000, 'domain is too long'),
  v.check((s) => parseSite(s, false) !== null, 'domain is not a registrable domain or host name'),
  v.transform((s) => parseSite(s, false) ?? s),
);

export const UserOutletSchema = v.object({
  name: v.pipe(
    v.string('name must be text'),
    v.trim(),
    v.minLength(1, 'name is empty'),
    v.maxLength(200, 'name is longer than 200 characters'),
  ),
  domain: DomainSchema,
  country: v.pipe(
    v.string('country must be text'),
    v.trim(),
    v.toUpperCase(),
    v.check((s) => COUNTRY_CODES.has(s), 'country must be an ISO 3166-1 alpha-2 code such as DE or GB'),
  ),
  type: v.pipe(
    v.string('type must be text'),
    v.trim(),
    v.toLowerCase(),
    v.picklist(OUTLET_TYPES, `type must be one of: ${OUTLET_TYPES.join(', ')}`),
  ),
});

/** The one limit, for import and storage alike: storage.sync holds 100 KB in all, and 500 outlets fit with room to spare. */
export const MAX_USER_OUTLETS = 500;

export type ImportResult = { ok: true; outlets: UserOutlet[] } | { ok: false; errors: string[] };

function validate(rows: { value: unknown; where: string }[]): ImportResult {
  if (rows.length > MAX_USER_OUTLETS)
    return { ok: false, errors: [`too many outlets: ${rows.length} (at most ${MAX_USER_OUTLETS})`] };
  const outlets: UserOutlet[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const { value, where } of rows) {
    const r = v.safeParse(UserOutletSchema, value);
    if (!r.success) {
      for (const issue of r.issues)
        errors.push(
          `${where}${issue.path?.length ? ` (${issue.path.map((p) => String(p.key)).join('.')})` : ''}: ${issue.message}`,
        );
      continue;
    }
    const prev = seen.get(r.output.domain);
    if (prev) errors.push(`${where}: domain ${r.output.domain} already given at ${prev}`);
    seen.set(r.output.domain, where);
    outlets.push(r.output);
  }
  return errors.length ? { ok: false, errors } : { ok: true, outlets };
}

/** Replaces or adds one outlet by domain; the list stays sorted by domain. */
export function upsertUserOutlet(list: readonly UserOutlet[], outlet: UserOutlet): UserOutlet[] {
  return [...list.filter((o) => o.domain !== outlet.domain), outlet].sort((a, b) => a.domain.localeCompare(b.domain));
}

/** JSON: an array of {name, domain, country, type}, or {outlets: [...]}. */
export function parseUserOutletsJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON: ${(e as Error).message}`] };
  }
  const list = Array.isArray(data) ? data : (data as { outlets?: unknown } | null)?.outlets;
  if (!Array.isArray(list))
    return { ok: false, errors: ['expected a JSON array of outlets, or an object with an "outlets" array'] };
  return validate((list as unknown[]).map((value, i) => ({ value, where: `item ${i + 1}` })));
}

const CSV_COLUMNS = ['name', 'domain', 'country', 'type'] as const;

/** CSV with a header row naming the columns name, domain, country, type (any order, extra columns ignored). */
export function parseUserOutletsCsv(text: string): ImportResult {
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    return { ok: false, errors: [`not valid CSV: ${(e as Error).message}`] };
  }
  const [header, ...rows] = records;
  if (!header) return { ok: false, errors: ['the CSV file is empty'] };
  const cols = header.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_COLUMNS.filter((c) => !cols.includes(c));
  if (missing.length) return { ok: false, errors: [`line 1: the header lacks the column(s) ${missing.join(', ')}`] };
  return validate(
    rows.map((r) => ({
      value: Object.fromEntries(CSV_COLUMNS.map((c) => [c, unguardCsvField(r.fields[cols.indexOf(c)] ?? '')])),
      where: `line ${r.line}`,
    })),
  );
}

export function userOutletsToJson(list: readonly UserOutlet[]): string {
  return `${JSON.stringify(
    list.map(({ name, domain, country, type }) => ({ name, domain, country, type })),
    null,
    2,
  )}\n`;
}

/** "Export CSV": the columns the importer reads, every field quoted, formulas guarded. */
export function userOutletsToCsv(list: readonly UserOutlet[]): string {
  return csvTable(
    CSV_COLUMNS,
    list.map((o) => [o.name, o.domain, o.country, o.type]),
  );
}

/** Short names the brief asks for. */
export { userOutletsToJson as toJson, userOutletsToCsv as toCsv };
