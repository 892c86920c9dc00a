// Scenarier → Optimera…: the question, the solve in a Web Worker with progress and Avbryt, and
// the answer (DESIGN §10). The plan is taken as it is when the user presses Optimera; the answer
// stays with that snapshot.
import { useState } from 'react';
import type { Plan } from '../../../../shared/domain/types';
import { formatNumber, formatPercent } from '../../../../shared/format/number';
import { isFound } from '../../../../shared/optimise';
import { Dialog, DialogActions } from '../../../components/Dialog';
import { useI18n } from '../../../i18n/I18nProvider';
import { defaultForm, isProblem, requestOf, type FormProblem, type OptimiseForm } from './form';
import { OptimiseResult, SaveAnswer } from './OptimiseResult';
import { OptimiseSettings } from './OptimiseSettings';
import { useOptimiser } from './useOptimiser';
import './optimise.css';

interface Props {
  plan: Plan;
  scenarioId: string | null;
  readOnly: boolean;
  onClose(): void;
}

export function OptimiseDialog({ plan, scenarioId, readOnly, onClose }: Props) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState<OptimiseForm>(() => defaultForm(plan, scenarioId ?? plan.scenarios[0].id));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const { state, run, cancel, reset } = useOptimiser();

  function start(): void {
    const request = requestOf(form, plan, locale);
    if (isProblem(request)) {
      setProblem(request);
      return;
    }
    setProblem(null);
    run({ plan, request, targetCosts: true });
  }

  const running = state.phase === 'running';
  const showForm = state.phase !== 'done' && !running;

  return (
    <Dialog title={t('optimise.title')} onClose={() => (running ? cancel() : onClose())} wide>
      <div className="optimise">
        {showForm && (
          <>
            <p className="lead">{t('optimise.intro')}</p>
            <OptimiseSettings plan={plan} form={form} onChange={setForm} />
            {problem && (
              <p className="field__error" role="alert">
                {t(problem.key, problem.values)}
              </p>
            )}
            {state.phase === 'error' && (
              <p className="field__error" role="alert">
                {state.message}
              </p>
            )}
            {state.phase === 'cancelled' && (
              <p className="muted" role="status">
                {t('optimise.cancelled')}
              </p>
            )}
          </>
        )}
        {running && (
          <div className="optimise__running" role="status" aria-live="polite">
            <p>{t(`optimise.stage.${state.progress?.stage ?? 'solve'}`)}</p>
            <progress aria-label={t(`optimise.stage.${state.progress?.stage ?? 'solve'}`)} />
            {state.progress && (
              <p className="muted">
                {state.progress.gap === null
                  ? t('optimise.progressNoGap', { seconds: formatNumber(state.progress.seconds, locale, 1) })
                  : t('optimise.progress', { seconds: formatNumber(state.progress.seconds, locale, 1), gap: formatPercent(state.progress.gap, locale, 2) })}
              </p>
            )}
          </div>
        )}
        {state.phase === 'done' && <OptimiseResult plan={state.job.plan} answer={state.answer} costs={state.costs} />}
      </div>
      <DialogActions>
        {state.phase === 'done' && isFound(state.answer) && <SaveAnswer plan={state.job.plan} answer={state.answer} readOnly={readOnly} onSaved={onClose} />}
        {running && (
          <button type="button" onClick={cancel}>
            {t('optimise.cancel')}
          </button>
        )}
        {showForm && (
          <button type="button" className="primary" onClick={start} data-autofocus>
            {t('optimise.run')}
          </button>
        )}
        {state.phase === 'done' && (
          <button type="button" onClick={reset}>
            {t('optimise.again')}
          </button>
        )}
        {!running && (
          <button type="button" onClick={onClose}>
            {t('optimise.close')}
          </button>
        )}
      </DialogActions>
    </Dialog>
  );
}
