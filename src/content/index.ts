// The content script's gate, what every page runs (one classic script, vite.config.ts contentGate): only pages
// worth reading, only the top frame; the work lives in bootstrap.ts, the cards and the popup's router in lazy.ts.
import { start } from './bootstrap';

if (/^https?:$/.test(location.protocol) && window.top === window) void start();
