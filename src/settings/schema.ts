import * as v from 'valibot';
import { parseSite } from '../outlets/sites';
import { MAX_USER_OUTLETS, UserOutletSchema } from '../outlets/user-outlets';

/** Bump when the stored shape changes, and add a step to migrations.ts. */
export const SETTINGS_VERSION = 2;

/** A site key (outlets/site-key.ts), checked against the public suffix list. */
const site = v.pipe(
  v.string(),
  v.check((s) => parseSite(s) !== null, 'not a host name'),
  v.transform((s) => parseSite(s) ?? s),
);

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  hoverCards: v.boolean(),
  mentionMarks: v.boolean(),
  /** Hosts where Source Lens does nothing at all. */
  // Bounded by storage.sync's 100 KB in all: these maxima fit with room to spare.
  disabledSites: v.pipe(v.array(site), v.maxLength(1_000, 'at most 1,000 sites')),
  outletAdditions: v.pipe(
    v.array(UserOutletSchema),
    v.maxLength(MAX_USER_OUTLETS, `at most ${MAX_USER_OUTLETS} outlets`),
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  hoverCards: true,
  mentionMarks: true,
  disabledSites: [],
  outletAdditions: [],
};
