// The baseline from the national emissions statistics: one municipality's points per sector,
// shown before they are applied, then written in one Session.write (one undo step) replacing
// the points of the sectors the file covers. A sector's annual change is kept. The same points
// may go in as observed emissions instead, or as both (DESIGN §8).
import { ApiFailure } from '../../shared/api/result';
import type { Baseline, Plan } from '../../shared/domain/types';
import type { Table } from '../../shared/exchange/cells';
import type { BaselineApplied, BaselinePreview } from '../../shared/exchange/outcomes';
import { statisticsBaseline, statisticsLayout, statisticsMunicipalities, type StatisticsBaseline } from '../../shared/exchange/statistics';
import { baselineSchema } from '../../shared/schema/entities';
import { problemsFromZod } from '../../shared/schema/problems';
import { baselineProblems } from '../../shared/schema/rules';
import { observedProblems } from '../../shared/schema/followup-rules';
import type { StatisticsUse } from '../../shared/exchange/outcomes';
import { writeObserved } from '../services/followup';
import { all, qb } from '../document/db';
import { readPlan } from '../document/read';
import { baselinePointRows, baselineToRow } from '../document/rows';
import type { Session } from '../document/session';
import { nextPosition } from '../services/positions';
import { syncRows } from '../services/sync';
import { stagedFile } from './staging';

/** The sheet with a "Kommun" column, or why there is none. */
function statisticsTable(fileId: string): Table {
  const file = stagedFile(fileId);
  const table = file.tables.find((t) => statisticsLayout(t).ok);
  if (!table) {
    const first = file.tables[0];
    const why = first ? statisticsLayout(first) : null;
    throw new ApiFailure('invalid', why && !why.ok ? why.message : 'Filen har inga blad.', 'fileId');
  }
  return table;
}

function read(fileId: string, municipality: string): { table: Table; stats: StatisticsBaseline } {
  const table = statisticsTable(fileId);
  const r = statisticsBaseline(table, municipality);
  if (!r.ok) throw new ApiFailure('invalid', r.message, 'municipality');
  return { table, stats: r.value };
}

/** The baselines the plan would have for the covered sectors, or why a sector cannot take them. */
function nextBaselines(plan: Plan, stats: StatisticsBaseline): { next: Baseline[]; warnings: string[] } {
  const warnings: string[] = [];
  const next: Baseline[] = [];
  // In the plan's sector order, so that new baselines list like the sectors do.
  const order = (id: string) => plan.sectors.findIndex((x) => x.id === id);
  const covered = [...stats.sectors].sort((a, b) => order(a.sectorId) - order(b.sectorId));
  for (const s of covered) {
    const sector = plan.sectors.find((x) => x.id === s.sectorId);
    if (!sector) {
      warnings.push(`Planen har ingen sektor ${s.fileName} (${s.sectorId}); dess utsläpp läses inte in.`);
      continue;
    }
    const current = plan.baseline.find((b) => b.sectorId === s.sectorId);
    const b: Baseline = { sectorId: s.sectorId, points: s.points, annualChange: current?.annualChange ?? 0 };
    const parsed = baselineSchema.safeParse(b);
    // Observed emissions take the same points under the same rules (a baseline's).
    const problems = parsed.success ? [...baselineProblems(parsed.data, sector, ''), ...observedProblems(b, sector, '')] : problemsFromZod(parsed.error);
    if (problems.length) throw new ApiFailure('invalid', `${sector.name}: ${problems[0].message}`, 'fileId', { problems });
    next.push(b);
  }
  return { next, warnings };
}

export function previewBaseline(s: Session, fileId: string, municipality: string, use: StatisticsUse = 'baseline'): BaselinePreview {
  const plan = readPlan(s.db);
  const { table, stats } = read(fileId, municipality);
  const { next, warnings } = nextBaselines(plan, stats);
  if (stats.municipality.code !== plan.plan.municipalityCode) {
    warnings.unshift(
      `Planen gäller ${plan.plan.municipality} (${plan.plan.municipalityCode}), men du har valt ${stats.municipality.name} (${stats.municipality.code}).`,
    );
  }
  const layout = statisticsLayout(table);
  const years = [...new Set(stats.sectors.flatMap((x) => x.points.map((p) => p.year)))].sort((a, b) => a - b);
  return {
    municipality: { code: stats.municipality.code, name: stats.municipality.name },
    municipalities: layout.ok ? statisticsMunicipalities(table, layout.value).map(({ code, name }) => ({ code, name })) : [],
    sectors: next.map((b) => ({
      sectorId: b.sectorId,
      name: plan.sectors.find((x) => x.id === b.sectorId)!.name,
      fileName: stats.sectors.find((x) => x.sectorId === b.sectorId)!.fileName,
      points: b.points,
      replacesPoints:
        use === 'observed'
          ? (plan.observedEmissions?.find((x) => x.sectorId === b.sectorId)?.points.length ?? 0)
          : (plan.baseline.find((x) => x.sectorId === b.sectorId)?.points.length ?? 0),
    })),
    years,
    totals: stats.totals,
    warnings: [...stats.warnings, ...warnings],
  };
}

/** Replaces the covered sectors' baselines, observed emissions or both with the file's points; returns what was written. */
export function applyBaseline(s: Session, fileId: string, municipality: string, use: StatisticsUse = 'baseline'): BaselineApplied {
  const plan = readPlan(s.db);
  const { stats } = read(fileId, municipality);
  const { next } = nextBaselines(plan, stats);
  if (!next.length) throw new ApiFailure('invalid', 'Filen har inga utsläpp för någon av planens sektorer.', 'fileId');
  s.write((batch) => {
    for (const b of next) {
      if (use !== 'observed') {
        if (!plan.baseline.some((x) => x.sectorId === b.sectorId)) batch.insert('baselines', baselineToRow(b, nextPosition(s, 'baselines')));
        const existing = all(s.db, qb.selectFrom('baseline_points').selectAll().where('sector_id', '=', b.sectorId));
        syncRows(batch, 'baseline_points', existing, baselinePointRows(b));
      }
      if (use !== 'baseline') writeObserved(s, batch, { sectorId: b.sectorId, points: b.points });
    }
  });
  return { sectors: next.length, points: next.reduce((n, b) => n + b.points.length, 0) };
}
