// actuals.* and observed.* (DESIGN §8; the commitments' follow-up is in commitments.ts). Every
// write is checked with the same schema and rules as the JSON import and the open gate, plus
// what only a write checks (an actual's year on the plan's axis), and lands as one change-log
// batch (one undo step).
import type { Actual, ObservedEmission } from '../../shared/domain/types';
import { actualSchema, observedEmissionSchema } from '../../shared/schema/entities';
import { actualProblems, actualYearOutsidePlan, currentYearOf, observedProblems } from '../../shared/schema/followup-rules';
import { problemsFromZod, type Problem } from '../../shared/schema/problems';
import { rowIdOf, type Batch } from '../document/changes';
import { all, first, qb } from '../document/db';
import { readActuals, readObserved, readPlanSettings } from '../document/read';
import { actualFromRow, actualToRow, observedPointRows, observedToRow, sectorFromRow } from '../document/rows';
import type { Session } from '../document/session';
import { onSession, type Handlers } from './handler';
import { syncRows } from './sync';
import { applyChanges, notFound, parseOrRefuse, rebase, refuseIf } from './validate';

const key = (actionId: string, year: number) => JSON.stringify([actionId, year]);

function actualRow(s: Session, actionId: string, year: number) {
  return first(s.db, qb.selectFrom('actuals').selectAll().where('action_id', '=', actionId).where('year', '=', year));
}

type ActualInput = { actionId: string; year: number; changes: object };

/** The actuals `rows` would leave, every problem named by its row; nothing is written. */
function plannedActuals(s: Session, rows: readonly ActualInput[]) {
  const axis = readPlanSettings(s.db);
  const year = currentYearOf({});
  const problems: Problem[] = [];
  const writes: { prev?: Actual & { position: number }; next: Actual | null; actionId: string; year: number }[] = [];
  const seen = new Set<string>();
  const hasAction = (id: string) => !!first(s.db, qb.selectFrom('actions').select('id').where('id', '=', id));
  rows.forEach((r, i) => {
    const base = `rows[${i}]`;
    const k = key(r.actionId, r.year);
    if (seen.has(k)) problems.push({ path: `${base}.year`, message: `Utfallet för ${r.year} finns mer än en gång i ändringen.` });
    seen.add(k);
    const row = actualRow(s, r.actionId, r.year);
    const prev = row ? { ...actualFromRow(row), position: row.position } : undefined;
    const { position: _p, ...start } = prev ?? { actionId: r.actionId, year: r.year, position: 0 };
    const candidate = applyChanges(start as Actual, r.changes);
    const figures = ['capexSek', 'opexSek', 'savingsSek', 'effectTonsCo2e'] as const;
    if (prev && figures.every((f) => (candidate as Record<string, unknown>)[f] === undefined)) {
      // Every figure cleared: the actual goes (a note alone reports nothing).
      writes.push({ prev, next: null, actionId: r.actionId, year: r.year });
      return;
    }
    if (!prev) problems.push(...actualYearOutsidePlan(r.year, axis, `${base}.year`));
    const parsed = actualSchema.safeParse(candidate);
    if (!parsed.success) {
      problems.push(
        ...problemsFromZod(parsed.error, `${base}.changes`).map((p) => ({
          ...p,
          path: p.path.replace(`${base}.changes.actionId`, `${base}.actionId`).replace(`${base}.changes.year`, `${base}.year`),
        })),
      );
      return;
    }
    // A row with no figure is the changes' problem, not one field's.
    const found = actualProblems(parsed.data, hasAction, year, base).map((p) => (p.path === base ? { ...p, path: `${base}.changes` } : p));
    problems.push(...found);
    if (!found.length) writes.push({ prev, next: parsed.data, actionId: r.actionId, year: r.year });
  });
  return { problems, writes };
}

export function setActuals(s: Session, rows: readonly ActualInput[]): { set: Actual[]; removed: { actionId: string; year: number }[] } {
  const { problems, writes } = plannedActuals(s, rows);
  refuseIf(problems);
  const set: Actual[] = [];
  const removed: { actionId: string; year: number }[] = [];
  s.write((b) => {
    let position = nextActualPosition(s);
    for (const w of writes) {
      const id = key(w.actionId, w.year);
      if (!w.next) {
        b.delete('actuals', id);
        removed.push({ actionId: w.actionId, year: w.year });
      } else if (w.prev) {
        b.update('actuals', id, actualToRow(w.next, w.prev.position));
        set.push(w.next);
      } else {
        b.insert('actuals', actualToRow(w.next, position++));
        set.push(w.next);
      }
    }
  });
  return { set, removed };
}

function nextActualPosition(s: Session): number {
  const row = first(
    s.db,
    qb.selectFrom('actuals').select((eb) => eb.fn.max<number | null>('position').as('p')),
  );
  return (row?.p ?? -1) + 1;
}

/** Removes an action's actuals (with the action, in the same batch). */
export function deleteActuals(s: Session, b: Batch, actionId: string): void {
  for (const r of all(s.db, qb.selectFrom('actuals').select(['action_id', 'year']).where('action_id', '=', actionId))) {
    b.delete('actuals', rowIdOf('actuals', r));
  }
}

function sectorOf(s: Session, id: string) {
  const row = first(s.db, qb.selectFrom('sectors').selectAll().where('id', '=', id));
  return row ? sectorFromRow(row) : undefined;
}

function checkObserved(s: Session, candidate: unknown): ObservedEmission {
  const o = parseOrRefuse(observedEmissionSchema, candidate, '');
  refuseIf(rebase(observedProblems(o, sectorOf(s, o.sectorId), ''), '', ''));
  return o;
}

/** Writes a sector's observed emissions over what it had (a batch of the caller's). */
export function writeObserved(s: Session, b: Batch, next: ObservedEmission): void {
  if (!first(s.db, qb.selectFrom('observed_emissions').select('sector_id').where('sector_id', '=', next.sectorId))) {
    const row = first(
      s.db,
      qb.selectFrom('observed_emissions').select((eb) => eb.fn.max<number | null>('position').as('p')),
    );
    b.insert('observed_emissions', observedToRow(next, (row?.p ?? -1) + 1));
  }
  const existing = all(s.db, qb.selectFrom('observed_points').selectAll().where('sector_id', '=', next.sectorId));
  syncRows(b, 'observed_points', existing, observedPointRows(next));
}

/** Removes a sector's observed emissions (when the sector goes, or on request). */
export function deleteObserved(s: Session, b: Batch, sectorId: string): void {
  for (const p of all(s.db, qb.selectFrom('observed_points').selectAll().where('sector_id', '=', sectorId))) {
    b.delete('observed_points', rowIdOf('observed_points', p));
  }
  b.delete('observed_emissions', sectorId);
}

export const followUpHandlers = {
  'actuals.list': onSession((s) => readActuals(s.db)),
  'actuals.set': onSession<'actuals.set'>((s, { rows }) => setActuals(s, rows)),
  'actuals.delete': onSession<'actuals.delete'>((s, { rows }) => {
    const ids = rows.map((r, i) => {
      if (!actualRow(s, r.actionId, r.year)) throw notFound(`Utfallet ${r.year} för åtgärden`, r.actionId, `rows[${i}]`);
      return key(r.actionId, r.year);
    });
    s.write((b) => new Set(ids).forEach((id) => b.delete('actuals', id)));
    return { count: new Set(ids).size };
  }),

  'observed.list': onSession((s) => readObserved(s.db)),
  'observed.set': onSession<'observed.set'>((s, input) => {
    const next = checkObserved(s, input);
    s.write((b) => writeObserved(s, b, next));
    return next;
  }),
  'observed.delete': onSession<'observed.delete'>((s, { sectorId }) => {
    if (!first(s.db, qb.selectFrom('observed_emissions').select('sector_id').where('sector_id', '=', sectorId))) {
      throw notFound('Sektorn har inga observerade utsläpp:', sectorId, 'sectorId');
    }
    s.write((b) => deleteObserved(s, b, sectorId));
    return { sectorId };
  }),
} satisfies Partial<Handlers>;
