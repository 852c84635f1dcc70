import { useRef, useState } from 'preact/hooks';
import * as v from 'valibot';
import { OUTLET_TYPES } from '../../core/types';
import { t, typeLabel } from '../../shared/i18n';
import type { Settings } from '../../settings/schema';
import type { UserOutlet } from '../../outlets/types';
import {
  parseUserOutletsCsv,
  parseUserOutletsJson,
  upsertUserOutlet,
  userOutletsToCsv,
  userOutletsToJson,
  UserOutletSchema,
} from '../../outlets/user-outlets';
import type { Save } from '../app';
import { downloadText } from '../../shared/download';
import { fileTooLarge, MAX_OUTLETS_FILE } from '../settings-file';
import { tooLargeText } from './backup-section';
import { NoteLine, type Note } from './message';

const EMPTY: UserOutlet = { name: '', domain: '', country: '', type: 'newspaper' };

export function OutletsSection({ settings, save }: { settings: Settings; save: Save }) {
  const [form, setForm] = useState<UserOutlet>(EMPTY);
  /** Domain of the row being edited, or null when adding. */
  const [editing, setEditing] = useState<string | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const list = settings.outletAdditions;

  const set = (key: keyof UserOutlet) => (e: Event) =>
    setForm({ ...form, [key]: (e.target as HTMLInputElement).value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = v.safeParse(UserOutletSchema, form);
    if (!parsed.success) {
      return setNote({ kind: 'error', text: t('optOutletInvalid'), details: parsed.issues.map((i) => i.message) });
    }
    const outlet = parsed.output;
    const base = editing && editing !== outlet.domain ? list.filter((o) => o.domain !== editing) : list;
    const error = await save({ ...settings, outletAdditions: upsertUserOutlet(base, outlet) });
    if (error) return setNote({ kind: 'error', text: t('optSaveFailed', error) });
    setForm(EMPTY);
    setEditing(null);
    setNote(null);
  };

  const remove = async (domain: string) => {
    const error = await save({ ...settings, outletAdditions: list.filter((o) => o.domain !== domain) });
    setNote(error ? { kind: 'error', text: t('optSaveFailed', error) } : null);
    if (editing === domain) {
      setEditing(null);
      setForm(EMPTY);
    }
  };

  const importFile = async (file: File) => {
    if (fileTooLarge(file, MAX_OUTLETS_FILE))
      return setNote({ kind: 'error', text: t('optOutletsImportFailed'), details: [tooLargeText(MAX_OUTLETS_FILE)] });
    const text = await file.text();
    const result =
      /\.csv$/i.test(file.name) || file.type === 'text/csv' ? parseUserOutletsCsv(text) : parseUserOutletsJson(text);
    if (!result.ok) return setNote({ kind: 'error', text: t('optOutletsImportFailed'), details: result.errors });
    const merged = result.outlets.reduce<UserOutlet[]>((acc, o) => upsertUserOutlet(acc, o), [...list]);
    const error = await save({ ...settings, outletAdditions: merged });
    setNote(
      error
        ? { kind: 'error', text: t('optOutletsImportFailed'), details: [error] }
        : { kind: 'ok', text: t('optOutletsImported', String(result.outlets.length)) },
    );
  };

  return (
    <section class="panel" aria-labelledby="outlets-h">
      <h2 id="outlets-h">{t('optSectionOutlets')}</h2>
      <p class="hint">{t('optOutletsHint')}</p>
      {list.length === 0 ? (
        <p class="empty">{t('optOutletsEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="outlets">
            <thead>
              <tr>
                <th scope="col">{t('optOutletName')}</th>
                <th scope="col">{t('optOutletDomain')}</th>
                <th scope="col">{t('optOutletCountry')}</th>
                <th scope="col">{t('optOutletType')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('optOutletActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((o) => (
                <tr key={o.domain} class={editing === o.domain ? 'is-editing' : undefined}>
                  <td class="cell-name" title={o.name}>
                    {o.name}
                  </td>
                  <td class="mono">{o.domain}</td>
                  <td>{o.country}</td>
                  <td class="cell-type">{typeLabel(o.type)}</td>
                  <td class="row-actions">
                    <button
                      type="button"
                      class="button button-quiet"
                      onClick={() => {
                        setEditing(o.domain);
                        setForm(o);
                        setNote(null);
                      }}
                    >
                      {t('optOutletEdit')}
                    </button>
                    <button
                      type="button"
                      class="button button-quiet"
                      aria-label={t('optRemoveLabel', o.name)}
                      onClick={() => void remove(o.domain)}
                    >
                      {t('optRemove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form class="outlet-form" onSubmit={(e) => void submit(e)}>
        <label class="field">
          <span>{t('optOutletName')}</span>
          <input class="input" name="name" value={form.name} onInput={set('name')} autocomplete="off" required />
        </label>
        <label class="field">
          <span>{t('optOutletDomain')}</span>
          <input
            class="input"
            name="domain"
            value={form.domain}
            onInput={set('domain')}
            placeholder={t('optSitePlaceholder')}
            autocomplete="off"
            spellcheck={false}
            required
          />
        </label>
        <label class="field field-short">
          <span>{t('optOutletCountry')}</span>
          <input
            class="input"
            name="country"
            value={form.country}
            onInput={set('country')}
            placeholder="DE"
            maxLength={2}
            autocomplete="off"
            required
          />
        </label>
        <label class="field">
          <span>{t('optOutletType')}</span>
          <select class="input" name="type" value={form.type} onChange={set('type')}>
            {OUTLET_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <div class="form-actions">
          <button type="submit" class="button button-primary">
            {editing ? t('optOutletSave') : t('optOutletAdd')}
          </button>
          {editing && (
            <button
              type="button"
              class="button button-quiet"
              onClick={() => {
                setEditing(null);
                setForm(EMPTY);
                setNote(null);
              }}
            >
              {t('optOutletCancel')}
            </button>
          )}
        </div>
      </form>
      <div class="file-actions">
        <button type="button" class="button" onClick={() => fileInput.current?.click()}>
          {t('optOutletsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          class="visually-hidden"
          name="outlets-file"
          accept=".json,.csv,application/json,text/csv"
          tabIndex={-1}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) void importFile(file);
          }}
        />
        <button
          type="button"
          class="button"
          disabled={list.length === 0}
          onClick={() => downloadText('source-lens-outlets.json', userOutletsToJson(list), 'application/json')}
        >
          {t('optOutletsExportJson')}
        </button>
        <button
          type="button"
          class="button"
          disabled={list.length === 0}
          onClick={() => downloadText('source-lens-outlets.csv', userOutletsToCsv(list), 'text/csv')}
        >
          {t('optOutletsExportCsv')}
        </button>
      </div>
      <NoteLine note={note} />
    </section>
  );
}
