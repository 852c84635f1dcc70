/**
 * Data tests over data/outlets/*.csv and the generated JSON: the same checks
 * the build script makes, plus the fundus publisher list (MIT, copied into
 * data/outlets/sources) must be fully covered.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDomain } from 'tldts';
import { OUTLET_TYPES } from '../../../src/core/types';
import { COUNTRY_CODES, LANGUAGE_CODES } from '../../../src/outlets/codes';
import { encodeDirectory } from '../../../src/outlets/codec';
import { parseCsv } from '../../../src/outlets/csv';
import { createBuiltinDirectory, builtinDirectoryData } from '../../../src/outlets/builtin';
import { checkDomain, loadOutletRows } from '../../../tools/outlet-rows';

const { outlets, errors, preferred } = loadOutletRows();
const dir = createBuiltinDirectory();

describe('outlet data', () => {
  it('validates without errors', () => {
    expect(errors).toEqual([]);
  });

  it('is large and worldwide', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(outlets.map((o) => o.country)).size).toBeGreaterThanOrEqual(60);
    const europe = outlets.filter((o) => /^europe-/.test(o.where));
    expect(europe.length).toBeGreaterThanOrEqual(800);
  });

  it('has no duplicate id or domain', () => {
    const ids = outlets.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const domains = outlets.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('uses valid country and language codes and known types', () => {
    for (const o of outlets) {
      expect(COUNTRY_CODES.has(o.country), `${o.where} ${o.country}`).toBe(true);
      for (const l of o.languages) expect(LANGUAGE_CODES.has(l), `${o.where} ${l}`).toBe(true);
      expect(OUTLET_TYPES).toContain(o.type);
    }
  });

  it('lists registrable domains (or hosts on a shared domain), never www./m./amp.', () => {
    for (const o of outlets) {
      for (const d of o.domains) {
        expect(checkDomain(d), `${o.where} ${d}`).toBeNull();
        expect(getDomain(d), d).not.toBeNull();
      }
    }
  });

  it('shares a written name only where _shared-names.csv says so, and that outlet wins', () => {
    for (const [key, id] of Object.entries(preferred)) {
      expect(
        outlets.some((o) => o.id === id),
        key,
      ).toBe(true);
    }
    expect(dir.byName('Express')?.id).toBe('express');
    expect(dir.byName('Kölner Express')?.id).toBe('express-de');
  });

  it('generated JSON is up to date with the CSV files', () => {
    const fresh = encodeDirectory(
      [...outlets].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ where: _w, ...o }) => o),
      preferred,
    );
    expect(builtinDirectoryData.outlets.length).toBe(fresh.o.length);
    expect(JSON.stringify(builtinDirectoryData.preferred)).toBe(JSON.stringify(fresh.s));
  });

  it('contains every fundus publisher, found by its domain', () => {
    const csv = readFileSync(new URL('../../../data/outlets/sources/fundus_publishers.csv', import.meta.url), 'utf8');
    const missing: string[] = [];
    for (const { fields } of parseCsv(csv).slice(1)) {
      const [cls, , url] = fields;
      if (!dir.byDomain(url)) missing.push(`${cls} ${url}`);
    }
    expect(missing).toEqual([]);
  });
});
