import browser from 'webextension-polyfill';

/**
 * UI text comes only from _locales through the i18n API, so the browser's
 * language decides. A missing key shows the key itself: visible in review,
 * never a blank label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
