import browser from 'webextension-polyfill';

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
  window.close();
}

export { safeHref } from './safe-href';

/** Switches Source Lens off (or back on) for a site; takes effect on the next page load. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const site = host.toLowerCase().replace(/^www\./, '');
  // Loaded on demand: the settings code (and its schema library) is not needed to show a report.
  const { updateSettings } = await import('../settings/store');
  await updateSettings((s) => ({
    ...s,
    disabledSites: enabled ? s.disabledSites.filter((d) => d !== site) : [...new Set([...s.disabledSites, site])],
  }));
  window.close();
}
