// scenarios.*
import { randomUUID } from 'node:crypto';
import { blankScenario, DECIDED_STATUSES } from '../../shared/domain/defaults';
import type { Scenario } from '../../shared/domain/types';
import { scenarioSchema } from '../../shared/schema/entities';
import { scenarioProblems, scenarioYearsOutsidePlan } from '../../shared/schema/rules';
import { ApiFailure } from '../../shared/api/result';
import { all, first, qb } from '../document/db';
import { readPlanSettings, readScenarios } from '../document/read';
import { scenarioChildRows, scenarioToRow } from '../document/rows';
import type { Session } from '../document/session';
import type { Batch } from '../document/changes';
import { onSession, type Handlers } from './handler';
import { nextPosition } from './positions';
import { syncRows } from './sync';
import { applyChanges, notFound, parseOrRefuse, refuseIf } from './validate';

function getScenario(s: Session, id: string): Scenario {
  const sc = readScenarios(s.db).find((x) => x.id === id);
  if (!sc) throw notFound('Scenariot', id);
  return sc;
}

function checkScenario(s: Session, candidate: unknown, base: string, prev?: Scenario): Scenario {
  const sc = parseOrRefuse(scenarioSchema, candidate, base);
  const ids = new Set([...sc.include, ...sc.exclude, ...Object.keys(sc.startYears ?? {})]);
  const existing = new Set(
    all(
      s.db,
      qb
        .selectFrom('actions')
        .select('id')
        .where('id', 'in', ids.size ? [...ids] : ['']),
    ).map((r) => r.id),
  );
  refuseIf([...scenarioProblems(sc, { hasAction: (id) => existing.has(id) }, base), ...scenarioYearsOutsidePlan(sc, prev, readPlanSettings(s.db), base)]);
  return sc;
}

function writeScenario(s: Session, next: Scenario, isNew: boolean): void {
  s.write((b) => {
    if (isNew) b.insert('scenarios', scenarioToRow(next, nextPosition(s, 'scenarios')));
    else {
      const position = first(s.db, qb.selectFrom('scenarios').select('position').where('id', '=', next.id))!.position;
      b.update('scenarios', next.id, scenarioToRow(next, position));
    }
    const rows = scenarioChildRows(next);
    syncRows(b, 'scenario_statuses', all(s.db, qb.selectFrom('scenario_statuses').selectAll().where('scenario_id', '=', next.id)), rows.scenario_statuses);
    syncRows(b, 'scenario_actions', all(s.db, qb.selectFrom('scenario_actions').selectAll().where('scenario_id', '=', next.id)), rows.scenario_actions);
    syncRows(
      b,
      'scenario_start_years',
      all(s.db, qb.selectFrom('scenario_start_years').selectAll().where('scenario_id', '=', next.id)),
      rows.scenario_start_years,
    );
  });
}

export const scenarioHandlers = {
  'scenarios.list': onSession((s) => readScenarios(s.db)),
  'scenarios.create': onSession<'scenarios.create'>((s, { id, values }) => {
    const newId = id ?? randomUUID();
    if (readScenarios(s.db).some((x) => x.id === newId)) throw new ApiFailure('conflict', `Det finns redan ett scenario med id "${newId}".`, 'id');
    const next = checkScenario(s, applyChanges(blankScenario(newId, 'Nytt scenario', DECIDED_STATUSES), values), 'values');
    writeScenario(s, next, true);
    return next;
  }),
  'scenarios.update': onSession<'scenarios.update'>((s, { id, changes }) => {
    const prev = getScenario(s, id);
    const next = checkScenario(s, applyChanges(prev, changes), 'changes', prev);
    writeScenario(s, next, false);
    return next;
  }),
  'scenarios.delete': onSession<'scenarios.delete'>((s, { id }) => {
    getScenario(s, id);
    s.write((b) => {
      writeScenarioLists(s, b, id);
      b.delete('scenarios', id);
    });
    return { id };
  }),
} satisfies Partial<Handlers>;

/** Empties a scenario's lists (before the scenario itself is deleted). */
function writeScenarioLists(s: Session, b: Batch, id: string): void {
  syncRows(b, 'scenario_statuses', all(s.db, qb.selectFrom('scenario_statuses').selectAll().where('scenario_id', '=', id)), []);
  syncRows(b, 'scenario_actions', all(s.db, qb.selectFrom('scenario_actions').selectAll().where('scenario_id', '=', id)), []);
  syncRows(b, 'scenario_start_years', all(s.db, qb.selectFrom('scenario_start_years').selectAll().where('scenario_id', '=', id)), []);
}
