import browser from 'webextension-polyfill';

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
  window.close();
}

export { safeHref } from './safe-href';

/** Switches Source Lens off (or back on) for a site; takes effect on the next page load. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  // Loaded on demand: the settings code (and its schema library) is not needed to show a report.
  const { setSiteDisabled } = await import('../settings/store');
  await setSiteDisabled(host, !enabled);
  window.close();
}
