// financingSources.* and financing.* (entries). A source with entries cannot be deleted; an
// entry's action is null or an existing action.
import { z } from 'zod';
import type { FinancingEntry, FinancingSource } from '../../shared/domain/types';
import { financingEntrySchema, financingSourceSchema } from '../../shared/schema/entities';
import { joinPath, type Problem } from '../../shared/schema/problems';
import { entryYearOutsidePlan } from '../../shared/schema/rules';
import { ApiFailure } from '../../shared/api/result';
import { all, first, qb } from '../document/db';
import { readPlanSettings } from '../document/read';
import { entryFromRow, entryToRow, sourceFromRow, sourceToRow } from '../document/rows';
import type { Session } from '../document/session';
import { collection } from './collection';
import { onSession, type Handlers } from './handler';

const sources = collection<FinancingSource, 'financing_sources'>({
  table: 'financing_sources',
  noun: 'Finansieringskällan',
  schema: financingSourceSchema,
  fromRow: sourceFromRow,
  toRow: sourceToRow,
  defaults: () => ({ name: 'Ny finansieringskälla', kind: 'municipalBudget' }),
  beforeDelete: (s, _b, id) => {
    const n = all(s.db, qb.selectFrom('financing_entries').select('id').where('source_id', '=', id)).length;
    if (n) throw new ApiFailure('conflict', `Finansieringskällan har ${n} finansieringspost${n === 1 ? '' : 'er'}; ta bort eller flytta dem först.`, 'id');
  },
});

/** An entry's references, and its year on the plan's axis (a year outside would count nowhere). */
function entryRules(s: Session, e: FinancingEntry, base: string, prev?: FinancingEntry): Problem[] {
  const out: Problem[] = entryYearOutsidePlan(e, prev, readPlanSettings(s.db), base);
  if (!first(s.db, qb.selectFrom('financing_sources').select('id').where('id', '=', e.sourceId))) {
    out.push({ path: joinPath(base, 'sourceId'), message: `Finansieringskällan "${e.sourceId}" finns inte i planen.` });
  }
  if (e.actionId !== null && !first(s.db, qb.selectFrom('actions').select('id').where('id', '=', e.actionId))) {
    out.push({ path: joinPath(base, 'actionId'), message: `Åtgärden "${e.actionId}" finns inte i planen.` });
  }
  return out;
}

/**
 * An entry's `actionId` is required but nullable: `null` in an input means "not tied to an
 * action", yet applyChanges reads `null` as "remove the field". Put the null back before the
 * schema sees the entry (the entry it starts from always has the field).
 */
const entrySchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !('actionId' in v) ? { ...v, actionId: null } : v),
  financingEntrySchema,
) as unknown as z.ZodType<FinancingEntry>;

const entries = collection<FinancingEntry, 'financing_entries'>({
  table: 'financing_entries',
  noun: 'Finansieringsposten',
  schema: entrySchema,
  fromRow: entryFromRow,
  toRow: entryToRow,
  defaults: (s) => ({
    actionId: null,
    sourceId: first(s.db, qb.selectFrom('financing_sources').select('id').orderBy('position').limit(1))?.id ?? '',
    year: Math.min(Math.max(new Date().getFullYear(), readPlanSettings(s.db).startYear), readPlanSettings(s.db).endYear),
    amountSek: 0,
    status: 'potential',
  }),
  rules: entryRules,
});

export const financingHandlers = {
  'financingSources.list': onSession((s) => sources.list(s)),
  'financingSources.create': onSession<'financingSources.create'>((s, input) => sources.create(s, input)),
  'financingSources.update': onSession<'financingSources.update'>((s, input) => sources.update(s, input)),
  'financingSources.delete': onSession<'financingSources.delete'>((s, input) => sources.delete(s, input)),
  'financingSources.patch': onSession<'financingSources.patch'>((s, input) => sources.patch(s, input)),
  'financingSources.deleteMany': onSession<'financingSources.deleteMany'>((s, input) => sources.deleteMany(s, input)),

  'financing.list': onSession((s) => entries.list(s)),
  'financing.create': onSession<'financing.create'>((s, input) => entries.create(s, input)),
  'financing.update': onSession<'financing.update'>((s, input) => entries.update(s, input)),
  'financing.delete': onSession<'financing.delete'>((s, input) => entries.delete(s, input)),
  'financing.patch': onSession<'financing.patch'>((s, input) => entries.patch(s, input)),
  'financing.deleteMany': onSession<'financing.deleteMany'>((s, input) => entries.deleteMany(s, input)),
} satisfies Partial<Handlers>;
