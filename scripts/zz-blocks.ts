import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractBlocks } from '../src/core/blocks';
import { findContentRoot } from '../src/core/content-root';
const { document } = parseHTML(gunzipSync(readFileSync(process.argv[2])).toString('utf8'));
const root = findContentRoot(document as unknown as Document)!;
const re = new RegExp(process.argv[3], 'i');
for (const b of extractBlocks(root, { skipFurniture: true, maxElements: 1e6, maxChars: 1e7 }).blocks) if (re.test(b.text)) console.log(JSON.stringify(b.text.slice(0, 300)));
