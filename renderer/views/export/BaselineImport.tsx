// The baseline from the national emissions statistics: pick the file, choose the municipality
// (the plan's own is proposed), see every sector's points and the check against the file's
// totals, then replace the baseline of the covered sectors in one step.
import { useEffect, useId, useRef, useState } from 'react';
import type { Plan } from '../../../shared/domain/types';
import type { BaselinePreview, StagedInfo } from '../../../shared/exchange/outcomes';
import { formatNumber } from '../../../shared/format/number';
import { client } from '../../api/client';
import { useDocument } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { pickLocalFile, stageByDialog, stageUpload } from './files';
import { TaskStatus } from './TaskStatus';
import { useTask } from './useTask';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function BaselineImport({ plan }: { plan: Plan }) {
  const { t, locale } = useI18n();
  const heading = useId();
  const selectId = useId();
  const { status } = useDocument();
  const readOnly = status?.readOnly ?? true;
  const [task, run] = useTask();
  const [staged, setStaged] = useState<StagedInfo | null>(null);
  const [preview, setPreview] = useState<BaselinePreview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const panel = useRef<HTMLDivElement>(null);
  // The preview opens below the fold: bring it into view once per picked file.
  const shown = staged !== null && preview !== null;
  useEffect(() => {
    if (shown) panel.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [shown, staged]);

  async function show(file: StagedInfo, municipality: string) {
    const r = await client.call('exchange.baselinePreview', { fileId: file.fileId, municipality });
    if (!r.ok) {
      setPreview(null);
      return setMessage({ kind: 'error', text: r.error.message });
    }
    setMessage(null);
    setPreview(r.value);
  }

  async function choose() {
    setMessage(null);
    let file: File | null = null;
    if (status?.picker !== 'dialog') {
      file = await pickLocalFile('.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      if (!file) return;
    }
    const r = await run((taskId) => (file ? stageUpload(file, 'statistics', taskId) : stageByDialog('statistics', taskId)));
    if (!r.ok) return setMessage({ kind: 'error', text: r.message });
    if (!r.staged) return;
    if (staged) void client.call('exchange.discard', { fileId: staged.fileId });
    setStaged(r.staged);
    await show(r.staged, plan.plan.municipalityCode);
  }

  async function apply() {
    if (!staged || !preview) return;
    const r = await client.call('exchange.baselineApply', { fileId: staged.fileId, municipality: preview.municipality.code });
    if (!r.ok) return setMessage({ kind: 'error', text: r.error.message });
    void client.call('exchange.discard', { fileId: staged.fileId });
    setStaged(null);
    setPreview(null);
    setMessage({ kind: 'ok', text: t('baseline.done', { count: formatNumber(r.value.sectors, locale), points: formatNumber(r.value.points, locale) }) });
  }

  const tons = (v: number) => formatNumber(v, locale);
  return (
    <section className="card export-card" aria-labelledby={heading}>
      <h2 id={heading}>{t('baseline.title')}</h2>
      <p className="card__hint">{t('baseline.intro')}</p>
      <div className="import-pick">
        <button type="button" onClick={() => void choose()} disabled={task.running || readOnly}>
          {t('baseline.choose')}
        </button>
        {staged && <span className="muted">{staged.fileName}</span>}
      </div>
      <TaskStatus task={task} />
      {staged && preview && (
        <div className="import-panel" ref={panel}>
          <div className="field baseline-municipality">
            <label htmlFor={selectId}>{t('baseline.municipality')}</label>
            <select id={selectId} value={preview.municipality.code} onChange={(e) => void show(staged, e.target.value)}>
              {preview.municipalities.map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name} ({m.code})
                </option>
              ))}
            </select>
          </div>
          {preview.warnings.length > 0 && (
            <div className="import-warnings">
              <p>{t('baseline.warnings')}</p>
              <ul>
                {preview.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="table-scroll">
            <table className="data-table baseline-table">
              <caption>{t('baseline.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('baseline.sector')}</th>
                  {preview.years.map((y) => (
                    <th key={y} scope="col" className="num">
                      {y}
                    </th>
                  ))}
                  <th scope="col">{t('baseline.replaces')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.sectors.map((s) => (
                  <tr key={s.sectorId}>
                    <th scope="row">{s.name}</th>
                    {preview.years.map((y) => {
                      const p = s.points.find((x) => x.year === y);
                      return (
                        <td key={y} className="num">
                          {p ? tons(p.tonsCo2e) : '–'}
                        </td>
                      );
                    })}
                    <td className="nowrap">{s.replacesPoints ? t('baseline.replacesPoints', { count: s.replacesPoints }) : t('baseline.new')}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('baseline.totals')}</th>
                  {preview.years.map((y) => (
                    <td key={y} className="num">
                      {tons(preview.totals.find((x) => x.year === y)?.sum ?? 0)}
                    </td>
                  ))}
                  <td />
                </tr>
                <tr>
                  <th scope="row">{t('baseline.fileTotal')}</th>
                  {preview.years.map((y) => {
                    const total = preview.totals.find((x) => x.year === y);
                    return (
                      <td key={y} className={total && !total.ok ? 'num baseline-mismatch' : 'num'}>
                        {total ? tons(total.total) : '–'}
                      </td>
                    );
                  })}
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="import-actions">
            <button type="button" className="primary" onClick={() => void apply()} disabled={readOnly || preview.sectors.length === 0}>
              {t('baseline.apply', { count: preview.sectors.length })}
            </button>
            <button
              type="button"
              onClick={() => {
                void client.call('exchange.discard', { fileId: staged.fileId });
                setStaged(null);
                setPreview(null);
              }}
            >
              {t('import.close')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className={message.kind === 'error' ? 'field__error' : 'export-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
