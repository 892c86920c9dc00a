// plan.get / plan.snapshot / plan.update
import type { PlanSettings } from '../../shared/domain/types';
import { planSettingsSchema } from '../../shared/schema/entities';
import { planSettingsProblems } from '../../shared/schema/rules';
import { readPlan, readPlanSettings } from '../document/read';
import { planToRow } from '../document/rows';
import { onSession, type Handlers } from './handler';
import { applyChanges, parseOrRefuse, rebase, refuseIf } from './validate';

export const planHandlers = {
  'plan.get': onSession((s) => readPlanSettings(s.db)),
  'plan.snapshot': onSession((s) => readPlan(s.db)),
  'plan.update': onSession<'plan.update'>((s, { changes }) => {
    const merged = applyChanges(readPlanSettings(s.db), changes);
    const next: PlanSettings = parseOrRefuse(planSettingsSchema, merged, 'changes');
    refuseIf(rebase(planSettingsProblems(next, 'plan'), 'plan', 'changes'));
    s.write((b) => b.update('plan', 'plan', planToRow(next)));
    return next;
  }),
} satisfies Partial<Handlers>;
