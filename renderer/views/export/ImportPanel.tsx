// The settings of a staged import — sheet, what the rows are, unit, what to do with rows that
// exist, which field each column fills — with Preview, Import and Close, then the preview and
// any refusal. Shown by the Export view's card and by a grid's paste dialog.
import { useId, type Ref } from 'react';
import { MONEY_UNITS, type MoneyUnit } from '../../../shared/domain/ids';
import type { ImportKind } from '../../../shared/exchange/columns';
import { formatNumber } from '../../../shared/format/number';
import { MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { LabeledSelect } from '../../components/LabeledSelect';
import { useI18n } from '../../i18n/I18nProvider';
import { ImportPreview, ProblemTable } from './ImportPreview';
import { MappingTable } from './MappingTable';
import { TaskStatus } from './TaskStatus';
import { settingsFor, type TableImport } from './useTableImport';

interface Props {
  state: TableImport;
  onApply(): void;
  onClose(): void;
  /** What the rows are is fixed (a grid's paste): no choice of kind. */
  fixedKind?: boolean;
  /** The first line of the panel, focused when it opens. */
  fileRef?: Ref<HTMLParagraphElement>;
  fileLabel: string;
}

export function ImportPanel({ state, onApply, onClose, fixedKind, fileRef, fileLabel }: Props) {
  const { t, locale } = useI18n();
  const name = useId();
  const { staged, settings, sheet, task, preview, message, change, check } = state;
  return (
    <>
      {staged && settings && sheet && (
        <div className="import-panel">
          <div className="import-settings">
            <p className="import-file" ref={fileRef} tabIndex={-1}>
              <strong>{t('import.file')}:</strong> {fileLabel}
            </p>
            {staged.sheets.length > 1 && (
              <LabeledSelect
                label={t('import.sheet')}
                value={settings.sheet}
                onChange={(sheetName) => {
                  const s = staged.sheets.find((x) => x.name === sheetName)!;
                  change(settingsFor(s, fixedKind ? settings.kind : s.kind, settings.mode));
                }}
                options={staged.sheets.map((s) => [
                  s.name,
                  t(s.hidden ? 'import.sheetHidden' : 'import.sheetRows', { name: s.name, rows: formatNumber(s.rows, locale) }),
                ])}
              />
            )}
            {!fixedKind && (
              <LabeledSelect
                label={t('import.kind')}
                value={settings.kind}
                onChange={(kind) => change(settingsFor(sheet, kind as ImportKind, settings.mode))}
                options={[
                  ['actions', t('import.kind.actions')],
                  ['financing', t('import.kind.financing')],
                ]}
              />
            )}
            <LabeledSelect
              label={t('import.unit')}
              value={settings.unit}
              onChange={(unit) => change({ ...settings, unit: unit as MoneyUnit })}
              options={MONEY_UNITS.map((u) => [u, MONEY_UNIT_LABELS[u][locale]])}
            />
            <fieldset className="import-mode">
              <legend>{t('import.mode')}</legend>
              {(['upsert', 'add'] as const).map((mode) => (
                <label key={mode}>
                  <input type="radio" name={`${name}-mode`} value={mode} checked={settings.mode === mode} onChange={() => change({ ...settings, mode })} />
                  {t(`import.mode.${mode}`)}
                </label>
              ))}
            </fieldset>
          </div>
          <MappingTable sheet={sheet} settings={settings} onChange={(columns) => change({ ...settings, columns })} />
          <div className="import-actions">
            <button type="button" onClick={() => void check()} disabled={task.running}>
              {t('import.preview')}
            </button>
            <button type="button" className="primary" onClick={onApply} disabled={task.running || !state.canApply}>
              {t('import.apply')}
            </button>
            <button type="button" onClick={onClose} disabled={task.running}>
              {t('import.close')}
            </button>
          </div>
          {!preview && !task.running && <p className="muted">{t('import.stale')}</p>}
        </div>
      )}
      <TaskStatus task={task} />
      {preview && <ImportPreview preview={preview} />}
      {message && (
        <div
          className={message.kind === 'error' ? 'import-message import-message--error' : 'import-message'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.problems && message.problems.length > 1 && (
            <ProblemTable problems={message.problems} count={message.problemCount ?? message.problems.length} />
          )}
        </div>
      )}
    </>
  );
}
