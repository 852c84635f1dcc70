/**
 * The outlet directory, once per browser: loaded on the first analysis in
 * the background (service worker, Firefox event page) and kept for every tab.
 * After an MV3 worker restart the next analysis loads it again; no page pays.
 *
 * The data is fetched as a JSON file of the extension rather than imported:
 * Chrome's service workers refuse import(), a static import would evaluate
 * 450 KB of module at every worker start (the popup waits for that), and
 * JSON.parse is the cheapest way to read it.
 */
import browser from 'webextension-polyfill';
import { prepareDirectory } from '../core/analyze';
import { createDirectory, type OutletDirectory, type UserOutlet } from '../outlets';
import type { DirectoryData } from '../outlets/codec';
import { OUTLETS_JSON_PATH, outletDataFromJson } from '../outlets/json-file';

let data: Promise<DirectoryData> | null = null;
let cached: { key: string; directory: OutletDirectory } | null = null;

function loadData(): Promise<DirectoryData> {
  data ??= fetch(browser.runtime.getURL(OUTLETS_JSON_PATH))
    .then((r) => r.json())
    .then(outletDataFromJson)
    .catch((e: unknown) => {
      data = null; // a failed read is tried again by the next analysis
      throw e;
    });
  return data;
}

/** The directory with the reader's own outlets; rebuilt only when those change. */
export async function browserDirectory(additions: UserOutlet[]): Promise<OutletDirectory> {
  const key = JSON.stringify(additions);
  if (cached?.key === key) return cached.directory;
  const { outlets, preferred } = await loadData();
  const directory = createDirectory(outlets, additions, preferred);
  prepareDirectory(directory);
  cached = { key, directory };
  return directory;
}
