// What the follow-up report prints, computed in the page from what Node handed over (the plan as
// it is, the reference plan, the scenario and the year): the follow-up of shared/followup and the
// same chart models as Uppföljning.
import type { Plan } from '../../../shared/domain/types';
import { followUp, observedTotals, type FollowUpReference, type FollowUpResult, type ObservedTotals } from '../../../shared/followup';
import type { FollowUpPayload } from '../../../shared/report/followup';
import type { ReportPayload } from '../../../shared/report/options';
import { emissionsModel, spendingModel } from '../../charts/models/followup';
import type { ReportChart } from '../prepare';

export type FollowUpChartKey = 'spending' | 'emissions';

export interface FollowUpData {
  payload: ReportPayload;
  followUp: FollowUpPayload;
  plan: Plan;
  reference: FollowUpReference;
  result: FollowUpResult;
  observed: ObservedTotals;
  charts: Record<FollowUpChartKey, ReportChart>;
}

export function prepareFollowUp(payload: ReportPayload): FollowUpData {
  const f = payload.followUp;
  if (!f) throw new Error('not a follow-up report');
  const plan = payload.plan;
  const reference: FollowUpReference = { plan: f.referencePlan, scenarioId: f.scenarioId, versionId: f.version?.id ?? null };
  const result = followUp(plan, reference, { year: f.year, currentYear: f.currentYear });
  const input = { plan, reference, result, locale: 'sv' as const };
  return {
    payload,
    followUp: f,
    plan,
    reference,
    result,
    observed: observedTotals(plan.observedEmissions, plan.sectors),
    charts: {
      spending: { model: spendingModel(input, Math.max(result.year, f.currentYear)), height: 300 },
      emissions: { model: emissionsModel(input), height: 330 },
    },
  };
}
