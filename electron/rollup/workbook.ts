// The roll-up as an Excel workbook (DESIGN §11): one sheet per table of the Region view, numbers
// as numbers (kronor, tonnes), every text through the writer's formula neutralising.
import type { Writable } from 'node:stream';
import { COST_BEARERS } from '../../shared/domain/ids';
import { COST_BEARER_LABELS } from '../../shared/i18n/labels';
import { POPULATION_YEAR } from '../../shared/reference/population';
import { perInhabitant, planMilestones, targetsMet, type RollupResult } from '../../shared/rollup';
import { FMT, localDate, type OutCell, type SheetModel } from '../exchange/sheet-model';
import { writeXlsx } from '../exchange/write-xlsx';

export const ROLLUP_SHEETS = {
  plans: 'Planer',
  targets: 'Mål',
  investment: 'Investeringar',
  region: 'Regionens utsläpp',
  municipalities: 'Utsläpp per kommun',
  refused: 'Avvisade filer',
} as const;

/** The user's clock, as the folder listing shows it: "2025-05-01 14:05". */
function localTime(iso: string): string {
  const d = new Date(iso);
  return `${localDate(d)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

const yesNo = (v: boolean | null): string => (v === null ? '–' : v ? 'Ja' : 'Nej');
const PER_PERSON = '0.00';

/** "Sammanställning 2025-05-01.xlsx". */
export function suggestedRollupName(date = new Date()): string {
  return `Sammanställning ${localDate(date)}.xlsx`;
}

function plansSheet(r: RollupResult): SheetModel {
  const rows: OutCell[][] = [
    [
      'Kommun',
      'Kommunkod',
      'Titel',
      'Fil',
      'Scenario',
      'Räknas i summan',
      'Dubblett',
      'Senast sparad',
      `Befolkning ${POPULATION_YEAR}`,
      'Första planår',
      'Utsläpp första planåret',
      'Basscenario första planåret',
      'Utsläpp 2030',
      'Basscenario 2030',
      'Utsläpp 2040',
      'Basscenario 2040',
      't per invånare första planåret',
      't per invånare 2030',
      't per invånare 2040',
      'Mål uppfyllda',
      'Mål som kan bedömas',
      'Största gap (t)',
    ],
  ];
  for (const p of r.plans) {
    const [first, y2030, y2040] = planMilestones(r, p);
    const met = targetsMet(p);
    rows.push([
      p.municipality,
      p.municipalityCode,
      p.title,
      p.file,
      `${p.scenarioName} (${p.scenarioId})`,
      yesNo(p.counted),
      yesNo(p.duplicate),
      localTime(p.savedAt),
      p.population,
      first.year,
      first.gross,
      first.baselineGross,
      y2030.gross,
      y2030.baselineGross,
      y2040.gross,
      y2040.baselineGross,
      first.perInhabitant,
      y2030.perInhabitant,
      y2040.perInhabitant,
      met.met,
      met.judged,
      met.largestGap,
    ]);
  }
  const t = FMT.tons;
  return {
    name: ROLLUP_SHEETS.plans,
    columns: [
      { width: 18 },
      { width: 10, fmt: FMT.text },
      { width: 36 },
      { width: 24 },
      { width: 26 },
      { width: 10 },
      { width: 10 },
      { width: 17 },
      { width: 12, fmt: FMT.int },
      { width: 10, fmt: FMT.year },
      { width: 14, fmt: t },
      { width: 14, fmt: t },
      { width: 14, fmt: t },
      { width: 14, fmt: t },
      { width: 14, fmt: t },
      { width: 14, fmt: t },
      { width: 12, fmt: PER_PERSON },
      { width: 12, fmt: PER_PERSON },
      { width: 12, fmt: PER_PERSON },
      { width: 10, fmt: FMT.int },
      { width: 10, fmt: FMT.int },
      { width: 14, fmt: t },
    ],
    rows: [
      ...rows,
      [],
      [
        'Utsläpp i ton koldioxidekvivalenter, brutto (utan kolsänkor), i varje plans scenario. En kommun med två filer räknas bara med den som sparades senast.',
      ],
    ],
    header: 1,
    filter: true,
  };
}

function targetsSheet(r: RollupResult): SheetModel {
  const rows: OutCell[][] = [['Kommun', 'Fil', 'Mål', 'Mål-id', 'År', 'Gap (t CO2e)', 'Uppfyllt']];
  for (const p of r.plans) for (const t of p.targets) rows.push([p.municipality, p.file, t.name, t.id, t.year, t.gap, yesNo(t.met)]);
  return {
    name: ROLLUP_SHEETS.targets,
    columns: [{ width: 18 }, { width: 24 }, { width: 36 }, { width: 16 }, { width: 8, fmt: FMT.year }, { width: 14, fmt: FMT.tons }, { width: 10 }],
    rows: [...rows, [], ['Gap = scenariots utsläpp minus målnivån målåret; negativt betyder att målet nås med marginal.']],
    header: 1,
    filter: true,
  };
}

function investmentSheet(r: RollupResult): SheetModel {
  const bearers = COST_BEARERS.map((b) => `Investeringar: ${COST_BEARER_LABELS[b].sv}`);
  const rows: OutCell[][] = [['Kommun', 'Fil', 'Räknas i summan', ...bearers, 'Investeringar totalt', 'Säkrad finansiering', 'Finansieringsgap']];
  for (const p of r.plans) {
    rows.push([p.municipality, p.file, yesNo(p.counted), ...COST_BEARERS.map((b) => p.capexByCostBearer[b]), p.capexSek, p.securedSek, p.financingGapSek]);
  }
  const counted = r.plans.filter((p) => p.counted);
  const sum = (f: (p: (typeof counted)[number]) => number) => counted.reduce((s, p) => s + f(p), 0);
  rows.push([
    'Summa (planer som räknas)',
    '',
    '',
    ...COST_BEARERS.map((b) => sum((p) => p.capexByCostBearer[b])),
    sum((p) => p.capexSek),
    sum((p) => p.securedSek),
    sum((p) => p.financingGapSek),
  ]);
  const money = { width: 16, fmt: FMT.int };
  return {
    name: ROLLUP_SHEETS.investment,
    columns: [{ width: 24 }, { width: 24 }, { width: 10 }, ...COST_BEARERS.map(() => money), money, money, money],
    rows: [
      ...rows,
      [],
      ['Kronor över varje plans hela period i planens scenario. Finansieringsgapet är summan av årens positiva gap (kostnad minus säkrad finansiering).'],
    ],
    header: 1,
    boldRows: [rows.length],
  };
}

function regionSheet(r: RollupResult): SheetModel {
  const per = perInhabitant(r);
  const rows: OutCell[][] = [
    ['Serie', ...r.years],
    ['Scenario, brutto (t CO2e)', ...r.total.gross],
    ['Scenario, netto (t CO2e)', ...r.total.net],
    ['Basscenario, brutto (t CO2e)', ...r.total.baselineGross],
    ['Basscenario, netto (t CO2e)', ...r.total.baselineNet],
    ['Scenario, brutto, t per invånare', ...per.region],
  ];
  return {
    name: ROLLUP_SHEETS.region,
    columns: [{ width: 34 }, ...r.years.map(() => ({ width: 11, fmt: FMT.tons }))],
    rows: [
      ...rows,
      [],
      [
        'Summan av de planer som räknas; ett år som en plan inte omfattar räknas utan den planen. Per invånare: befolkningen ' +
          POPULATION_YEAR +
          ' i de kommuner som har planer det året.',
      ],
    ],
    header: 1,
    boldRows: [2, 3],
  };
}

function municipalitiesSheet(r: RollupResult): SheetModel {
  const rows: OutCell[][] = [['Kommun', 'Fil', 'Räknas i summan', 'Serie', ...r.years]];
  for (const p of r.plans) {
    rows.push([p.municipality, p.file, yesNo(p.counted), 'Scenario, brutto', ...p.emissions.gross]);
    rows.push([p.municipality, p.file, yesNo(p.counted), 'Scenario, netto', ...p.emissions.net]);
  }
  return {
    name: ROLLUP_SHEETS.municipalities,
    columns: [{ width: 18 }, { width: 24 }, { width: 10 }, { width: 18 }, ...r.years.map(() => ({ width: 11, fmt: FMT.tons }))],
    rows: [...rows, [], ['Ton koldioxidekvivalenter per år; tomt där planen inte omfattar året.']],
    header: 1,
    filter: true,
  };
}

function refusedSheet(r: RollupResult): SheetModel {
  const rows: OutCell[][] = [['Fil', 'Skäl'], ...r.refused.map((x) => [x.file, x.reason])];
  if (r.refused.length === 0) rows.push(['', 'Alla filer kunde läsas.']);
  return { name: ROLLUP_SHEETS.refused, columns: [{ width: 30 }, { width: 100 }], rows, header: 1 };
}

/** Per-inhabitant cells need decimals where the sheet's other rows are whole tonnes. */
function withPerPersonRow(sheet: SheetModel, row: number): SheetModel {
  sheet.rows[row - 1] = sheet.rows[row - 1].map((c, i) => (i === 0 || c === null ? c : { v: c as number, fmt: PER_PERSON }));
  return sheet;
}

export function rollupSheets(r: RollupResult): SheetModel[] {
  return [plansSheet(r), targetsSheet(r), investmentSheet(r), withPerPersonRow(regionSheet(r), 6), municipalitiesSheet(r), refusedSheet(r)];
}

export function writeRollupWorkbook(r: RollupResult, stream: Writable, progress?: (done: number, total: number) => Promise<void>): Promise<void> {
  return writeXlsx(rollupSheets(r), stream, progress);
}
