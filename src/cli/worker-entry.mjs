// Worker threads start as plain Node: register tsx first so the TypeScript
// worker (and everything it imports) loads the same way under `npm run
// analyze` (tsx), vitest and a plain node with tsx installed.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
