// The roll-up of several municipalities' plans (DESIGN §11): what `klimat rollup` prints and the
// Region view shows. The §11 fields come first, in §11's order and with its names; the fields
// after them are additions the view and the workbook need (title, investment by cost bearer …).
import type { CostBearer } from '../domain/ids';

/** A series aligned with the roll-up's `years`: null in the years outside a plan's own axis. */
export type YearSeries = (number | null)[];

export interface RollupEmissions {
  gross: YearSeries;
  net: YearSeries;
  baselineGross: YearSeries;
  baselineNet: YearSeries;
}

export interface RollupTarget {
  id: string;
  year: number;
  /** Scenario minus the target's level in its year; null when the year lies off the plan's axis. */
  gap: number | null;
  met: boolean | null;
  name: string;
}

export interface ScenarioRef {
  id: string;
  name: string;
}

export interface RollupPlan {
  /** The file's name as the user chose it (never a path the client could send back). */
  file: string;
  municipalityCode: string;
  municipality: string;
  scenarioId: string;
  /** False for a duplicate of a municipality that was saved earlier than its other file. */
  counted: boolean;
  emissions: RollupEmissions;
  targets: RollupTarget[];
  /** Σ capex of the scenario over the plan's axis (kronor). */
  capexSek: number;
  /** Σ secured financing over the axis (kronor). */
  securedSek: number;
  /** Σ of the positive yearly financing gaps over the axis (kronor). */
  financingGapSek: number;
  /** Inhabitants on 31 December 2023 (SCB); null for a code that is no municipality. */
  population: number | null;
  // Beyond §11:
  title: string;
  scenarioName: string;
  /** Another counted-or-not file holds a plan of the same municipality. */
  duplicate: boolean;
  /** When the file was saved last: its document's last save, else the file's modification time (ISO). */
  savedAt: string;
  /** Σ capex of the scenario over the axis, by cost bearer (kronor). */
  capexByCostBearer: Record<CostBearer, number>;
  /** The plan's own axis. */
  startYear: number;
  endYear: number;
  /** The plan's scenarios, for choosing the id of the next roll-up. */
  scenarios: ScenarioRef[];
}

export interface RollupRefused {
  file: string;
  /** One Swedish sentence: why the file does not count. */
  reason: string;
}

export interface RollupResult {
  /** The union of the plans' axes, ascending. */
  years: number[];
  plans: RollupPlan[];
  refused: RollupRefused[];
  /** Σ over the counted plans of their non-null values; null in a year no counted plan covers. */
  total: RollupEmissions;
}

/** Which of a plan's four series. */
export type EmissionKey = keyof RollupEmissions;
