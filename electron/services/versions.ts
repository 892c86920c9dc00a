// versions.*: Fastställ version freezes the plan as it is (its rows, keyed by the version: see
// document/versions.ts); a version is read whole, renamed or given a decision reference, and
// deleted, each as one change-log batch (one undo step).
import { randomUUID } from 'node:crypto';
import type { VersionInfo } from '../../shared/domain/types';
import { toPlanDocument } from '../../shared/schema/document';
import { versionInfoSchema } from '../../shared/schema/entities';
import { ApiFailure } from '../../shared/api/result';
import { all, first, qb } from '../document/db';
import { LATEST_VERSION } from '../document/migrate';
import { versionFromRow, versionToRow } from '../document/rows';
import type { Session } from '../document/session';
import { frozenRows, listVersions, readVersionPlan } from '../document/versions';
import { rowIdOf } from '../document/changes';
import { onSession, type Handlers } from './handler';
import { applyChanges, notFound, parseOrRefuse } from './validate';
import { ROW_CAPS } from '../../shared/domain/ranges';

function versionRow(s: Session, id: string) {
  const row = first(s.db, qb.selectFrom('versions').selectAll().where('id', '=', id));
  if (!row) throw notFound('Versionen', id);
  return row;
}

export const versionHandlers = {
  'versions.list': onSession((s) => listVersions(s.db)),
  'versions.get': onSession<'versions.get'>((s, { id }) => {
    const info = versionFromRow(versionRow(s, id));
    return { ...info, plan: toPlanDocument(readVersionPlan(s.db, id)) };
  }),
  'versions.create': onSession<'versions.create'>((s, input) => {
    const id = input.id ?? randomUUID();
    if (first(s.db, qb.selectFrom('versions').select('id').where('id', '=', id))) {
      throw new ApiFailure('conflict', `Det finns redan en version med id "${id}".`, 'id');
    }
    if (!first(s.db, qb.selectFrom('scenarios').select('id').where('id', '=', input.scenarioId))) {
      throw new ApiFailure('invalid', `Scenariot "${input.scenarioId}" finns inte i planen.`, 'scenarioId');
    }
    const count = all(s.db, qb.selectFrom('versions').select('id')).length;
    if (count >= ROW_CAPS.versions) throw new ApiFailure('invalid', `Planen kan ha högst ${ROW_CAPS.versions} versioner; ta bort en gammal först.`, 'name');
    const info: VersionInfo = parseOrRefuse(
      versionInfoSchema,
      { id, name: input.name, adoptedOn: input.adoptedOn, decisionRef: input.decisionRef, scenarioId: input.scenarioId },
      '',
    );
    const position = count ? Math.max(...all(s.db, qb.selectFrom('versions').select('position')).map((r) => r.position)) + 1 : 0;
    s.write((b) => {
      const rows = frozenRows(s.db);
      b.insert('versions', versionToRow(info, position, LATEST_VERSION));
      for (const r of rows) b.insert('version_rows', { version_id: id, tbl: r.tbl, row_id: r.rowId, data: r.data });
    });
    return info;
  }),
  'versions.update': onSession<'versions.update'>((s, { id, changes }) => {
    const row = versionRow(s, id);
    const next = parseOrRefuse(versionInfoSchema, applyChanges(versionFromRow(row), changes), 'changes');
    s.write((b) => b.update('versions', id, { name: next.name, decision_ref: next.decisionRef ?? null }));
    return next;
  }),
  'versions.delete': onSession<'versions.delete'>((s, { id }) => {
    versionRow(s, id);
    s.write((b) => {
      for (const r of all(s.db, qb.selectFrom('version_rows').select(['version_id', 'tbl', 'row_id']).where('version_id', '=', id))) {
        b.delete('version_rows', rowIdOf('version_rows', r));
      }
      b.delete('versions', id);
    });
    return { id };
  }),
} satisfies Partial<Handlers>;
