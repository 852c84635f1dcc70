import browser from 'webextension-polyfill';
import { typeKey } from './locale-keys';

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

/** The outlet type in the UI language ("news-agency": "Nachrichtenagentur"). */
export const typeLabel = (type: string): string => t(typeKey(type));
