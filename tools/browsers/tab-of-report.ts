/**
 * Source Lens holds no "tabs" permission, so tab lists hide URLs: tests and
 * `npm start` find a tab by the report it produced in storage.session.
 */

/** Runs inside an extension context (service worker or extension page); serialized, so self-contained. */
export const tabIdOfReportIn = async (url: string): Promise<number | null> => {
  const g = globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome };
  const all: Record<string, { report?: { url?: string } } | undefined> = await (
    g.browser ?? g.chrome
  ).storage.session.get(null);
  const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.report?.url === url);
  return key ? Number(key.slice(4)) : null;
};

/** Polls `lookup` (an evaluate of tabIdOfReportIn in some extension context) until the report arrives. */
export async function waitForTabOfReport(
  lookup: (url: string) => Promise<number | null>,
  url: string,
  tries = 100,
): Promise<number> {
  for (let i = 0; i < tries; i++) {
    const id = await lookup(url);
    if (id !== null) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no report for ${url} in storage.session`);
}
