// One sector's baseline: its points (year, tonnes) in a small sheet (BaselinePoints), a new
// point typed or pasted from Excel below it, and the annual change after the last point. Every change is one baseline call, so
// Node checks it (one point per year, negative only in a sink…) and one Ctrl+Z undoes it.
import { useId, useState, type ClipboardEvent } from 'react';
import type { BaselinePoint, Plan } from '../../../shared/domain/types';
import { parseNumber } from '../../../shared/format/parse';
import { parseTsv } from '../../../shared/format/tsv';
import { client } from '../../api/client';
import { CommitField } from '../../components/CommitField';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/I18nProvider';
import { percentFormat } from '../overview/setting-formats';
import { BaselinePoints } from './BaselinePoints';
import { mergePoints, pointsFromRows } from './baseline-paste';

interface Props {
  plan: Plan;
  sectorId: string;
  onSector(id: string): void;
  readOnly: boolean;
}

export function BaselineEditor({ plan, sectorId, onSector, readOnly }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const sectorFieldId = useId();
  const newYearId = useId();
  const newTonsId = useId();
  const [error, setError] = useState<string | null>(null);
  const [newYear, setNewYear] = useState('');
  const [newTons, setNewTons] = useState('');
  const sector = plan.sectors.find((s) => s.id === sectorId);
  const baseline = plan.baseline.find((b) => b.sectorId === sectorId);
  const points = [...(baseline?.points ?? [])].sort((a, b) => a.year - b.year);

  /** Stores the change; `quiet`: the caller shows the refusal itself (the points sheet, at its cells). */
  async function save(changes: { points?: BaselinePoint[]; annualChange?: number }, quiet = false): Promise<string | null> {
    const result = baseline
      ? await client.call('baseline.update', { sectorId, changes })
      : await client.call('baseline.create', { sectorId, values: { points: [], annualChange: 0, ...changes } });
    const message = result.ok ? null : result.error.message;
    if (!quiet) setError(message);
    return message;
  }

  async function addPoint(): Promise<void> {
    const year = parseNumber(newYear, locale);
    const tons = parseNumber(newTons, locale);
    if (year === null || tons === null) {
      setError(t('targets.baseline.needBoth'));
      return;
    }
    if (!(await save({ points: mergePoints(points, [{ year, tonsCo2e: tons }]) }))) {
      setNewYear('');
      setNewTons('');
    }
  }

  function paste(e: ClipboardEvent<HTMLElement>): void {
    const rows = parseTsv(e.clipboardData.getData('text/plain'));
    // One value into one field is an ordinary paste.
    if (rows.length <= 1 && (rows[0]?.length ?? 0) <= 1) return;
    e.preventDefault();
    if (readOnly) return;
    const parsed = pointsFromRows(rows, locale);
    if (!parsed.ok) {
      setError(t('targets.baseline.pasteProblem', { row: parsed.row, cell: parsed.cell }));
      return;
    }
    if (parsed.points.length) void save({ points: mergePoints(points, parsed.points) });
  }

  if (!sector) return null;
  return (
    <section className="card baseline-editor" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('targets.baseline.title')}</h2>
      <div className="field baseline-editor__sector">
        <label htmlFor={sectorFieldId}>{t('targets.baseline.sector')}</label>
        <select id={sectorFieldId} value={sectorId} onChange={(e) => onSector(e.target.value)}>
          {plan.sectors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.isSink ? ` (${t('targets.sectors.sinkShort')})` : ''}
              {s.hidden ? ` – ${t('targets.sectors.hiddenShort')}` : ''}
            </option>
          ))}
        </select>
      </div>
      <p className="card__hint">{t(sector.isSink ? 'targets.baseline.hintSink' : 'targets.baseline.hint')}</p>
      <BaselinePoints points={points} sectorName={sector.name} readOnly={readOnly} save={(next) => save({ points: next }, true)} />
      <div className="baseline-grid__new" onPaste={paste}>
        <input
          id={newYearId}
          type="text"
          inputMode="numeric"
          aria-label={t('targets.baseline.newYear')}
          placeholder={t('targets.baseline.year')}
          value={newYear}
          disabled={readOnly}
          onChange={(e) => setNewYear(e.target.value)}
        />
        <input
          id={newTonsId}
          type="text"
          inputMode="decimal"
          aria-label={t('targets.baseline.newTons')}
          placeholder={t('targets.baseline.tons')}
          value={newTons}
          disabled={readOnly}
          onChange={(e) => setNewTons(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void addPoint();
          }}
        />
        <button type="button" disabled={readOnly} onClick={() => void addPoint()}>
          {t('targets.baseline.add')}
        </button>
      </div>
      {points.length === 0 && <p className="muted">{t('targets.baseline.noPoints')}</p>}
      <FieldError error={error} alert />
      <div className="baseline-editor__change">
        <CommitField
          key={sectorId}
          label={t('targets.baseline.annualChange')}
          unit="%"
          value={baseline?.annualChange ?? 0}
          inputMode="decimal"
          disabled={readOnly}
          hint={t('targets.baseline.annualChangeHint')}
          {...percentFormat('annualChange', locale, t)}
          onCommit={(annualChange) => save({ annualChange })}
        />
      </div>
    </section>
  );
}
