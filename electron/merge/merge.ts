// A merge of another copy into the open one: read both logs, outline the three-way merge, find
// the entities whose changes break a rule together (a trial run of the merged plan, rolled back),
// and — once every conflict has a choice — write it as one transaction, one undo step.
import { createHash, randomUUID } from 'node:crypto';
import { affirmations } from '../../shared/merge/affirm';
import { outlineMerge } from '../../shared/merge/outline';
import { mergeWrites, missingChoices, newestWins } from '../../shared/merge/resolve';
import { rowKey } from '../../shared/merge/rows';
import type { Affirm, Choices, Outline, RowWrite, RuleProblem } from '../../shared/merge/types';
import type { Problem } from '../../shared/schema/problems';
import { ApiFailure } from '../../shared/api/result';
import { shortKey } from '../../shared/schema/problems';
import { decodeHlc, encodeHlc } from '../document/clock';
import { first, qb, run, type Sqlite } from '../document/db';
import type { Session } from '../document/session';
import { readMergeSource, type MergeSource } from './input';
import type { RawEntry } from './log';
import { checkDocument, ruleProblem, tryOut, type PlanCheck } from './validate';
import { applyWrites, focusOf, separateTies } from './writes';

/** The change-log "table" of the note that records a merge (its value: what came in and how it was settled). */
export const MERGE_NOTE = 'merge';

export interface Prepared {
  source: MergeSource;
  outline: Outline;
  /** Rule problems found in trial runs; they made their entities conflicts. */
  rules: RuleProblem[];
  /** Problems left in the trial run: some choices may still be refused. */
  problems: Problem[];
}

/** The merged plan for `writes`, checked and thrown away. */
export function trial(s: Session, writes: readonly RowWrite[]): PlanCheck {
  return tryOut(
    s,
    (w) => {
      applyWrites(w, writes);
      separateTies(s.db, w);
    },
    focusOf(writes),
  );
}

const MAX_ROUNDS = 4;
const problemKey = (r: RuleProblem) => `${rowKey(r.tbl, r.rowId)}\n${r.message}`;

/**
 * Reads the other copy and outlines the merge. A trial run, with every conflict settled by the
 * newest change (a choice that is the same whichever copy is open), finds entities whose changes
 * break a rule together; they become conflicts, and the outline is made again.
 */
export function prepareMerge(s: Session, theirs: Sqlite, known: RuleProblem[] = []): Prepared {
  const source = readMergeSource(s.db, theirs);
  let rules = known;
  for (let round = 0; ; round++) {
    const outline = outlineMerge(source.input, rules);
    const check = trial(s, mergeWrites(outline, newestWins(outline, source.input)));
    const seen = new Set(rules.map(problemKey));
    const fresh = check.problems.map((p) => ruleProblem(check.plan, p)).filter((r): r is RuleProblem => r !== null && !seen.has(problemKey(r)));
    if (!fresh.length || round + 1 >= MAX_ROUNDS) return { source, outline, rules, problems: check.problems };
    rules = [...rules, ...new Map(fresh.map((r) => [problemKey(r), r])).values()];
  }
}

/** Whether the open copy's log is as it was: any change, undo or merge adds entries. */
export function logMark(db: Sqlite): string {
  const r = first(
    db,
    qb.selectFrom('change_log').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('hlc').as('h')]),
  );
  return `${r?.n ?? 0}:${r?.h ?? ''}`;
}

/** The outline again, from the rule problems a preview found (the open copy changed since). */
export function reoutline(s: Session, theirs: Sqlite, rules: RuleProblem[]): Pick<Prepared, 'source' | 'outline'> {
  const source = readMergeSource(s.db, theirs);
  return { source, outline: outlineMerge(source.input, rules) };
}

export interface MergeNote {
  file: string;
  title: string;
  /** Entries of the other copy's log that joined this one. */
  entries: number;
  /** Incoming changes taken without a conflict. */
  taken: number;
  conflicts: number;
  chosenMine: number;
  chosenTheirs: number;
  /** The installations whose changes the other copy brought, so that the history can name that copy by its file. */
  replicas?: string[];
}

class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super('refused');
  }
}

const refusal = (problems: Problem[]) =>
  new ApiFailure('conflict', `Sammanfogningen skulle ge en ogiltig plan: ${problems[0].message} Välj den andra versionen i konflikten.`, 'choices', {
    problems,
  });

/** Writes the merge: the changes (one undo step), the other copy's entries, the records. */
export function commitMerge(
  s: Session,
  { source, outline }: Pick<Prepared, 'source' | 'outline'>,
  choices: Choices,
  note: Omit<MergeNote, 'conflicts' | 'chosenMine' | 'chosenTheirs'>,
): MergeNote {
  const nothing: MergeNote = { ...note, conflicts: 0, chosenMine: 0, chosenTheirs: 0 };
  const unknown = Object.keys(choices).find((id) => !outline.conflicts.has(id));
  if (unknown !== undefined) {
    throw new ApiFailure(
      'invalid',
      `Det finns ingen konflikt med id "${shortKey(unknown)}" i den här sammanfogningen; visa förhandsgranskningen igen.`,
      `choices.${shortKey(unknown)}`,
    );
  }
  // Everything of the other copy is here already (merged before, or an older copy): nothing to write.
  if (!source.incoming.length) return nothing;
  const missing = missingChoices(outline, choices);
  if (missing.length) {
    throw new ApiFailure('invalid', `Välj din eller deras version för varje konflikt (${missing.length} saknar val).`, 'choices');
  }
  const writes = mergeWrites(outline, choices);
  const ids = [...outline.conflicts.keys()];
  const full: MergeNote = {
    ...note,
    replicas: [...new Set(source.incoming.map((e) => e.replica))].filter((r) => r !== s.actor.replica),
    conflicts: ids.length,
    chosenMine: ids.filter((id) => choices[id] === 'mine').length,
    chosenTheirs: ids.filter((id) => choices[id] === 'theirs').length,
  };
  const affirms = affirmations(outline, source.input, choices);
  // This copy's clock moves past the other copy's entries, so that what the merge writes is newest.
  for (const e of source.incoming) s.clock.observe(e.hlc);
  try {
    s.write((batch) => {
      s.db.pragma('defer_foreign_keys = ON');
      applyWrites(batch, writes);
      separateTies(s.db, batch);
      const { problems } = checkDocument(s.db, focusOf(writes));
      if (problems.length) throw new Refused(problems);
      batch.note(MERGE_NOTE, batch.id, full);
      adoptEntries(s.db, source.incoming);
      writeAffirms(s, affirms);
    });
  } catch (e) {
    if (e instanceof Refused) throw refusal(e.problems);
    // A table's CHECK refused a pair of values: the trial run names the rule it breaks.
    if (e instanceof Error && /CHECK constraint failed/.test(e.message)) {
      const { problems } = trial(s, writes);
      if (problems.length) throw refusal(problems);
    }
    throw e;
  }
  return full;
}

/** The other copy's entries join this log as they are (not yet saved to this file). */
function adoptEntries(db: Sqlite, entries: readonly RawEntry[]): void {
  for (const e of entries) run(db, qb.insertInto('change_log').values({ ...e, save_id: null }));
}

/**
 * Records go in a batch of their own, which is never undone (see shared/merge/affirm.ts). Their
 * id and clock value come from the decision, so that the other copy, settling it the same way,
 * writes the same entry.
 */
function writeAffirms(s: Session, affirms: readonly Affirm[]): void {
  const batchId = randomUUID();
  for (const a of affirms) {
    const value = JSON.stringify(a.op === 'update' ? (a.value ?? null) : a.row);
    const { wall, counter } = decodeHlc(a.after);
    const hlc = encodeHlc(wall, counter + 1);
    s.clock.observe(hlc);
    run(
      s.db,
      qb
        .insertInto('change_log')
        .values({
          id: idFrom(a.key),
          hlc,
          replica: s.actor.replica,
          user: s.actor.user,
          tbl: a.tbl,
          row_id: a.rowId,
          col: a.op === 'update' ? a.col : '',
          op: a.op,
          // Old and new alike: it records a value, it does not change one.
          old_value: value,
          new_value: value,
          batch_id: batchId,
          save_id: null,
        })
        .onConflict((oc) => oc.column('id').doNothing()),
    );
  }
}

/** A UUID-shaped id that is the same wherever the same decision is made. */
function idFrom(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
