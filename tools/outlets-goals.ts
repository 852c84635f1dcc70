/**
 * The directory against its reach goals: every UN member >= 3 outlets, every
 * country over 50 million people >= 25 outlets with its main languages
 * (data/outlets/sources/un-members.csv), >= 5,000 outlets in all. Prints
 * per-country and per-language counts; low-confidence rows are counted
 * apart, since they are known by domain only.
 */
import { readFileSync } from 'node:fs';
import { parseCsv } from '../src/outlets/csv';
import { DATA_DIR, loadOutletRows } from './outlet-rows';

export const GOALS = { outlets: 5000, perMember: 3, perBigCountry: 25 };

interface Member {
  code: string;
  name: string;
  big: boolean;
  languages: string[];
}

export function loadMembers(file = `${DATA_DIR}sources/un-members.csv`): Member[] {
  return parseCsv(readFileSync(file, 'utf8'))
    .slice(1)
    .map(({ fields: [code = '', name = '', big = '', langs = ''] }) => ({
      code,
      name,
      big: big === '1',
      languages: langs.split('|').filter(Boolean),
    }));
}

const count = <T>(xs: T[], key: (x: T) => string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const x of xs) for (const k of key(x)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

export function printGoals(dataDir = DATA_DIR, verbose = false): void {
  const { outlets } = loadOutletRows(dataDir);
  const members = loadMembers();
  const byCountry = count(outlets, (o) => [o.country]);
  const low = outlets.filter((o) => o.confidence === 'low').length;
  const langs = count(outlets, (o) => o.languages);
  const under = members.filter((m) => (byCountry.get(m.code) ?? 0) < GOALS.perMember);
  const big = members.filter((m) => m.big);
  const bigOk = big.filter((m) => (byCountry.get(m.code) ?? 0) >= GOALS.perBigCountry);
  console.log(
    `outlets: ${outlets.length} (goal >= ${GOALS.outlets}; ${low} low-confidence, domain only), countries: ${byCountry.size}, languages: ${langs.size}`,
  );
  console.log(`UN members with >= ${GOALS.perMember} outlets: ${members.length - under.length}/${members.length}`);
  if (under.length) console.log(`  under: ${under.map((m) => `${m.code} ${byCountry.get(m.code) ?? 0}`).join(', ')}`);
  console.log(`countries over 50 million people with >= ${GOALS.perBigCountry} outlets: ${bigOk.length}/${big.length}`);
  for (const m of big) {
    const n = byCountry.get(m.code) ?? 0;
    const here = outlets.filter((o) => o.country === m.code);
    const perLang = m.languages.map((l) => `${l} ${here.filter((o) => o.languages.includes(l)).length}`);
    const lowHere = here.filter((o) => o.confidence === 'low').length;
    const missing = m.languages.filter((l) => !here.some((o) => o.languages.includes(l)));
    const flag = n >= GOALS.perBigCountry ? 'ok ' : '-- ';
    console.log(
      `  ${flag} ${m.code} ${String(n).padStart(4)} (${lowHere} low)  ${perLang.join(', ')}${missing.length ? `  (no outlet in ${missing.join(', ')})` : ''}`,
    );
  }
  const sorted = [...langs].sort((a, b) => b[1] - a[1]);
  console.log(`per language: ${sorted.map(([l, n]) => `${l} ${n}`).join(', ')}`);
  if (verbose) {
    const all = [...byCountry].sort((a, b) => b[1] - a[1]);
    console.log(`per country: ${all.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
}
