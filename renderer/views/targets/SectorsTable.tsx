// The plan's sectors: rename in place, hide from view (a hidden sector still counts), see which
// are sinks, pick one to edit its baseline, and add a sector of one's own.
import { useId, useState, type FormEvent } from 'react';
import type { Plan } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { CommitField } from '../../components/CommitField';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/I18nProvider';
import { textFormat } from '../overview/setting-formats';

interface Props {
  plan: Plan;
  selected: string;
  onSelect(id: string): void;
  readOnly: boolean;
}

export function SectorsTable({ plan, selected, onSelect, readOnly }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const [isSink, setIsSink] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function rename(id: string, next: string): Promise<string | null> {
    const result = await client.call('sectors.update', { id, changes: { name: next } });
    return result.ok ? null : result.error.message;
  }

  async function add(e: FormEvent): Promise<void> {
    e.preventDefault();
    const result = await client.call('sectors.create', { values: { name: name.trim(), isSink } });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setName('');
    setIsSink(false);
    onSelect(result.value.id);
  }

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('targets.sectors.title')}</h2>
      <p className="card__hint">{t('targets.sectors.intro')}</p>
      <div className="table-scroll table-scroll--tall">
        <table className="data-table sectors-table">
          <caption className="visually-hidden">{t('targets.sectors.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('targets.sectors.name')}</th>
              <th scope="col">{t('targets.sectors.sink')}</th>
              <th scope="col">{t('targets.sectors.hidden')}</th>
              <th scope="col" className="num">
                {t('targets.sectors.points')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('targets.sectors.commands')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.sectors.map((s) => {
              const points = plan.baseline.find((b) => b.sectorId === s.id)?.points.length ?? 0;
              return (
                <tr key={s.id} aria-current={s.id === selected ? 'true' : undefined}>
                  <td>
                    <CommitField
                      className="cell-field"
                      label={t('targets.sectors.nameOf', { name: s.name })}
                      value={s.name}
                      disabled={readOnly}
                      {...textFormat}
                      onCommit={(next) => rename(s.id, next)}
                    />
                  </td>
                  <td>
                    {s.isSink ? (
                      <span className="sink-flag">↓ {t('targets.sectors.sinkYes')}</span>
                    ) : (
                      <span className="muted">{t('targets.sectors.sinkNo')}</span>
                    )}
                  </td>
                  <td>
                    <label className="inline-check">
                      <input
                        type="checkbox"
                        checked={!!s.hidden}
                        disabled={readOnly}
                        onChange={(e) => void request('sectors.update', { id: s.id, changes: { hidden: e.target.checked } })}
                      />
                      <span className="visually-hidden">{t('targets.sectors.hideNamed', { name: s.name })}</span>
                      <span aria-hidden="true">{s.hidden ? t('targets.sectors.hiddenYes') : ''}</span>
                    </label>
                  </td>
                  <td className="num">{formatNumber(points, locale)}</td>
                  <td>
                    <button
                      type="button"
                      onClick={() => onSelect(s.id)}
                      aria-label={t('targets.sectors.editNamed', { name: s.name })}
                      disabled={s.id === selected}
                    >
                      {t('targets.sectors.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form className="new-sector" onSubmit={(e) => void add(e)}>
        <fieldset disabled={readOnly}>
          <legend>{t('targets.sectors.new')}</legend>
          <div className="new-sector__fields">
            <div className="field">
              <label htmlFor={nameId}>{t('targets.sectors.newName')}</label>
              <input id={nameId} type="text" value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <label className="inline-check">
              <input type="checkbox" checked={isSink} onChange={(e) => setIsSink(e.target.checked)} />
              {t('targets.sectors.newSink')}
            </label>
            <button type="submit">{t('targets.sectors.add')}</button>
          </div>
          <FieldError error={error} alert />
        </fieldset>
      </form>
    </section>
  );
}
