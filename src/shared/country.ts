import { uiLanguage } from './i18n';

let regions: Intl.DisplayNames | null | undefined;

/** "QA" -> "Qatar" (in the UI language); the code itself when the browser has no name for it. */
export function countryName(code: string): string {
  if (regions === undefined) {
    try {
      regions = new Intl.DisplayNames([uiLanguage()], { type: 'region' });
    } catch {
      regions = null;
    }
  }
  try {
    return regions?.of(code) ?? code;
  } catch {
    return code;
  }
}
