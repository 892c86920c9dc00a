// plan.get / plan.snapshot / plan.update / uncertaintyDefaults.set
import type { PlanSettings } from '../../shared/domain/types';
import { planSettingsSchema } from '../../shared/schema/entities';
import { planSettingsProblems } from '../../shared/schema/rules';
import { readPlan, readPlanSettings } from '../document/read';
import { planToRow, uncertaintyDefaultsFromRows, uncertaintyDefaultsRows } from '../document/rows';
import { onSession, type Handlers } from './handler';
import { applyChanges, parseOrRefuse, rebase, refuseIf } from './validate';
import { all, first, qb } from '../document/db';

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
  'uncertaintyDefaults.set': onSession<'uncertaintyDefaults.set'>((s, { status, values }) => {
    const exists = !!first(s.db, qb.selectFrom('uncertainty_defaults').select('status').where('status', '=', status));
    const [row] = uncertaintyDefaultsRows({ [status]: values });
    s.write((b) => {
      if (!row) {
        if (exists) b.delete('uncertainty_defaults', status);
      } else if (exists) b.update('uncertainty_defaults', status, row);
      else b.insert('uncertainty_defaults', row);
    });
    return uncertaintyDefaultsFromRows(all(s.db, qb.selectFrom('uncertainty_defaults').selectAll())) ?? {};
  }),
} satisfies Partial<Handlers>;
