/**
 * The compact form of the directory in generated/outlets.json: one array per
 * outlet with "|"-joined lists, because objects with repeated keys would
 * double the size of the lazy chunk.
 */
import { OUTLET_TYPES, type OutletType } from './types';
import type { Outlet } from './types';

export type CompactRow = [id: string, name: string, aliases: string, domains: string, country: string, languages: string, type: number, owner: string];

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
    o: outlets.map((o) => [o.id, o.name, o.aliases.join('|'), o.domains.join('|'), o.country, o.languages.join('|'), types.indexOf(o.type), o.owner ?? '']),
    s: preferred,
  };
}

export function decodeDirectory(data: CompactDirectory): DirectoryData {
  if (data.v !== 1) throw new Error(`outlet data version ${String(data.v)} is not supported`);
  const outlets = data.o.map(([id, name, aliases, domains, country, languages, type, owner]): Outlet => ({
    id,
    name,
    aliases: split(aliases),
    domains: split(domains),
    country,
    languages: split(languages),
    type: data.t[type] as OutletType,
    owner: owner || null,
  }));
  return { outlets, preferred: data.s };
}
