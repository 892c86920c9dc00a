// The three-way merge of two copies of one plan, on their change logs (DESIGN §3). Pure: it sees
// log entries and rows as plain values, never a database, so it can be property-tested fast.
//
// Vocabulary: "mine" is the open copy, "theirs" the other file. A copy's *changes* are the entries
// of its log that the other log does not hold; the entries both hold fix the *common point*.

export type Op = 'insert' | 'update' | 'delete';
export type Side = 'mine' | 'theirs';

export interface LogEntry {
  id: string;
  /** Hybrid-logical-clock time: sortable text. */
  hlc: string;
  replica: string;
  user: string;
  tbl: string;
  rowId: string;
  /** The column, or '' for a whole-row insert or delete (the values then hold the row). */
  col: string;
  op: Op;
  oldValue: unknown;
  newValue: unknown;
  batchId: string;
}

/** A row of a plan table as column → value (SQL names, as the log holds them). */
export type RowValue = Readonly<Record<string, unknown>>;

/**
 * How a table points at another. `owned`: the row goes with its parent (an action's cost
 * overrides); `nullable`: the column is cleared when the parent goes (a financing entry's
 * action); `required`: the parent cannot go while the row points at it (an action's sector).
 */
export interface Reference {
  table: string;
  column: string;
  parent: string;
  kind: 'owned' | 'nullable' | 'required';
}

export interface MergeSchema {
  /** The plan tables, parents before children. Entries on other tables (notes) are never merged. */
  tables: readonly string[];
  references: readonly Reference[];
  /** The column that orders a list: never a conflict (the lower position wins; ties are renumbered later). */
  orderColumn: string;
}

export interface CopyState {
  /** This copy's entries that the other log does not hold. */
  changes: readonly LogEntry[];
  /** The current row of every row either copy changed, by rowKey (null: no such row). */
  rows: ReadonlyMap<string, RowValue | null>;
}

export interface MergeInput {
  schema: MergeSchema;
  mine: CopyState;
  theirs: CopyState;
  /** The entries both logs hold on the changed rows: they give those rows' common point. */
  common: readonly LogEntry[];
}

/** Where a row, or one of its columns, comes from in the merged plan. */
export type Source = Side | 'lower' | ConflictSource;
export interface ConflictSource {
  conflict: string;
  /** The chosen copy has no such row: the column becomes null (a reference to a row that goes). */
  orNull?: boolean;
}

export interface RowPlan {
  key: string;
  tbl: string;
  rowId: string;
  mine: RowValue | null;
  theirs: RowValue | null;
  /** The row at the common point (null: it did not exist then). */
  base: RowValue | null;
  touched: { mine: boolean; theirs: boolean };
  /** Where the row's existence, and every column not named in `cols`, comes from. */
  from: Source;
  cols: Record<string, Source>;
}

export type ConflictKind =
  /** The same field changed in both copies to different values. */
  | 'field'
  /** A row deleted in one copy and changed (itself or what hangs on it) in the other. */
  | 'deleted'
  /** Changes that are fine one by one but break a rule of the plan together. */
  | 'rule';

export interface Conflict {
  /** Stable and the same in both directions: `field:<tbl> <rowId>:<col>`, `deleted:<tbl> <rowId>`… */
  id: string;
  kind: ConflictKind;
  tbl: string;
  rowId: string;
  /** The field of a field conflict; '' for a row. */
  col: string;
  deletedIn?: Side;
  /** Why a rule conflict is one (Swedish, from the plan's rules). */
  message?: string;
  /** The rows this choice decides, by rowKey: the row itself and what hangs on it. */
  rows: string[];
}

export interface Outline {
  rows: Map<string, RowPlan>;
  conflicts: Map<string, Conflict>;
}

/** The copy chosen for each conflict, by conflict id. */
export type Choices = Readonly<Record<string, Side>>;

/** A problem of the merged plan, named by the row of the entity it concerns. */
export interface RuleProblem {
  tbl: string;
  rowId: string;
  message: string;
  /** The rows it points at (its sector…): bound instead when neither copy changed the entity itself. */
  parents: readonly { tbl: string; rowId: string }[];
}

/** One write that brings the open copy to the merged plan. */
export type RowWrite =
  | { op: 'insert'; tbl: string; rowId: string; row: RowValue }
  | { op: 'update'; tbl: string; rowId: string; set: Record<string, unknown> }
  | { op: 'delete'; tbl: string; rowId: string };

/**
 * A log entry that changes nothing in the plan but records the merged value where the two logs
 * together would say another (see affirm.ts). `key` names the decision (the same in both copies);
 * `after` is the clock value of the newest entry it settles: the record comes right after it.
 */
export type Affirm = { key: string; after: string } & (
  | { op: 'insert'; tbl: string; rowId: string; row: RowValue }
  | { op: 'delete'; tbl: string; rowId: string; row: RowValue }
  | { op: 'update'; tbl: string; rowId: string; col: string; value: unknown }
);
