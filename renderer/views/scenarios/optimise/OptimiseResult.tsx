// The optimiser's answer: why not, or the chosen actions with their start years, the figures
// against the base scenario, each target with its gap and what it costs, and "Spara som
// scenario" (DESIGN §10).
import { useId, useMemo, useState } from 'react';
import { calculate } from '../../../../shared/calc';
import type { Plan } from '../../../../shared/domain/types';
import { formatMoneyWithUnit, formatNumber, formatPercent } from '../../../../shared/format/number';
import { isFound, savedScenarioValues, type OptimiseAnswer, type OptimiseFound, type TargetCost } from '../../../../shared/optimise';
import { unusedScenarioId } from '../../../../shared/optimise/evaluate';
import { request } from '../../../api/request';
import { useI18n } from '../../../i18n/I18nProvider';
import { chooseScenario } from '../../../plan/scenario-store';
import { freshName } from '../fresh-name';

interface Props {
  plan: Plan;
  answer: OptimiseAnswer;
  costs: TargetCost[] | null;
}

export function OptimiseResult({ plan, answer, costs }: Props) {
  const { t } = useI18n();
  if (!isFound(answer)) {
    return (
      <section className="optimise__result" aria-live="polite">
        <h3>{t(answer.status === 'infeasible' ? 'optimise.infeasible' : 'optimise.noSolution')}</h3>
        <ul className="optimise__reasons">
          {answer.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </section>
    );
  }
  return <Found plan={plan} answer={answer} costs={costs} />;
}

function Found({ plan, answer, costs }: Props & { answer: OptimiseFound }) {
  const { t, locale } = useI18n();
  const unit = plan.plan.moneyUnit;
  const money = (sek: number) => formatMoneyWithUnit(sek, unit, locale);
  const tons = (x: number) => formatNumber(x, locale);
  const base = plan.scenarios.find((s) => s.id === answer.scenario.id)!;
  const figures = useMemo(() => {
    const id = unusedScenarioId(plan);
    const withAnswer: Plan = { ...plan, scenarios: [...plan.scenarios, { ...answer.scenario, id }] };
    const capex = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const after = calculate(withAnswer, id);
    return { after, capexBase: capex(calculate(plan, base.id).costs.capex), capexAfter: capex(after.costs.capex) };
  }, [plan, answer, base.id]);
  const actionName = (id: string) => {
    const a = plan.actions.find((x) => x.id === id)!;
    return { code: a.code, name: a.name, own: a.startYear };
  };
  const objectiveOf = (id: string) => {
    const r = figures.after.actions.find((a) => a.id === id)!;
    return answer.objective === 'npv' ? r.npvSek : r.societalNpvSek;
  };
  const objectiveLabel = t(`optimise.valueRow.${answer.objective}`);

  return (
    <section className="optimise__result" aria-live="polite">
      <p className={answer.status === 'optimal' ? 'optimise__verdict' : 'optimise__verdict optimise__verdict--warn'}>
        {answer.status === 'optimal' ? t('optimise.optimal') : t('optimise.notProven', { gap: formatPercent(answer.mipGap ?? 0, locale, 2) })}
      </p>
      <h3>{t('optimise.figures')}</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('optimise.figure')}</th>
            <th scope="col" className="num">
              {t('optimise.baseCol')}
            </th>
            <th scope="col" className="num">
              {t('optimise.answerCol')}
            </th>
            <th scope="col" className="num">
              {t('optimise.changeCol')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{objectiveLabel}</th>
            <td className="num">{money(answer.baseValue)}</td>
            <td className="num">{money(answer.value)}</td>
            <td className="num">{money(answer.value - answer.baseValue)}</td>
          </tr>
          <tr>
            <th scope="row">{t('optimise.capexRow')}</th>
            <td className="num">{money(figures.capexBase)}</td>
            <td className="num">{money(figures.capexAfter)}</td>
            <td className="num">{money(figures.capexAfter - figures.capexBase)}</td>
          </tr>
        </tbody>
      </table>

      {answer.targets.length > 0 && (
        <>
          <h3>{t('optimise.targetsTitle')}</h3>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('optimise.target')}</th>
                <th scope="col" className="num">
                  {t('optimise.gapBase')}
                </th>
                <th scope="col" className="num">
                  {t('optimise.gapAnswer')}
                </th>
                <th scope="col">{t('optimise.met')}</th>
                {costs && (
                  <th scope="col" className="num" title={t('optimise.targetCostHint')}>
                    {t('optimise.targetCost', { unit })}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {answer.targets.map((tg) => {
                const target = plan.targets.find((x) => x.id === tg.id)!;
                const cost = costs?.find((c) => c.targetId === tg.id)?.costSek ?? null;
                return (
                  <tr key={tg.id}>
                    <th scope="row">{t('optimise.targetLabel', { name: target.name, year: target.year })}</th>
                    <td className="num">{tons(tg.baseGap)}</td>
                    <td className="num">{tons(tg.gap)}</td>
                    <td>
                      {tg.met ? (
                        <span className="verdict verdict--met">✓ {t('optimise.yes')}</span>
                      ) : (
                        <span className="verdict verdict--missed">✗ {t('optimise.no')}</span>
                      )}
                    </td>
                    {costs && <td className="num">{cost === null ? '–' : money(cost)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}

      <h3>{t('optimise.chosen', { count: answer.chosen.length })}</h3>
      {answer.chosen.length === 0 ? (
        <p className="muted">{t('optimise.chosenNone')}</p>
      ) : (
        <div className="table-scroll table-scroll--tall">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('optimise.action')}</th>
                <th scope="col">{t('optimise.start')}</th>
                <th scope="col" className="num">
                  {t('optimise.npv', { unit })}
                </th>
              </tr>
            </thead>
            <tbody>
              {answer.chosen.map((c) => {
                const a = actionName(c.actionId);
                return (
                  <tr key={c.actionId}>
                    <th scope="row">
                      <span className="mono">{a.code}</span> {a.name}
                    </th>
                    <td>
                      {c.startYear}
                      {c.moved && <span className="tag tag--moved">{t('optimise.moved', { year: a.own })}</span>}
                    </td>
                    <td className="num">{money(objectiveOf(c.actionId))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** "Spara som scenario": the answer as a new scenario, which the views then show. */
export function SaveAnswer({ plan, answer, readOnly, onSaved }: { plan: Plan; answer: OptimiseFound; readOnly: boolean; onSaved(): void }) {
  const { t } = useI18n();
  const base = plan.scenarios.find((s) => s.id === answer.scenario.id)!;
  const [name, setName] = useState(() =>
    freshName(
      t('optimise.defaultName', { name: base.name }),
      plan.scenarios.map((s) => s.name),
    ),
  );
  const nameId = useId();

  async function save(): Promise<void> {
    const created = await request('scenarios.create', { values: savedScenarioValues(answer, name.trim()) });
    if (!created) return;
    chooseScenario(created.id);
    onSaved();
  }

  return (
    <div className="optimise__save">
      <div className="field">
        <label htmlFor={nameId}>{t('optimise.saveName')}</label>
        <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} disabled={readOnly} />
      </div>
      <button type="button" className="primary" onClick={() => void save()} disabled={readOnly || !name.trim()}>
        {t('optimise.save')}
      </button>
    </div>
  );
}
