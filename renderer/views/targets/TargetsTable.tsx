// The plan's targets, each field edited in place and stored on its own, with what the engine
// makes of each under the chosen scenario: the level, the scenario's emissions that year, the
// gap and whether it is met.
import { useId } from 'react';
import type { CalcResult } from '../../../shared/calc';
import { TARGET_KINDS, TARGET_SCOPES, type TargetKind } from '../../../shared/domain/ids';
import type { Plan, Target } from '../../../shared/domain/types';
import { formatNumber } from '../../../shared/format/number';
import { labelOf, TARGET_KIND_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { CommitField } from '../../components/CommitField';
import { useI18n } from '../../i18n/I18nProvider';
import { decimalFormat, percentFormat, textFormat, yearFormat } from '../overview/setting-formats';

type TargetChanges = { [K in Exclude<keyof Target, 'id'>]?: Target[K] | null };

/** What a change of kind sends: the new kind with the fields it needs, kept where they exist. */
export function kindChanges(target: Target, kind: TargetKind, startYear: number): TargetChanges {
  if (kind === 'reduction') {
    return {
      kind,
      reduction: target.reduction ?? 0.5,
      ...(target.referenceYear === undefined && target.referenceTonsCo2e === undefined ? { referenceYear: startYear } : {}),
    };
  }
  if (kind === 'absolute') return { kind, tonsCo2e: target.tonsCo2e ?? 0 };
  return { kind };
}

export function TargetsTable({ plan, calc, readOnly }: { plan: Plan; calc: CalcResult | null; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const captionId = useId();
  const tons = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatNumber(v, locale));

  async function store(id: string, changes: TargetChanges): Promise<string | null> {
    const result = await client.call('targets.update', { id, changes });
    return result.ok ? null : result.error.message;
  }

  if (plan.targets.length === 0) return <p className="chart__empty">{t('targets.none')}</p>;
  return (
    <>
      <div className="table-scroll table-scroll--tall">
        <table className="data-table targets-table wrap-head" aria-labelledby={captionId}>
          <caption id={captionId} className="visually-hidden">
            {t('targets.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('targets.col.name')}</th>
              <th scope="col">{t('targets.col.year')}</th>
              <th scope="col">{t('targets.col.scope')}</th>
              <th scope="col">{t('targets.col.kind')}</th>
              <th scope="col">{t('targets.col.definition')}</th>
              <th scope="col" className="num">
                {t('targets.col.level')}
              </th>
              <th scope="col" className="num">
                {t('targets.col.scenario')}
              </th>
              <th scope="col" className="num">
                {t('targets.col.gap')}
              </th>
              <th scope="col">{t('targets.col.met')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('targets.col.commands')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {plan.targets.map((target) => {
              const result = calc?.targets.find((r) => r.id === target.id);
              const named = (field: string) => `${field} – ${target.name || target.id}`;
              return (
                <tr key={target.id} data-target={target.id}>
                  <td>
                    <CommitField
                      className="cell-field cell-field--name"
                      label={named(t('targets.col.name'))}
                      value={target.name}
                      disabled={readOnly}
                      {...textFormat}
                      onCommit={(name) => store(target.id, { name })}
                    />
                  </td>
                  <td>
                    <CommitField
                      className="cell-field cell-field--year"
                      label={named(t('targets.col.year'))}
                      value={target.year}
                      inputMode="numeric"
                      disabled={readOnly}
                      {...yearFormat('year', locale, t)}
                      onCommit={(year) => store(target.id, { year })}
                    />
                  </td>
                  <td>
                    <select
                      aria-label={named(t('targets.col.scope'))}
                      value={target.scope}
                      disabled={readOnly}
                      onChange={(e) => void request('targets.update', { id: target.id, changes: { scope: e.target.value as Target['scope'] } })}
                    >
                      {TARGET_SCOPES.map((s) => (
                        <option key={s} value={s}>
                          {t(s === 'gross' ? 'targets.scope.gross' : 'targets.scope.net')}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      aria-label={named(t('targets.col.kind'))}
                      value={target.kind}
                      disabled={readOnly}
                      onChange={(e) =>
                        void request('targets.update', { id: target.id, changes: kindChanges(target, e.target.value as TargetKind, plan.plan.startYear) })
                      }
                    >
                      {TARGET_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {labelOf(TARGET_KIND_LABELS, k, locale)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="targets-table__definition">
                    <div>
                      {target.kind === 'reduction' && (
                        <>
                          <CommitField
                            className="cell-field cell-field--short"
                            label={named(t('targets.field.reduction'))}
                            unit="%"
                            value={target.reduction ?? 0}
                            inputMode="decimal"
                            disabled={readOnly}
                            {...percentFormat('reduction', locale, t)}
                            onCommit={(reduction) => store(target.id, { reduction })}
                          />
                          <span className="targets-table__word">{t('targets.against')}</span>
                          <CommitField
                            className="cell-field cell-field--year"
                            label={named(t('targets.field.referenceYear'))}
                            value={target.referenceYear ?? null}
                            inputMode="numeric"
                            disabled={readOnly}
                            format={(v) => (v === null ? '' : String(v))}
                            parse={(text) => (text.trim() === '' ? { ok: true, value: null } : yearFormat('referenceYear', locale, t).parse(text))}
                            onCommit={(referenceYear) => store(target.id, { referenceYear })}
                          />
                        </>
                      )}
                      {target.kind === 'absolute' && (
                        <CommitField
                          className="cell-field"
                          label={named(t('targets.field.tons'))}
                          unit="t CO2e"
                          value={target.tonsCo2e ?? 0}
                          inputMode="decimal"
                          disabled={readOnly}
                          {...decimalFormat('tonsCo2e', locale, t, 0, '50 000')}
                          onCommit={(tonsCo2e) => store(target.id, { tonsCo2e })}
                        />
                      )}
                      {target.kind === 'netZero' && <span className="muted">{t('targets.netZeroNote')}</span>}
                    </div>
                  </td>
                  <td className="num">{tons(result?.level)}</td>
                  <td className="num">{tons(result?.scenario)}</td>
                  <td className="num">{tons(result?.gap)}</td>
                  <td>
                    {result?.met === true && <span className="verdict verdict--met">✓ {t('targets.yes')}</span>}
                    {result?.met === false && <span className="verdict verdict--missed">✗ {t('targets.no')}</span>}
                    {(result?.met ?? null) === null && <span className="muted">–</span>}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      disabled={readOnly}
                      aria-label={t('targets.deleteNamed', { name: target.name })}
                      onClick={() => void request('targets.delete', { id: target.id })}
                    >
                      {t('targets.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="card__hint targets-note">{t('targets.scopeNote')}</p>
    </>
  );
}
