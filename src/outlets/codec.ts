/**
 * The compact form of the directory in generated/outlets.json: one array per
 * outlet with "|"-joined lists, because objects with repeated keys would
 * double the size of the lazy chunk.
 */
import { OUTLET_TYPES, type OutletType } from './types';
import type { Outlet } from './types';

/** Fields most rows lack, as a trailing object that is only written when one is set (older readers ignore it). */
export interface CompactExtra {
  /** needsContext, "|"-joined. */
  n?: string;
  /** bareName. */
  b?: string;
  /** status. */
  st?: string;
  /** confidence: 1 = low. */
  c?: 1;
}

export type CompactRow = [
  id: string,
  name: string,
  aliases: string,
  domains: string,
  country: string,
  languages: string,
  type: number,
  owner: string,
  extra?: CompactExtra,
];

function extraOf(o: Outlet): CompactExtra | null {
  const x: CompactExtra = {};
  if (o.needsContext?.length) x.n = o.needsContext.join('|');
  if (o.bareName) x.b = o.bareName;
  if (o.status) x.st = o.status;
  if (o.confidence === 'low') x.c = 1;
  return Object.keys(x).length ? x : null;
}

export interface CompactDirectory {
  v: 1;
  /** Type names; rows refer to them by index. */
  t: string[];
  o: CompactRow[];
  /** Deliberately shared names: exact name key -> id of the outlet the name resolves to. */
  s: Record<string, string>;
}

export interface DirectoryData {
  outlets: Outlet[];
  /** Name key -> preferred outlet id, for names several outlets share. */
  preferred: Record<string, string>;
}

const split = (s: string): string[] => (s ? s.split('|') : []);

export function encodeDirectory(outlets: readonly Outlet[], preferred: Record<string, string>): CompactDirectory {
  const types = [...OUTLET_TYPES] as string[];
  return {
    v: 1,
    t: types,
    o: outlets.map((o) => {
      const row: CompactRow = [
        o.id,
        o.name,
        o.aliases.join('|'),
        o.domains.join('|'),
        o.country,
        o.languages.join('|'),
        types.indexOf(o.type),
        o.owner ?? '',
      ];
      const x = extraOf(o);
      if (x) row.push(x);
      return row;
    }),
    s: preferred,
  };
}

export function decodeDirectory(data: CompactDirectory): DirectoryData {
  if (data.v !== 1) throw new Error(`outlet data version ${String(data.v)} is not supported`);
  const outlets = data.o.map(([id, name, aliases, domains, country, languages, type, owner, x]): Outlet => {
    const o: Outlet = {
      id,
      name,
      aliases: split(aliases),
      domains: split(domains),
      country,
      languages: split(languages),
      type: data.t[type] as OutletType,
      owner: owner || null,
    };
    if (x?.n) o.needsContext = split(x.n);
    if (x?.b) o.bareName = x.b;
    if (x?.st) o.status = x.st;
    if (x?.c === 1) o.confidence = 'low';
    return o;
  });
  return { outlets, preferred: data.s };
}
