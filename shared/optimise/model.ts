// The mixed-integer program of DESIGN §10, built from the coefficients:
//
//   x[c,t] ∈ {0,1}   candidate c in, starting in year t;   Σ_t x[c,t] ≤ 1
//   z[s,y] ≥ 0       the emissions of non-sink sector s in year y, where a choice can change them:
//                    z ≥ B − E_fixed − Σ e·x, so z ≥ max(0, B − Σe) — exact, because z only
//                    ever appears on the small side of a "≤" (targets, carbon budget), so any
//                    feasible z can be lowered to the floor itself and stay feasible
//   target           scope total in its year ≤ level
//   carbon budget    Σ over fromYear..endYear of the scope total ≤ tonnes
//   yearly budget    Σ capex + opex of the counted included actions ≤ maxSek, each year
//   minimise         Σ value·x  (the base's own value is a constant added afterwards)
//
// Sink sectors have no floor, so their emissions are a plain linear expression.
import type { ModelData } from 'highs';
import { targetLevel, targetScope } from '../calc/targets';
import type { TargetScope } from '../domain/ids';
import type { Target } from '../domain/types';
import type { Coefficients } from './coefficients';

/** Money in the solver's objective is in millions of kronor: values of ~1 keep HiGHS' numerics comfortable. */
export const OBJECTIVE_SCALE = 1e6;

/** What each row of the model stands for, so that its bound can be read back or tightened. */
export type RowMeaning =
  | { kind: 'oneStart'; candidate: number }
  | { kind: 'floor'; sector: number; year: number }
  | { kind: 'target'; target: Target }
  | { kind: 'carbonBudget' }
  | { kind: 'budget'; year: number };

/** Which groups of constraints the model holds: the explanation of an infeasible answer drops some. */
export interface ConstraintSet {
  targets: readonly Target[];
  budget: boolean;
  carbonBudget: boolean;
}

export interface BuiltModel {
  data: ModelData;
  rows: RowMeaning[];
  /** Column of each candidate's option k: columns[c][k]. */
  columns: number[][];
  /** The objective's constant: the base scenario's value (kronor). */
  offset: number;
}

/** A linear expression: constant + Σ coefficient·column. */
class Linear {
  constant = 0;
  readonly terms = new Map<number, number>();
  add(column: number, coefficient: number): void {
    if (coefficient !== 0) this.terms.set(column, (this.terms.get(column) ?? 0) + coefficient);
  }
  addAll(other: Linear, factor = 1): void {
    this.constant += factor * other.constant;
    for (const [column, c] of other.terms) this.add(column, factor * c);
  }
}

interface Row {
  lower: number;
  upper: number;
  terms: Map<number, number>;
  meaning: RowMeaning;
}

/**
 * Builds the model. `objective: 'carbon'` instead minimises the carbon budget's cumulative
 * emissions, with no constraint but one start per candidate (the explanation's "at best").
 */
export function buildModel(co: Coefficients, set: ConstraintSet, objective: 'value' | 'carbon' = 'value'): BuiltModel {
  const builder = new ModelBuilder(co);
  const { request } = co;
  const rows: Row[] = [];
  for (const target of set.targets) {
    const expression = builder.scopeTotal(target.year - co.ctx.axis.startYear, targetScope(target));
    rows.push(upTo(expression, targetLevel(target, co.ctx.sectors), { kind: 'target', target }));
  }
  const budget = request.plan.carbonBudget;
  if ((set.carbonBudget || objective === 'carbon') && budget) {
    const cumulative = builder.cumulative(budget.fromYear, budget.scope);
    if (objective === 'carbon') builder.objective = cumulative;
    if (set.carbonBudget) rows.push(upTo(cumulative, budget.tonsCo2e, { kind: 'carbonBudget' }));
  }
  if (set.budget && request.budget && co.fixed.cost) {
    const { fromYear, toYear, maxSek } = request.budget;
    for (let year = fromYear; year <= toYear; year++) {
      const i = year - co.ctx.axis.startYear;
      const spend = new Linear();
      spend.constant = co.fixed.cost[i];
      co.candidates.forEach((c, ci) => c.options.forEach((o, k) => o.cost && spend.add(builder.columns[ci][k], o.cost[i])));
      rows.push(upTo(spend, maxSek, { kind: 'budget', year }));
    }
  }
  if (objective === 'value') {
    co.candidates.forEach((c, ci) => c.options.forEach((o, k) => builder.objective.add(builder.columns[ci][k], o.value / OBJECTIVE_SCALE)));
  }
  return builder.finish(rows);
}

/** expression ≤ bound, as a row on the expression's terms. */
function upTo(expression: Linear, bound: number, meaning: RowMeaning): Row {
  return { lower: -Infinity, upper: bound - expression.constant, terms: expression.terms, meaning };
}

class ModelBuilder {
  readonly columns: number[][];
  objective = new Linear();
  private columnCount: number;
  private readonly floors = new Map<string, Linear>();
  private readonly floorRows: Row[] = [];

  constructor(private readonly co: Coefficients) {
    let next = 0;
    this.columns = co.candidates.map((c) => c.options.map(() => next++));
    this.columnCount = next;
  }

  /** Σ over the scope's sectors of their emissions in axis slot i. */
  scopeTotal(i: number, scope: TargetScope): Linear {
    const total = new Linear();
    const { sectors } = this.co.ctx;
    for (let s = 0; s < sectors.ids.length; s++) {
      if (sectors.isSink[s] ? scope === 'net' : true) total.addAll(this.sectorEmissions(s, i));
    }
    return total;
  }

  /** Σ of the scope total over the axis years from `fromYear` on. */
  cumulative(fromYear: number, scope: TargetScope): Linear {
    const total = new Linear();
    const { axis } = this.co.ctx;
    for (let i = Math.max(0, fromYear - axis.startYear); i < axis.length; i++) total.addAll(this.scopeTotal(i, scope));
    return total;
  }

  /** S_s in slot i: for a sink B − Σe; else a constant, or z[s,i] with its floor row. */
  private sectorEmissions(s: number, i: number): Linear {
    const { sectors } = this.co.ctx;
    const rest = sectors.baselines[s][i] - this.co.fixed.effectBySector[s][i];
    const reductions = this.reductions(s, i);
    const out = new Linear();
    if (sectors.isSink[s]) {
      out.constant = rest;
      for (const [column, e] of reductions) out.add(column, -e);
      return out;
    }
    // Nothing to choose here, or already at the floor: more effect cannot lower it further.
    if (reductions.size === 0 || rest <= 0) {
      out.constant = Math.max(0, rest);
      return out;
    }
    const key = `${s}:${i}`;
    let z = this.floors.get(key);
    if (!z) {
      z = new Linear();
      const column = this.columnCount++;
      z.add(column, 1);
      const terms = new Map(reductions);
      terms.set(column, 1);
      this.floorRows.push({ lower: rest, upper: Infinity, terms, meaning: { kind: 'floor', sector: s, year: i } });
      this.floors.set(key, z);
    }
    return z;
  }

  /** Column → e of the options of sector s that reduce its emissions in slot i. */
  private reductions(s: number, i: number): Map<number, number> {
    const out = new Map<number, number>();
    this.co.candidates.forEach((c, ci) => {
      if (c.sector !== s) return;
      c.options.forEach((o, k) => o.effect[i] !== 0 && out.set(this.columns[ci][k], o.effect[i]));
    });
    return out;
  }

  finish(constraintRows: Row[]): BuiltModel {
    const oneStart: Row[] = this.co.candidates.map((_, ci) => ({
      lower: -Infinity,
      upper: 1,
      terms: new Map(this.columns[ci].map((column) => [column, 1])),
      meaning: { kind: 'oneStart', candidate: ci },
    }));
    const rows = [...oneStart, ...this.floorRows, ...constraintRows];
    const binaries = this.columns.reduce((n, c) => n + c.length, 0);
    const numCols = this.columnCount;
    const colCost = new Float64Array(numCols);
    for (const [column, c] of this.objective.terms) colCost[column] = c;
    const colUpper = new Float64Array(numCols).fill(Infinity);
    colUpper.fill(1, 0, binaries);
    const integrality = new Int32Array(numCols);
    integrality.fill(1, 0, binaries);
    const starts = new Int32Array(rows.length + 1);
    let nonzeros = 0;
    rows.forEach((r, k) => {
      nonzeros += r.terms.size;
      starts[k + 1] = nonzeros;
    });
    const indices = new Int32Array(nonzeros);
    const values = new Float64Array(nonzeros);
    let at = 0;
    for (const r of rows) {
      for (const [column, c] of [...r.terms].sort((a, b) => a[0] - b[0])) {
        indices[at] = column;
        values[at++] = c;
      }
    }
    const data: ModelData = {
      numCols,
      numRows: rows.length,
      offset: this.objective.constant,
      colCost,
      colLower: new Float64Array(numCols),
      colUpper,
      rowLower: Float64Array.from(rows, (r) => r.lower),
      rowUpper: Float64Array.from(rows, (r) => r.upper),
      matrix: { format: 'csr', numRows: rows.length, numCols, starts, indices, values },
      integrality,
    };
    return { data, rows: rows.map((r) => r.meaning), columns: this.columns, offset: this.co.fixed.value };
  }
}
