/**
 * "Export CSV" of the user's own outlets, written through the shared CSV
 * writer so it gets the same quoting and formula guard as every other export.
 * The columns are the ones the importer (parseUserOutletsCsv) reads.
 */
import type { UserOutlet } from '../outlets/types';
import { csvTable } from '../shared/csv';

export function userOutletsCsv(list: readonly UserOutlet[]): string {
  return csvTable(['name', 'domain', 'country', 'type'], list.map((o) => [o.name, o.domain, o.country, o.type]));
}
