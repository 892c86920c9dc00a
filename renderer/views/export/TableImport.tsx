// Import of actions or financing entries: pick a file, check the proposed sheet, kind, unit and
// column mapping, preview every problem by row and column, then apply it all in one step.
import { useEffect, useId, useRef, useState } from 'react';
import type { MoneyUnit } from '../../../shared/domain/ids';
import { MONEY_UNITS } from '../../../shared/domain/ids';
import type { ImportKind } from '../../../shared/exchange/columns';
import { MAX_IMPORT_BYTES } from '../../../shared/exchange/limits';
import type { ImportPreview as Preview, SheetInfo, StagedInfo } from '../../../shared/exchange/outcomes';
import type { ImportProblem } from '../../../shared/exchange/problems';
import { formatNumber } from '../../../shared/format/number';
import { MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { LabeledSelect } from '../../components/LabeledSelect';
import { useDocument } from '../../document/documentStore';
import { useI18n } from '../../i18n/I18nProvider';
import { MappingTable } from './MappingTable';
import { ImportPreview, ProblemTable } from './ImportPreview';
import { pickLocalFile, stageByDialog, stageUpload } from './files';
import { TaskStatus } from './TaskStatus';
import { useTask } from './useTask';

export interface Settings {
  sheet: string;
  kind: ImportKind;
  headerRow: number;
  columns: (string | null)[];
  unit: MoneyUnit;
  mode: 'add' | 'upsert';
}

function bestSheet(staged: StagedInfo): SheetInfo {
  const visible = staged.sheets.filter((s) => !s.hidden);
  const pool = visible.length ? visible : staged.sheets;
  return pool.reduce((best, s) => (s.matches > best.matches ? s : best), pool[0]);
}

function settingsFor(sheet: SheetInfo, kind: ImportKind, mode: Settings['mode']): Settings {
  const s = sheet.suggestions[kind];
  return { sheet: sheet.name, kind, headerRow: s.headerRow, columns: s.columns, unit: s.unit, mode };
}

type Message = { kind: 'ok' | 'error'; text: string; problems?: ImportProblem[]; problemCount?: number } | null;

export function TableImport() {
  const { t, locale } = useI18n();
  const heading = useId();
  const { status } = useDocument();
  const readOnly = status?.readOnly ?? true;
  const [task, run] = useTask();
  const [staged, setStaged] = useState<StagedInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<Message>(null);

  const sheet = staged && settings ? staged.sheets.find((s) => s.name === settings.sheet) ?? null : null;
  const panel = useRef<HTMLParagraphElement>(null);
  // A picked file opens its settings below the fold: bring them into view and focus there.
  useEffect(() => {
    if (!staged) return;
    panel.current?.focus({ preventScroll: true });
    panel.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [staged]);

  async function choose() {
    setMessage(null);
    let file: File | null = null;
    if (status?.picker !== 'dialog') {
      file = await pickLocalFile('.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv');
      if (!file) return;
    }
    const r = await run((taskId) => (file ? stageUpload(file, 'table', taskId) : stageByDialog('table', taskId)));
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    if (!r.staged) return;
    if (staged) void client.call('exchange.discard', { fileId: staged.fileId });
    const best = bestSheet(r.staged);
    const next = settingsFor(best, best.kind, 'upsert');
    setStaged(r.staged);
    setSettings(next);
    setPreview(null);
    await check(r.staged, next);
  }

  async function check(file: StagedInfo, s: Settings) {
    const r = await run((taskId) => client.call('exchange.preview', { fileId: file.fileId, ...s, taskId }));
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    if (r.value.status === 'cancelled') return setMessage({ kind: 'ok', text: t('import.cancelled') });
    setMessage(null);
    setPreview(r.value);
  }

  async function apply() {
    if (!staged || !settings) return;
    const r = await run((taskId) => client.call('exchange.apply', { fileId: staged.fileId, ...settings, taskId }));
    if (!r.ok) {
      const details = r.error.details as { problems?: ImportProblem[]; problemCount?: number } | undefined;
      return setMessage({ kind: 'error', text: r.error.message, problems: details?.problems, problemCount: details?.problemCount });
    }
    if (r.value.status === 'cancelled') return setMessage({ kind: 'ok', text: t('import.cancelled') });
    const c = r.value.counts;
    void client.call('exchange.discard', { fileId: staged.fileId });
    setStaged(null);
    setSettings(null);
    setPreview(null);
    setMessage({ kind: 'ok', text: t('import.done', { add: formatNumber(c.add, locale), update: formatNumber(c.update, locale) }) });
  }

  function change(next: Settings) {
    setSettings(next);
    setPreview(null);
  }

  function close() {
    if (staged) void client.call('exchange.discard', { fileId: staged.fileId });
    setStaged(null);
    setSettings(null);
    setPreview(null);
    setMessage(null);
  }

  const canApply = !!preview && preview.problemCount === 0 && preview.counts.add + preview.counts.update > 0 && !readOnly;

  return (
    <section className="card export-card" aria-labelledby={heading}>
      <h2 id={heading}>{t('import.title')}</h2>
      <p className="card__hint">{t('import.intro')}</p>
      <div className="import-pick">
        <button type="button" onClick={() => void choose()} disabled={task.running || readOnly}>
          {t('import.choose')}
        </button>
        <span className="muted">{t('import.chooseHint', { size: formatNumber(MAX_IMPORT_BYTES / (1024 * 1024), locale) })}</span>
      </div>

      {staged && settings && sheet && (
        <div className="import-panel">
          <div className="import-settings">
            <p className="import-file" ref={panel} tabIndex={-1}>
              <strong>{t('import.file')}:</strong> {staged.fileName}
            </p>
            {staged.sheets.length > 1 && (
              <LabeledSelect
                label={t('import.sheet')}
                value={settings.sheet}
                onChange={(name) => {
                  const s = staged.sheets.find((x) => x.name === name)!;
                  change(settingsFor(s, s.kind, settings.mode));
                }}
                options={staged.sheets.map((s) => [s.name, t(s.hidden ? 'import.sheetHidden' : 'import.sheetRows', { name: s.name, rows: formatNumber(s.rows, locale) })])}
              />
            )}
            <LabeledSelect
              label={t('import.kind')}
              value={settings.kind}
              onChange={(kind) => change(settingsFor(sheet, kind as ImportKind, settings.mode))}
              options={[
                ['actions', t('import.kind.actions')],
                ['financing', t('import.kind.financing')],
              ]}
            />
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
                  <input type="radio" name={`${heading}-mode`} value={mode} checked={settings.mode === mode} onChange={() => change({ ...settings, mode })} />
                  {t(`import.mode.${mode}`)}
                </label>
              ))}
            </fieldset>
          </div>
          <MappingTable sheet={sheet} settings={settings} onChange={(columns) => change({ ...settings, columns })} />
          <div className="import-actions">
            <button type="button" onClick={() => void check(staged, settings)} disabled={task.running}>
              {t('import.preview')}
            </button>
            <button type="button" className="primary" onClick={() => void apply()} disabled={task.running || !canApply}>
              {t('import.apply')}
            </button>
            <button type="button" onClick={close} disabled={task.running}>
              {t('import.close')}
            </button>
          </div>
          {!preview && !task.running && <p className="muted">{t('import.stale')}</p>}
        </div>
      )}
      <TaskStatus task={task} />
      {preview && <ImportPreview preview={preview} />}
      {message && (
        <div className={message.kind === 'error' ? 'import-message import-message--error' : 'import-message'} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
          {message.problems && message.problems.length > 1 && <ProblemTable problems={message.problems} count={message.problemCount ?? message.problems.length} />}
        </div>
      )}
    </section>
  );
}
