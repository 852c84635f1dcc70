import browser from 'webextension-polyfill';

/**
 * One JSON record in storage.sync that may outgrow the browser's per-item
 * quota (8 KB in Chrome). Small records are stored as they are under `key`;
 * larger ones as `{ [CHUNKS]: n }` under `key` plus their JSON text split over
 * `key#1` … `key#n`. Every item is written in one set() call, so a reader
 * never sees a new head with old chunks; stale chunks are removed afterwards.
 * No schema library here: the content script's first chunk reads this too.
 */
const CHUNKS = '__chunks';
/** Characters per item: even all-multibyte text with JSON escapes stays under 8 KB. */
const CHUNK_CHARS = 1_800;
const SMALL_CHARS = 6_000;

type Items = Record<string, unknown>;
const chunkKey = (key: string, i: number) => `${key}#${i}`;

function chunkCount(head: unknown): number {
  if (!head || typeof head !== 'object') return 0;
  const n = (head as Record<string, unknown>)[CHUNKS];
  return typeof n === 'number' && Number.isInteger(n) && n > 0 && n < 1_000 ? n : 0;
}

/** The items a record is stored as. */
export function toItems(key: string, value: unknown): Items {
  const json = JSON.stringify(value);
  if (json.length <= SMALL_CHARS) return { [key]: value };
  const items: Items = {};
  const n = Math.ceil(json.length / CHUNK_CHARS);
  for (let i = 0; i < n; i++) items[chunkKey(key, i + 1)] = json.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  items[key] = { [CHUNKS]: n };
  return items;
}

/** Reassembles a record from stored items; undefined when absent, null when the chunks are damaged. */
export function fromItems(key: string, items: Items): unknown {
  const head = items[key];
  const n = chunkCount(head);
  if (n === 0) return head;
  let json = '';
  for (let i = 1; i <= n; i++) {
    const part = items[chunkKey(key, i)];
    if (typeof part !== 'string') return null;
    json += part;
  }
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export async function readRecord(key: string): Promise<unknown> {
  const head = await browser.storage.sync.get(key);
  const n = chunkCount(head[key]);
  if (n === 0) return head[key];
  const chunks = await browser.storage.sync.get(Array.from({ length: n }, (_, i) => chunkKey(key, i + 1)));
  return fromItems(key, { ...head, ...chunks });
}

export async function writeRecord(key: string, value: unknown): Promise<void> {
  const before = chunkCount((await browser.storage.sync.get(key))[key]);
  const items = toItems(key, value);
  await browser.storage.sync.set(items);
  const stale = Array.from({ length: before }, (_, i) => chunkKey(key, i + 1)).filter((k) => !(k in items));
  if (stale.length) await browser.storage.sync.remove(stale).catch(() => {});
}

/** Does a storage change touch this record (its head or any chunk)? */
export function touchesRecord(key: string, changed: Record<string, unknown>): boolean {
  return Object.keys(changed).some((k) => k === key || k.startsWith(`${key}#`));
}
