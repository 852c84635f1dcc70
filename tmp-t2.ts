import { readFileSync } from 'node:fs';
const lines = readFileSync('/dev/stdin', 'utf8');
