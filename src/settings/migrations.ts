import * as v from 'valibot';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

/**
 * Every stored shape Source Lens ever wrote, and how to lift it one version.
 * v1 (0.0.x previews): { version: 1, cards: boolean, marks: boolean, offSites: string[] }
 */
type Raw = Record<string, unknown>;
const steps: Record<number, (old: Raw) => Raw> = {
  1: (old) => ({
    version: 2,
    hoverCards: old.cards ?? DEFAULT_SETTINGS.hoverCards,
    mentionMarks: old.marks ?? DEFAULT_SETTINGS.mentionMarks,
    disabledSites: Array.isArray(old.offSites) ? old.offSites : [],
    outletAdditions: [],
  }),
};

export type MigrationResult = { ok: true; settings: Settings } | { ok: false; error: string };

/** Lifts any known stored version to the current one and validates it. Never throws. */
export function migrate(input: unknown): MigrationResult {
  if (!input || typeof input !== 'object') return { ok: false, error: 'settings are not an object' };
  let raw = { ...(input as Raw) };
  let version = typeof raw.version === 'number' ? raw.version : 1;
  if (version > SETTINGS_VERSION)
    return { ok: false, error: `settings version ${version} is newer than this Source Lens` };
  while (version < SETTINGS_VERSION) {
    const step = steps[version];
    if (!step) return { ok: false, error: `unknown settings version ${version}` };
    raw = step(raw);
    version = raw.version as number;
  }
  const parsed = v.safeParse(SettingsSchema, raw);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, error: path ? `${path}: ${issue.message}` : issue.message };
  }
  return { ok: true, settings: parsed.output };
}
