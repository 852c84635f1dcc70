import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Settings } from '../../settings/schema';
import type { Save } from '../app';
import { NoteLine, type Note } from './message';

type Flag = 'hoverCards' | 'mentionMarks';

export function ReadingSection({ settings, save }: { settings: Settings; save: Save }) {
  const [note, setNote] = useState<Note | null>(null);
  const toggle = async (key: Flag) => {
    const error = await save({ ...settings, [key]: !settings[key] });
    setNote(error ? { kind: 'error', text: t('optSaveFailed', error) } : null);
  };
  const row = (key: Flag, label: string, hint: string) => (
    <label class="switch-row">
      <span class="switch-text">
        <span class="switch-label">{label}</span>
        <span class="hint">{hint}</span>
      </span>
      <input
        type="checkbox"
        role="switch"
        class="switch"
        name={key}
        checked={settings[key]}
        onChange={() => void toggle(key)}
      />
    </label>
  );
  return (
    <section class="panel" aria-labelledby="reading-h">
      <h2 id="reading-h">{t('optSectionReading')}</h2>
      {row('hoverCards', t('optHoverCards'), t('optHoverCardsHint'))}
      {row('mentionMarks', t('optMentionMarks'), t('optMentionMarksHint'))}
      <NoteLine note={note} />
    </section>
  );
}
