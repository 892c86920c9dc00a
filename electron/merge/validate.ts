// The whole-plan rules on a document's current content — checkPlan, as the open gate runs it —
// and each problem named by the entity's row. Trial runs try a change out and roll it back.
import { ROW_CAPS } from '../../shared/domain/ranges';
import type { Plan } from '../../shared/domain/types';
import { checkPlan, planDocumentSchema, toPlanDocument } from '../../shared/schema/document';
import { describeProblem, problemsFromZod, type Problem } from '../../shared/schema/problems';
import type { RuleProblem } from '../../shared/merge/types';
import type { Sqlite } from '../document/db';
import { readPlan } from '../document/read';
import type { Session } from '../document/session';
import { RawWriter, type RowWriter } from './writes';

export interface PlanCheck {
  plan: Plan;
  problems: Problem[];
}

/** The actions and financing entries a change touched: only they need their values checked again. */
export interface Focus {
  actions: ReadonlySet<string>;
  financing: ReadonlySet<string>;
}

/**
 * Every value through the JSON schema (of the long lists only the entries in `focus`: the rest
 * is as it was, and valid), the list sizes, then the whole-plan rules and the references.
 */
export function checkDocument(db: Sqlite, focus?: Focus): PlanCheck {
  const plan = readPlan(db);
  const problems = schemaProblems(plan, focus);
  if (!problems.length) {
    const r = checkPlan(plan);
    if (!r.ok) problems.push(...r.problems);
  }
  // Rows that no entity reads (a cost override whose action is gone) would be lost silently.
  const orphans = db.prepare('PRAGMA foreign_key_check').all() as { table: string }[];
  if (orphans.length) problems.push({ path: '', message: `Tabellen ${orphans[0].table} skulle få rader som pekar på något som inte finns.` });
  return { plan, problems };
}

function schemaProblems(plan: Plan, focus?: Focus): Problem[] {
  const doc = toPlanDocument(plan);
  if (!focus) {
    const parsed = planDocumentSchema.safeParse(doc);
    return parsed.success ? [] : problemsFromZod(parsed.error);
  }
  const pick = <T extends { id: string }>(list: T[], ids: ReadonlySet<string>) => list.flatMap((x, i) => (ids.has(x.id) ? [[x, i] as const] : []));
  const actions = pick(doc.actions, focus.actions);
  const financing = pick(doc.financing, focus.financing);
  const parsed = planDocumentSchema.safeParse({ ...doc, actions: actions.map(([a]) => a), financing: financing.map(([f]) => f) });
  const out = parsed.success
    ? []
    : problemsFromZod(parsed.error).map((p) => ({
        ...p,
        path: p.path.replace(
          /^(actions|financing)\[(\d+)\]/,
          (_, list: string, i: string) => `${list}[${(list === 'actions' ? actions : financing)[Number(i)][1]}]`,
        ),
      }));
  if (doc.actions.length > ROW_CAPS.actions) out.push({ path: 'actions', message: `Planen får ha högst ${ROW_CAPS.actions} åtgärder.` });
  if (doc.financing.length > ROW_CAPS.financing) out.push({ path: 'financing', message: `Planen får ha högst ${ROW_CAPS.financing} finansieringsposter.` });
  return out;
}

const ROLLBACK = Symbol('rollback');

/**
 * The plan as `fn` would leave it, checked and then thrown away: nothing of it stays. The writes
 * are not logged, and the tables' CHECKs wait for the rules meanwhile, so that a value pair like
 * an effect ending before it starts comes back as the rule's problem, with its message.
 */
export function tryOut(s: Session, fn: (w: RowWriter) => void, focus?: Focus): PlanCheck {
  let result: PlanCheck | undefined;
  s.db.pragma('ignore_check_constraints = ON');
  try {
    s.db.transaction(() => {
      s.db.pragma('defer_foreign_keys = ON');
      fn(new RawWriter(s.db));
      result = checkDocument(s.db, focus);
      throw ROLLBACK;
    })();
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  } finally {
    s.db.pragma('ignore_check_constraints = OFF');
  }
  return result!;
}

const ref = (tbl: string, rowId: string | null | undefined) => (rowId ? [{ tbl, rowId }] : []);

/** The entity row a problem is about (`actions[3].capexSek` → the action's row), with what it points at. */
export function ruleProblem(plan: Plan, p: Problem): RuleProblem | null {
  const m = /^(\w+)(?:\[(\d+)\])?/.exec(p.path);
  if (!m) return null;
  const i = Number(m[2]);
  const message = describeProblem(p);
  switch (m[1]) {
    case 'plan':
      return { tbl: 'plan', rowId: 'plan', message, parents: [] };
    case 'carbonBudget':
      return { tbl: 'carbon_budget', rowId: 'budget', message, parents: [] };
    case 'sectors':
      return plan.sectors[i] ? { tbl: 'sectors', rowId: plan.sectors[i].id, message, parents: [] } : null;
    case 'baseline': {
      const b = plan.baseline[i];
      return b ? { tbl: 'baselines', rowId: b.sectorId, message, parents: ref('sectors', b.sectorId) } : null;
    }
    case 'targets':
      return plan.targets[i] ? { tbl: 'targets', rowId: plan.targets[i].id, message, parents: [] } : null;
    case 'financingSources':
      return plan.financingSources[i] ? { tbl: 'financing_sources', rowId: plan.financingSources[i].id, message, parents: [] } : null;
    case 'actions': {
      const a = plan.actions[i];
      return a ? { tbl: 'actions', rowId: a.id, message, parents: ref('sectors', a.sectorId) } : null;
    }
    case 'financing': {
      const f = plan.financing[i];
      return f ? { tbl: 'financing_entries', rowId: f.id, message, parents: [...ref('financing_sources', f.sourceId), ...ref('actions', f.actionId)] } : null;
    }
    case 'commitments':
      return plan.commitments[i] ? { tbl: 'commitments', rowId: plan.commitments[i].id, message, parents: [] } : null;
    case 'actuals': {
      const a = plan.actuals?.[i];
      return a ? { tbl: 'actuals', rowId: JSON.stringify([a.actionId, a.year]), message, parents: ref('actions', a.actionId) } : null;
    }
    case 'observedEmissions': {
      const o = plan.observedEmissions?.[i];
      return o ? { tbl: 'observed_emissions', rowId: o.sectorId, message, parents: ref('sectors', o.sectorId) } : null;
    }
    case 'scenarios': {
      const s = plan.scenarios[i];
      return s ? { tbl: 'scenarios', rowId: s.id, message, parents: [...s.include, ...s.exclude].flatMap((id) => ref('actions', id)) } : null;
    }
    default:
      return null;
  }
}
