import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { loadSettings, onSettingsChanged, updateSettings } from '../settings/store';
import type { Settings } from '../settings/schema';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <p class="muted">…</p>;
  const toggle = (key: 'hoverCards' | 'mentionMarks') => void updateSettings((s) => ({ ...s, [key]: !s[key] }));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <label class="row">
        <input type="checkbox" checked={settings.hoverCards} onChange={() => toggle('hoverCards')} />
        {t('optHoverCards')}
      </label>
      <label class="row">
        <input type="checkbox" checked={settings.mentionMarks} onChange={() => toggle('mentionMarks')} />
        {t('optMentionMarks')}
      </label>
    </main>
  );
}
