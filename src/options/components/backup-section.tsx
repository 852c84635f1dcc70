import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Settings } from '../../settings/schema';
import type { Save } from '../app';
import { downloadText } from '../../shared/download';
import { fileTooLarge, MAX_SETTINGS_FILE, parseSettingsFile, settingsFileName, settingsToFile } from '../settings-file';
import { NoteLine, type Note } from './message';

/** Checks a settings file and saves it; the current settings stay unless everything in it is valid. */
export async function importSettingsText(text: string, save: Save): Promise<Note> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) {
    const why =
      parsed.reason === 'not-json'
        ? t('optImportNotJson')
        : parsed.reason === 'too-large'
          ? tooLargeText(MAX_SETTINGS_FILE)
          : t('optImportNotOurs');
    return {
      kind: 'error',
      text: t('optImportFailed'),
      details: [why, ...(parsed.detail ? [t('optErrorDetail', parsed.detail)] : [])],
    };
  }
  const error = await save(parsed.settings as Settings);
  return error
    ? { kind: 'error', text: t('optImportFailed'), details: [error] }
    : { kind: 'ok', text: t('optImported') };
}

export const tooLargeText = (max: number) => t('optImportTooLarge', String(Math.round(max / (1024 * 1024))));

/** A file from the picker: its size is checked before a byte of it is read. */
export async function importSettingsFile(file: File, save: Save): Promise<Note> {
  if (fileTooLarge(file, MAX_SETTINGS_FILE))
    return { kind: 'error', text: t('optImportFailed'), details: [tooLargeText(MAX_SETTINGS_FILE)] };
  return importSettingsText(await file.text(), save);
}

export function BackupSection({ settings, save }: { settings: Settings; save: Save }) {
  const [note, setNote] = useState<Note | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section class="panel" aria-labelledby="backup-h">
      <h2 id="backup-h">{t('optSectionBackup')}</h2>
      <p class="hint">{t('optBackupHint')}</p>
      <div class="file-actions">
        <button
          type="button"
          class="button button-primary"
          onClick={() => downloadText(settingsFileName(), settingsToFile(settings), 'application/json')}
        >
          {t('optExport')}
        </button>
        <button type="button" class="button" onClick={() => fileInput.current?.click()}>
          {t('optImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          class="visually-hidden"
          name="settings-file"
          accept=".json,application/json"
          tabIndex={-1}
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) setNote(await importSettingsFile(file, save));
          }}
        />
      </div>
      <NoteLine note={note} />
    </section>
  );
}
