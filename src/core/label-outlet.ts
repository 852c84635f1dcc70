/**
 * Which outlet a reference stands for when its label names one and its URL
 * has a domain: the URL decides. `Quelle: <a href="https://evil.invalid/x">Reuters</a>`
 * is a link to evil.invalid, not a Reuters source; the label is kept as
 * `labelledAs` so the popup can show the contradiction ("links to evil.invalid,
 * labelled Reuters"). Profile links on a platform (x.com/Reuters) name their
 * account's owner by design: there the label still names the outlet.
 */
import type { OutletDirectory } from '../outlets/types';
import type { Classified } from '../outlets/classify';
import { hostOf } from '../outlets/url';

export interface LabelledOutlet {
  outlet: string | null;
  /** The URL's host when it has no registrable domain (evil.invalid, an IP address): still not the named outlet. */
  host: string | null;
  /** The outlet the label names, when the URL's domain belongs to another (or to none). */
  labelledAs: string | null;
}

/** `fromText`: the URL is a domain written in the text, not a link's target; an unknown one does not outvote the name. */
export function outletFromLabel(
  url: string | null,
  c: Classified | null,
  name: string | undefined,
  dir: OutletDirectory,
  fromText = false,
): LabelledOutlet {
  const named = name && name.length <= 60 ? (dir.byName(name)?.name ?? null) : null;
  if (fromText && named && !c?.outlet) return { outlet: named, host: null, labelledAs: null };
  if (!c) {
    const host = url ? hostOf(url) : null;
    return host && named ? { outlet: null, host, labelledAs: named } : { outlet: named, host: null, labelledAs: null };
  }
  if (c.outlet) return { outlet: c.outlet, host: null, labelledAs: named && named !== c.outlet ? named : null };
  if (c.platform) return { outlet: named, host: null, labelledAs: null };
  return { outlet: null, host: null, labelledAs: named };
}
