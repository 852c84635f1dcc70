import browser from 'webextension-polyfill';
import { updateSettings } from '../settings/store';

export function openOptions(): void {
  void browser.runtime.openOptionsPage();
  window.close();
}

/** Only http(s) links ever leave the popup: a page cannot smuggle javascript: or data: URLs in. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Switches Source Lens off (or back on) for a site; takes effect on the next page load. */
export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  const site = host.toLowerCase().replace(/^www\./, '');
  await updateSettings((s) => ({
    ...s,
    disabledSites: enabled ? s.disabledSites.filter((d) => d !== site) : [...new Set([...s.disabledSites, site])],
  }));
  window.close();
}
