import { textBlocks } from '../src/core/blocks';
import { findMentions } from '../src/core/mentions';
import { loadDirectory } from '../src/outlets';
const dir = await loadDirectory();
for (const f of findMentions(textBlocks(process.argv[2]), dir, new Set(), { lang: process.argv[3] ?? null })) console.log(JSON.stringify([f.text, f.name, f.outlet.name, f.inDirectory]));
