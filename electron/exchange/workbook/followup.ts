// Uppföljning (DESIGN §8): per action planned, reported and deviation for investment, operation,
// savings and effect up to the follow-up year, against the newest adopted version (or, without
// one, the plan as it is and the workbook's scenario); the totals; the pace per target.
import type { Version } from '../../../shared/domain/types';
import { chooseReference, defaultFollowUpYear, FIGURE_KEYS, followUp, type Figure, type FigureKey } from '../../../shared/followup';
import { STATUS_LABELS } from '../../../shared/i18n/labels';
import { bold, FMT, type OutCell, type SheetColumn, type SheetModel } from '../sheet-model';
import type { ExportContext } from './context';
import { SHEETS } from './names';

const FIGURE_NAME: Record<FigureKey, string> = { capex: 'Investering', opex: 'Drift', savings: 'Besparing', effect: 'Effekt' };

/** The version the sheet follows up: the one adopted last (by date, then by order). */
export function newestVersion(versions: readonly Version[] | undefined): Version | null {
  let best: Version | null = null;
  for (const v of versions ?? []) if (!best || v.adoptedOn >= best.adoptedOn) best = v;
  return best;
}

export function followUpSheet(x: ExportContext, version: Version | null): SheetModel {
  const { plan } = x;
  const unit = plan.plan.moneyUnit;
  const choice = chooseReference(plan, version, version ? undefined : plan.scenarios.some((s) => s.id === x.scenario.id) ? x.scenario.id : undefined);
  const columns: SheetColumn[] = [{ width: 10 }, { width: 40 }, { width: 26 }, { width: 14 }];
  if (!choice.ok) {
    return { name: SHEETS.followup, columns, rows: [[bold('Uppföljning')], [choice.message]], boldRows: [1] };
  }
  const year = defaultFollowUpYear(plan, x.exportedAt.getFullYear());
  const r = followUp(plan, choice.reference, { year, currentYear: x.exportedAt.getFullYear() });
  const scenarioName = choice.reference.plan.scenarios.find((s) => s.id === choice.reference.scenarioId)?.name ?? choice.reference.scenarioId;
  const against = version
    ? `versionen ${version.name} (beslutad ${version.adoptedOn}${version.decisionRef ? `, ${version.decisionRef}` : ''}), scenario ${scenarioName}`
    : `planen som den ser ut nu, scenario ${scenarioName}`;

  const value = (key: FigureKey, v: number | null): OutCell =>
    v === null ? null : key === 'effect' ? { v, fmt: FMT.tons } : { v: x.money(v), fmt: x.moneyFmt };
  const triple = (key: FigureKey, f: Figure): OutCell[] => [value(key, f.planned), value(key, f.actual), value(key, f.deviation)];

  const rows: OutCell[][] = [
    [bold(`Uppföljning t.o.m. ${r.year}`)],
    [`Mot ${against}. Belopp i ${unit}, effekt i ton CO2e. Tomt utfall = inget rapporterat; avvikelse = utfall − plan.`],
    [],
  ];
  const boldRows = [1];
  const header: OutCell[] = ['Kod', 'Åtgärd', 'Ansvarig', 'Status'];
  for (const key of FIGURE_KEYS) {
    const u = key === 'effect' ? 't' : unit;
    header.push(`${FIGURE_NAME[key]}, plan (${u})`, `${FIGURE_NAME[key]}, utfall (${u})`, `${FIGURE_NAME[key]}, avvikelse (${u})`);
    columns.push({ width: 16 }, { width: 16 }, { width: 16 });
  }
  rows.push(header);
  const headerRow = rows.length;
  const byId = new Map(plan.actions.map((a) => [a.id, a]));
  for (const f of r.actions) {
    const a = byId.get(f.id);
    if (!a) continue;
    rows.push([a.code, a.name, a.owner, STATUS_LABELS[a.status].sv, ...FIGURE_KEYS.flatMap((key) => triple(key, f[key]))]);
  }
  const sum = r.totals.sum;
  rows.push([
    bold('Summa'),
    'Plan: åtgärderna i referensens scenario; utfall: allt rapporterat',
    null,
    null,
    ...FIGURE_KEYS.flatMap((key) => {
      const s = sum[key];
      return [value(key, s.planned), value(key, s.actual), value(key, s.actual === null ? null : s.actual - s.planned)];
    }),
  ]);
  boldRows.push(rows.length);

  rows.push([]);
  rows.push([bold('Takt mot målen')]);
  boldRows.push(rows.length);
  rows.push(['Mål', 'Namn', 'Senast observerat år', 'Observerat (t)', 'Målnivå (t)', 'Krävd takt per år', 'Observerad takt per år']);
  boldRows.push(rows.length);
  const names = new Map(choice.reference.plan.targets.map((t) => [t.id, t.name || t.id]));
  const pct = (v: number | null): OutCell => (v === null ? null : { v, fmt: FMT.percent });
  for (const t of r.targets) {
    rows.push([
      t.year,
      names.get(t.id) ?? t.id,
      t.lastObservedYear,
      t.observed === null ? null : { v: t.observed, fmt: FMT.tons },
      { v: t.level, fmt: FMT.tons },
      pct(t.requiredPace),
      pct(t.observedPace),
    ]);
  }
  if (r.targets.length === 0) rows.push(['Inga mål efter uppföljningsåret.']);
  return { name: SHEETS.followup, columns, rows, header: headerRow, boldRows };
}
