import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Screenshots land here (git-ignored); look at them after UI work. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export const shot = (name: string) => resolve(SCREENSHOT_DIR, `${name}.png`);
export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export const SEED_OUTLETS = ['Al Jazeera', 'Newsweek', 'The New York Times'];
export const SEED_TAGS = ['Russland', 'Türkei', 'York'];
