// list/create/update/delete for a collection of rows with ids and no lists of their own
// (sectors, targets, financing sources and entries): one definition per collection says how
// to read it, its defaults, its rules, and what deleting a row means.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { ApiFailure } from '../../shared/api/result';
import { problemsFromZod, type Problem } from '../../shared/schema/problems';
import { all, first, qb } from '../document/db';
import type { Batch } from '../document/changes';
import type { Session } from '../document/session';
import type { Row } from '../document/tables';
import { nextPosition } from './positions';
import { applyChanges, notFound, parseOrRefuse, refuseIf } from './validate';

type IdTable = 'sectors' | 'targets' | 'financing_sources' | 'financing_entries';

export interface CollectionSpec<T extends { id: string }, Tb extends IdTable> {
  table: Tb;
  /** "Sektorn", "Målet": starts the not-found sentence. */
  noun: string;
  schema: z.ZodType<T>;
  fromRow(r: Row<Tb>): T;
  toRow(t: T, position: number): Row<Tb>;
  defaults(s: Session): Omit<T, 'id'>;
  /** Rules beyond the schema (references, cross-field), reported under `base`. */
  rules?(s: Session, t: T, base: string, prev?: T): Problem[];
  /** Refuses or cascades before the row is deleted. */
  beforeDelete?(s: Session, b: Batch, id: string): void;
}

export function collection<T extends { id: string }, Tb extends IdTable>(spec: CollectionSpec<T, Tb>) {
  const tbl = () => qb.selectFrom(spec.table as IdTable);
  const get = (s: Session, id: string): T => {
    const r = first(s.db, tbl().selectAll().where('id', '=', id));
    if (!r) throw notFound(spec.noun, id);
    return spec.fromRow(r as Row<Tb>);
  };
  const check = (s: Session, candidate: unknown, base: string, prev?: T): T => {
    const t = parseOrRefuse(spec.schema, candidate, base);
    refuseIf(spec.rules?.(s, t, base, prev) ?? []);
    return t;
  };
  /** Like check, but collects the problems (a bulk write lists every bad cell). */
  const attempt = (s: Session, candidate: unknown, base: string, problems: Problem[], prev?: T): T | undefined => {
    const r = spec.schema.safeParse(candidate);
    if (!r.success) {
      problems.push(...problemsFromZod(r.error, base));
      return undefined;
    }
    const found = spec.rules?.(s, r.data, base, prev) ?? [];
    problems.push(...found);
    return found.length ? undefined : r.data;
  };
  return {
    get,
    list: (s: Session): T[] => all(s.db, tbl().selectAll().orderBy('position')).map((r) => spec.fromRow(r as Row<Tb>)),
    create: (s: Session, input: { id?: string; values: object }): T => {
      const id = input.id ?? randomUUID();
      if (first(s.db, tbl().select('id').where('id', '=', id))) {
        throw new ApiFailure('conflict', `Id:t "${id}" används redan.`, 'id');
      }
      const t = check(s, { id, ...applyChanges(spec.defaults(s), input.values) }, 'values');
      s.write((b) => b.insert(spec.table, spec.toRow(t, nextPosition(s, spec.table))));
      return t;
    },
    update: (s: Session, input: { id: string; changes: object }): T => {
      const prev = get(s, input.id);
      const t = check(s, applyChanges(prev, input.changes), 'changes', prev);
      const position = first(s.db, tbl().select('position').where('id', '=', t.id))!.position;
      s.write((b) => b.update(spec.table, t.id, spec.toRow(t, position)));
      return t;
    },
    /** Changes to many rows and new rows in one transaction: all or nothing, every problem listed. */
    patch: (s: Session, input: { rows: { id: string; changes: object }[]; create?: { id?: string; values: object }[] }): T[] => {
      const problems: Problem[] = [];
      const updated: [T, number][] = [];
      const created: T[] = [];
      const seen = new Set<string>();
      input.rows.forEach(({ id, changes }, i) => {
        const row = first(s.db, tbl().selectAll().where('id', '=', id)) as (Row<Tb> & { position: number }) | undefined;
        if (!row) {
          problems.push({ path: `rows[${i}].id`, message: `${spec.noun} "${id}" finns inte i planen.` });
          return;
        }
        if (seen.has(id)) problems.push({ path: `rows[${i}].id`, message: `Id:t "${id}" finns mer än en gång i ändringen.` });
        seen.add(id);
        const prev = spec.fromRow(row);
        const t = attempt(s, applyChanges(prev, changes), `rows[${i}].changes`, problems, prev);
        if (t) updated.push([t, row.position]);
      });
      (input.create ?? []).forEach(({ id = randomUUID(), values }, i) => {
        if (seen.has(id) || first(s.db, tbl().select('id').where('id', '=', id))) {
          problems.push({ path: `create[${i}].id`, message: `Id:t "${id}" används redan.` });
        }
        seen.add(id);
        const t = attempt(s, { id, ...applyChanges(spec.defaults(s), values) }, `create[${i}].values`, problems);
        if (t) created.push(t);
      });
      refuseIf(problems);
      s.write((b) => {
        for (const [t, position] of updated) b.update(spec.table, t.id, spec.toRow(t, position));
        for (const t of created) b.insert(spec.table, spec.toRow(t, nextPosition(s, spec.table)));
      });
      return [...updated.map(([t]) => t), ...created];
    },
    /** Several rows deleted in one step (one undo). */
    deleteMany: (s: Session, input: { ids: string[] }): { ids: string[] } => {
      const ids = [...new Set(input.ids)];
      ids.forEach((id) => get(s, id));
      s.write((b) => {
        for (const id of ids) {
          spec.beforeDelete?.(s, b, id);
          b.delete(spec.table, id);
        }
      });
      return { ids };
    },
    delete: (s: Session, input: { id: string }): { id: string } => {
      get(s, input.id);
      s.write((b) => {
        spec.beforeDelete?.(s, b, input.id);
        b.delete(spec.table, input.id);
      });
      return { id: input.id };
    },
  };
}
