import { loadDirectory } from '../src/outlets';
const d = await loadDirectory();
for (const a of process.argv.slice(2)) console.log(a, d.byDomain(a)?.id ?? '-', d.byName(a)?.id ?? '-', d.byName(a)?.name ?? '');
