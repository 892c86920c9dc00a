// sectors.* and baseline.*: a sector's sink flag decides which values its baseline and its
// actions may take, so changing it re-checks both.
import type { Baseline, Sector } from '../../shared/domain/types';
import { baselineSchema, sectorSchema } from '../../shared/schema/entities';
import { actionProblems, baselineProblems } from '../../shared/schema/rules';
import { ApiFailure } from '../../shared/api/result';
import { all, first, qb } from '../document/db';
import { readActions, readBaselines, readObserved } from '../document/read';
import { observedProblems } from '../../shared/schema/followup-rules';
import { deleteObserved } from './followup';
import { baselinePointRows, baselineToRow, sectorFromRow, sectorToRow } from '../document/rows';
import type { Session } from '../document/session';
import { rowIdOf, type Batch } from '../document/changes';
import { collection } from './collection';
import { onSession, type Handlers } from './handler';
import { nextPosition } from './positions';
import { syncRows } from './sync';
import { applyChanges, notFound, parseOrRefuse, rebase, refuseIf } from './validate';

const sectors = collection<Sector, 'sectors'>({
  table: 'sectors',
  noun: 'Sektorn',
  schema: sectorSchema,
  fromRow: sectorFromRow,
  toRow: sectorToRow,
  defaults: () => ({ name: 'Ny sektor', isSink: false }),
  rules: (s, sector, base) => {
    // The sink flag must still fit the sector's baseline and actions.
    const ctx = { sector: (id: string) => (id === sector.id ? sector : undefined) };
    const actions = readActions(s.db).filter((a) => a.sectorId === sector.id);
    const problems = actions.flatMap((a) => actionProblems(a, ctx, base)).filter((p) => !p.path.endsWith('sectorId'));
    const baseline = readBaselines(s.db).find((b) => b.sectorId === sector.id);
    if (baseline) problems.push(...baselineProblems(baseline, sector, base));
    const observed = readObserved(s.db).find((o) => o.sectorId === sector.id);
    if (observed) problems.push(...observedProblems(observed, sector, base));
    return problems.map((p) => ({ path: `${base}.isSink`, message: `Kan inte ändra kolsänkemarkeringen: ${p.message}` }));
  },
  beforeDelete: (s, b, id) => {
    const used = all(s.db, qb.selectFrom('actions').select('id').where('sector_id', '=', id)).length;
    if (used) {
      throw new ApiFailure(
        'conflict',
        `Sektorn används av ${used} åtgärd${used === 1 ? '' : 'er'}; flytta eller ta bort dem först (eller dölj sektorn).`,
        'id',
      );
    }
    deleteBaseline(s, b, id);
    if (first(s.db, qb.selectFrom('observed_emissions').select('sector_id').where('sector_id', '=', id))) deleteObserved(s, b, id);
  },
});

function deleteBaseline(s: Session, b: Batch, sectorId: string): void {
  for (const p of all(s.db, qb.selectFrom('baseline_points').selectAll().where('sector_id', '=', sectorId))) {
    b.delete('baseline_points', rowIdOf('baseline_points', p));
  }
  b.delete('baselines', sectorId);
}

function getBaseline(s: Session, sectorId: string): Baseline {
  const b = readBaselines(s.db).find((x) => x.sectorId === sectorId);
  if (!b) throw notFound('Basscenariot för sektorn', sectorId, 'sectorId');
  return b;
}

function checkBaseline(s: Session, candidate: unknown, base: string): Baseline {
  const b = parseOrRefuse(baselineSchema, candidate, base);
  const row = first(s.db, qb.selectFrom('sectors').selectAll().where('id', '=', b.sectorId));
  refuseIf(rebase(baselineProblems(b, row ? sectorFromRow(row) : undefined, base), base, base));
  return b;
}

function writeBaseline(s: Session, next: Baseline, isNew: boolean): void {
  s.write((b) => {
    if (isNew) b.insert('baselines', baselineToRow(next, nextPosition(s, 'baselines')));
    else b.update('baselines', next.sectorId, { annual_change: next.annualChange });
    const existing = all(s.db, qb.selectFrom('baseline_points').selectAll().where('sector_id', '=', next.sectorId));
    syncRows(b, 'baseline_points', existing, baselinePointRows(next));
  });
}

export const sectorHandlers = {
  'sectors.list': onSession((s) => sectors.list(s)),
  'sectors.create': onSession<'sectors.create'>((s, input) => sectors.create(s, input)),
  'sectors.update': onSession<'sectors.update'>((s, input) => sectors.update(s, input)),
  'sectors.delete': onSession<'sectors.delete'>((s, input) => sectors.delete(s, input)),

  'baseline.list': onSession((s) => readBaselines(s.db)),
  'baseline.create': onSession<'baseline.create'>((s, { sectorId, values }) => {
    if (readBaselines(s.db).some((b) => b.sectorId === sectorId)) {
      throw new ApiFailure('conflict', `Sektorn "${sectorId}" har redan ett basscenario; ändra det i stället.`, 'sectorId');
    }
    const next = checkBaseline(s, applyChanges({ sectorId, points: [], annualChange: 0 }, values), 'values');
    writeBaseline(s, next, true);
    return next;
  }),
  'baseline.update': onSession<'baseline.update'>((s, { sectorId, changes }) => {
    const next = checkBaseline(s, applyChanges(getBaseline(s, sectorId), changes), 'changes');
    writeBaseline(s, next, false);
    return next;
  }),
  'baseline.delete': onSession<'baseline.delete'>((s, { sectorId }) => {
    getBaseline(s, sectorId);
    s.write((b) => deleteBaseline(s, b, sectorId));
    return { sectorId };
  }),
} satisfies Partial<Handlers>;
