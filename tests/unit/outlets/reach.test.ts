/**
 * The directory's reach goals (issue 17): the member list is complete and the
 * counts the coverage script prints stay at or above what was reached.
 */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES } from '../../../src/outlets/codes';
import { GOALS, loadMembers } from '../../../tools/outlets-goals';
import { loadOutletRows } from '../../../tools/outlet-rows';

const { outlets } = loadOutletRows();
const members = loadMembers();
const count = (cc: string) => outlets.filter((o) => o.country === cc).length;

describe('reach', () => {
  it('lists the 193 UN members with valid codes, 30 of them over 50 million people with their main languages', () => {
    expect(members).toHaveLength(193);
    expect(new Set(members.map((m) => m.code)).size).toBe(193);
    for (const m of members) expect(COUNTRY_CODES.has(m.code), m.code).toBe(true);
    const big = members.filter((m) => m.big);
    expect(big).toHaveLength(30);
    for (const m of big) expect(m.languages.length, m.code).toBeGreaterThan(0);
  });

  it(`holds at least ${GOALS.outlets} outlets and ${GOALS.perBigCountry} for every country over 50 million people`, () => {
    expect(outlets.length).toBeGreaterThanOrEqual(GOALS.outlets);
    const short = members
      .filter((m) => m.big && count(m.code) < GOALS.perBigCountry)
      .map((m) => `${m.code} ${count(m.code)}`);
    expect(short).toEqual([]);
  });

  it('has an outlet in every main language of the big countries', () => {
    const missing: string[] = [];
    for (const m of members.filter((x) => x.big)) {
      for (const l of m.languages)
        if (!outlets.some((o) => o.country === m.code && o.languages.includes(l))) missing.push(`${m.code} ${l}`);
    }
    expect(missing).toEqual([]);
  });

  it('leaves fewer than 10 UN members under 3 outlets (micro-states without web outlets known offline)', () => {
    const under = members.filter((m) => count(m.code) < GOALS.perMember).map((m) => m.code);
    expect(under.length).toBeLessThan(10);
  });
});
