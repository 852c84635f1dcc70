// Content script entry: only pages worth reading, only the top frame; the work lives in bootstrap.ts.
import { start } from './bootstrap';

if (/^https?:$/.test(location.protocol) && window.top === window) void start();
