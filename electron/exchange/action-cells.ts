// What the export writes in each column of the action list (xlsx sheet Åtgärder and the CSV):
// fixed ids as Swedish labels, money in the plan's unit, shares as fractions (formatted as %),
// lists joined with "; ". Every value here reads back to the same action (see the importers).
import { MONEY_UNIT_FACTOR, type MoneyUnit } from '../../shared/domain/ids';
import type { Action, FinancingSource, Plan, Sector } from '../../shared/domain/types';
import { ACTION_COLUMNS, type ActionField } from '../../shared/exchange/columns';
import { nameKey } from '../../shared/exchange/headers';
import { joinList } from '../../shared/exchange/values';
import { COMMITMENT_LABELS, COST_BEARER_LABELS, EFFECT_KIND_LABELS, STATUS_LABELS } from '../../shared/i18n/labels';

export type ExportValue =
  | { t: 'text'; v: string }
  | { t: 'money'; v: number }
  | { t: 'share'; v: number }
  | { t: 'tons'; v: number }
  | { t: 'int'; v: number }
  | null;

const text = (v: string | undefined): ExportValue => (v === undefined ? null : { t: 'text', v });
const int = (v: number | undefined): ExportValue => (v === undefined ? null : { t: 'int', v });

/**
 * How a row names a sector or a financing source: by name, or by id where the name would not
 * say which one (two with the same name, or a name that is another one's id).
 */
export function namer<T extends { id: string; name: string }>(rows: readonly T[]): (id: string) => string {
  // The same comparison as the importer's (shared/exchange/values.ts): id first, then name key.
  const count = new Map<string, number>();
  for (const r of rows) count.set(nameKey(r.name), (count.get(nameKey(r.name)) ?? 0) + 1);
  const ids = new Set(rows.map((r) => r.id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return (id) => {
    const r = byId.get(id);
    if (!r) return id;
    const key = nameKey(r.name);
    const unique = key !== '' && count.get(key) === 1 && (!ids.has(r.name.trim()) || r.name.trim() === id);
    return unique ? r.name : id;
  };
}

export interface ActionCellContext {
  unit: MoneyUnit;
  sectorName(id: string): string;
}

export function actionCellContext(plan: Plan): ActionCellContext {
  return { unit: plan.plan.moneyUnit, sectorName: namer<Sector>(plan.sectors) };
}

export function sourceNamer(plan: Plan): (id: string) => string {
  return namer<FinancingSource>(plan.financingSources);
}

function valueOf(a: Action, field: ActionField, ctx: ActionCellContext): ExportValue {
  const money = (sek: number): ExportValue => ({ t: 'money', v: sek / MONEY_UNIT_FACTOR[ctx.unit] });
  switch (field) {
    case 'id':
    case 'code':
    case 'name':
    case 'owner':
    case 'notes':
    case 'description':
      return text(a[field]);
    case 'sectorId':
      return text(ctx.sectorName(a.sectorId));
    case 'costBearer':
      return text(COST_BEARER_LABELS[a.costBearer].sv);
    case 'status':
      return text(STATUS_LABELS[a.status].sv);
    case 'effectKind':
      return text(EFFECT_KIND_LABELS[a.effectKind].sv);
    case 'startYear':
    case 'earliestStartYear':
    case 'latestStartYear':
    case 'implementationYears':
    case 'effectStartYear':
    case 'effectEndYear':
    case 'rampYears':
    case 'lifetimeYears':
      return int(a[field]);
    case 'effectTonsPerYear':
      return a.effectTonsPerYear === undefined ? null : { t: 'tons', v: a.effectTonsPerYear };
    case 'effectShare':
      return a.effectShare === undefined ? null : { t: 'share', v: a.effectShare };
    case 'capexSek':
    case 'opexSekPerYear':
    case 'savingsSekPerYear':
    case 'coBenefitSekPerYear':
      return money(a[field]);
    case 'commitments':
      return text(a.commitments.map((c) => COMMITMENT_LABELS[c].sv).join('; '));
    case 'tags':
      return text(joinList(a.tags));
    default: {
      const cat = field.slice('coBenefit.'.length) as keyof Action['coBenefits'];
      return int(a.coBenefits[cat]);
    }
  }
}

/** The action's values, one per column of ACTION_COLUMNS. */
export function actionValues(a: Action, ctx: ActionCellContext): ExportValue[] {
  return ACTION_COLUMNS.map((c) => valueOf(a, c.field, ctx));
}
