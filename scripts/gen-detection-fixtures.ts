/**
 * Writes the labelled detection fixtures: tests/fixtures/pages/<kind>/<nn>-<lang>.html, ten pages per kind
 * (five German, five English), seeded so a rerun writes the same files. `npm run fixtures:pages`.
 * Kinds and their label live in DETECTION_KINDS (tools/detection-kinds.ts), which eval and the unit tests read too.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { rng, type Lang, type Rng } from './fixtures/chrome';
import { landing, organisation, product } from './fixtures/kinds-commerce';
import { event, recipe } from './fixtures/kinds-media';
import { lyrics, video } from './fixtures/kinds-verse-video';
import { forum, listing } from './fixtures/kinds-threads-lists';
import { blog, brief } from './fixtures/kinds-positive';
import { DETECTION_KINDS } from '../tools/detection-kinds';

type Builder = (r: Rng, i: number, lang: Lang) => { path: string; html: string };
const BUILDERS: Record<keyof typeof DETECTION_KINDS, Builder> = {
  product,
  organisation,
  event,
  recipe,
  lyrics,
  video,
  forum,
  listing,
  landing,
  brief,
  blog,
};

const out = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');
rmSync(out, { recursive: true, force: true });
let n = 0;
for (const [kind, build] of Object.entries(BUILDERS)) {
  mkdirSync(join(out, kind), { recursive: true });
  for (let i = 0; i < 10; i++) {
    const lang: Lang = i % 2 ? 'en' : 'de';
    const r = rng(kind.length * 1000 + i * 7919);
    const { html } = build(r, i >> 1, lang); // i >> 1: the n-th page in its language;
    writeFileSync(join(out, kind, `${String(i + 1).padStart(2, '0')}-${lang}.html`), html);
    n++;
  }
}
console.log(`wrote ${n} pages to ${out}`);
