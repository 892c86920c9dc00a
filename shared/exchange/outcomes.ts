// What the exchange calls answer: a staged file's sheets with the proposed mapping, an import's
// preview and result, the baseline from the emissions statistics, an export, a task's progress.
import type { MoneyUnit } from '../domain/ids';
import type { BaselinePoint } from '../domain/types';
import type { ImportKind } from './columns';
import type { RowOutcome } from './import-run';
import type { ImportProblem } from './problems';

/** What the importer proposes for a sheet read as actions or as financing entries. */
export interface SheetSuggestion {
  headerRow: number;
  headers: string[];
  /** For every header: the field it fills, or null. */
  columns: (string | null)[];
  unit: MoneyUnit;
  /** The first data rows as text, for the mapping table. */
  samples: string[][];
}

export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Rows with anything in them. */
  rows: number;
  kind: ImportKind;
  /** How many columns the proposed mapping for `kind` fills: the page opens the best sheet. */
  matches: number;
  suggestions: Record<ImportKind, SheetSuggestion>;
}

export interface StagedInfo {
  fileId: string;
  fileName: string;
  format: 'xlsx' | 'csv';
  sheets: SheetInfo[];
}

export interface ImportCounts {
  add: number;
  update: number;
  unchanged: number;
}

export interface ImportPreview {
  status: 'done';
  counts: ImportCounts;
  /** The first rows' outcomes (at most 200). */
  rows: RowOutcome[];
  problems: ImportProblem[];
  problemCount: number;
}

export interface ImportApplied {
  status: 'done';
  counts: ImportCounts;
}

export type Cancellable<T> = T | { status: 'cancelled' };

export interface BaselineSectorPreview {
  sectorId: string;
  /** The sector's name in the plan. */
  name: string;
  /** The sector's name as the file writes it. */
  fileName: string;
  points: BaselinePoint[];
  /** How many points the plan's baseline of the sector has now (0 = none). */
  replacesPoints: number;
}

export interface BaselinePreview {
  municipality: { code: string; name: string };
  /** The municipalities the file has, for the choice. */
  municipalities: { code: string; name: string }[];
  sectors: BaselineSectorPreview[];
  years: number[];
  totals: { year: number; total: number; sum: number; ok: boolean }[];
  warnings: string[];
}

/** What the statistics import fills: the baseline (as before), the observed emissions, or both (DESIGN §8). */
export const STATISTICS_USES = ['baseline', 'observed', 'both'] as const;
export type StatisticsUse = (typeof STATISTICS_USES)[number];

export interface BaselineApplied {
  sectors: number;
  points: number;
}

export type ExportResult =
  { status: 'saved'; fileName: string } | { status: 'download'; fileName: string; mime: string; base64: string } | { status: 'cancelled' };

export interface ProgressInfo {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}
