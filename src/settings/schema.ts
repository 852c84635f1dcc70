import * as v from 'valibot';
import { OUTLET_TYPES } from '../core/types';

/** Bump when the stored shape changes, and add a step to migrations.ts. */
export const SETTINGS_VERSION = 2;

const host = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.maxLength(253), v.regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'not a host name'));

export const UserOutletSchema = v.object({
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name is empty'), v.maxLength(200)),
  domain: host,
  country: v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^[A-Z]{2}$/, 'country must be a two-letter code')),
  type: v.picklist(OUTLET_TYPES, 'unknown outlet type'),
});

export const SettingsSchema = v.object({
  version: v.literal(SETTINGS_VERSION),
  hoverCards: v.boolean(),
  mentionMarks: v.boolean(),
  /** Hosts where Source Lens does nothing at all. */
  // Bounded by storage.sync's 100 KB in all: these maxima fit with room to spare.
  disabledSites: v.pipe(v.array(host), v.maxLength(1_000, 'at most 1,000 sites')),
  outletAdditions: v.pipe(v.array(UserOutletSchema), v.maxLength(500, 'at most 500 outlets')),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  hoverCards: true,
  mentionMarks: true,
  disabledSites: [],
  outletAdditions: [],
};
