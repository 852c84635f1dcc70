import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { loadSettings, onSettingsChanged, saveSettings } from '../settings/store';
import type { Settings } from '../settings/schema';
import { ReadingSection } from './components/reading-section';
import { SitesSection } from './components/sites-section';
import { OutletsSection } from './components/outlets-section';
import { BackupSection } from './components/backup-section';

/** Writes through saveSettings (validated, atomic); resolves to an error text, or null when saved. */
export type Save = (next: Settings) => Promise<string | null>;

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <p class="muted loading">…</p>;

  const save: Save = async (next) => {
    const result = await saveSettings(next);
    if (!result.ok) return result.error;
    setSettings(result.settings);
    return null;
  };

  return (
    <main class="options">
      <header class="page-head">
        <img class="logo" src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <ReadingSection settings={settings} save={save} />
      <SitesSection settings={settings} save={save} />
      <OutletsSection settings={settings} save={save} />
      <BackupSection settings={settings} save={save} />
    </main>
  );
}
