// Helpers for the chart views' end-to-end tests (overview, scenarios, targets, commitments):
// open the sample plan on a view, open a chart's "Visa som tabell" and read the table, save and
// read the plan back through the CLI, and what each chart's table must hold, computed here straight from the engine
// (shared/calc) so that the views' own chart code is checked, not reused.
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { actionSeries, calculate, createCalcContext, type CalcResult } from '../../shared/calc';
import { COMMITMENT_IDS, COST_BEARERS, MONEY_UNIT_FACTOR } from '../../shared/domain/ids';
import type { Plan } from '../../shared/domain/types';
import { parseNumber } from '../../shared/format/parse';
import { parsePlanDocument } from '../../shared/schema/document';
import { COMMITMENT_LABELS, COST_BEARER_LABELS } from '../../shared/i18n/labels';
import { CLI_BUNDLE, REPO, startSampleHost, type AppPage, type E2eSession, type Host } from './harness';

export interface ReadTable {
  columns: string[];
  /** Row header, then the cells. */
  rows: string[][];
}

/** The figure of a chart by its model id. */
export const chartFigure = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);

/** Shows the chart's table (the toggle stays pressed) and reads it. */
export async function openChartTable(page: Page, id: string): Promise<ReadTable> {
  const figure = chartFigure(page, id);
  await figure.waitFor();
  const toggle = figure.getByRole('button', { name: 'Visa som tabell' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  const table = figure.getByRole('table');
  await table.waitFor();
  // The table is named by its caption, which is the chart's title.
  const title = (await figure.getByRole('heading').first().textContent())?.trim();
  expect(await table.locator('caption').textContent()).toBe(title);
  return readTable(page, `figure[data-chart="${id}"] table`);
}

/** The few DOM members read here (this file is typed for Node, without the DOM library). */
interface Cells {
  cells: ArrayLike<{ textContent: string | null }>;
}
interface TableElement {
  tHead: { rows: ArrayLike<Cells> };
  tBodies: ArrayLike<{ rows: ArrayLike<Cells> }>;
}

export async function readTable(page: Page, selector: string): Promise<ReadTable> {
  return page
    .locator(selector)
    .first()
    .evaluate((t) => {
      const table = t as unknown as TableElement;
      const text = (c: { textContent: string | null }) => (c.textContent ?? '').trim();
      return {
        columns: Array.from(table.tHead.rows[0].cells).slice(1).map(text),
        rows: Array.from(table.tBodies[0].rows).map((r) => Array.from(r.cells).map(text)),
      };
    });
}

/** The chart ids on the page that have a table toggle (charts with something to draw). */
export async function drawnCharts(page: Page): Promise<string[]> {
  return page
    .locator('figure[data-chart]')
    .evaluateAll((figs) =>
      (figs as unknown as { querySelector(s: string): unknown; getAttribute(a: string): string | null }[])
        .filter((f) => f.querySelector('canvas'))
        .map((f) => f.getAttribute('data-chart') ?? ''),
    );
}

/** A number as a table shows it, or null for "–". */
export function cellNumber(text: string): number | null {
  if (text === '–') return null;
  const n = parseNumber(text, 'sv');
  if (n === null) throw new Error(`not a Swedish number: "${text}"`);
  return n;
}

/** Each cell equals the expected figure to the decimals shown (a table rounds, it does not lie). */
export function expectRows(actual: ReadTable, expected: { header: string; values: (number | null)[]; digits: number[] }[]): void {
  expect(actual.rows.map((r) => r[0])).toEqual(expected.map((e) => e.header));
  expected.forEach((e, i) => {
    const cells = actual.rows[i].slice(1);
    expect(cells.length, `row ${e.header}`).toBe(e.values.length);
    e.values.forEach((v, j) => {
      const got = cellNumber(cells[j]);
      if (v === null) {
        expect(got, `${e.header} / ${actual.columns[j]}`).toBeNull();
        return;
      }
      const tolerance = 0.5 * 10 ** -e.digits[j] + 1e-9 * Math.abs(v);
      expect(Math.abs((got ?? Number.NaN) - v), `${e.header} / ${actual.columns[j]}: ${cells[j]} vs ${v}`).toBeLessThanOrEqual(tolerance);
    });
  });
}

/** Swedish number as Intl writes it (no-break spaces, true minus). */
export const sv = (n: number, digits = 0): string => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }).format(n);

// ---------------------------------------------------------------------------------------------
// The plan, saved and read back

const statusBar = (page: Page) => page.getByRole('status', { name: /Dokumentstatus/ });

/** Ctrl+S with no field focused, then waits until the status bar says the plan is saved. */
export async function savePlan(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+s');
  await expect.poll(() => statusBar(page).textContent()).toContain('Sparad');
  await expect.poll(() => statusBar(page).textContent()).not.toContain('Osparade');
}

/** The plan in a .klimat file, through the CLI's export-json and the import's parse. */
export function exportPlan(file: string): Plan {
  const json = execFileSync(process.execPath, [CLI_BUNDLE, 'export-json', file, '-'], { cwd: REPO, encoding: 'utf8' });
  const parsed = parsePlanDocument(JSON.parse(json));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.plan;
}

export async function openView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}

/** A fresh sample plan in the app, on view `name`, reached from Översikt through the menu as a user would. */
export async function openSampleView(session: E2eSession, name: string): Promise<AppPage & { host: Host; file: string; dir: string }> {
  const { host, file, dir } = await startSampleHost();
  const app = await session.open(host.url);
  await app.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await openView(app.page, name);
  return { ...app, host, file, dir };
}

// ---------------------------------------------------------------------------------------------
// What the tables must hold, from the engine

const years = (c: CalcResult) => c.years.map(String);
const inUnit = (plan: Plan, sek: number) => sek / MONEY_UNIT_FACTOR[plan.plan.moneyUnit];
const moneyDigits = (plan: Plan) => (plan.plan.moneyUnit === 'kr' ? 0 : plan.plan.moneyUnit === 'tkr' ? 1 : 2);
const perYear = (c: CalcResult, series: (number | null)[][], digits: number[]) =>
  years(c).map((header, i) => ({ header, values: series.map((s) => s[i]), digits }));
const zeros = (n: number) => new Array<number>(n).fill(0);

/** B_s per sector: the engine with a scenario that takes in no action. */
export function baselineBySector(plan: Plan): Record<string, number[]> {
  const none = { id: '__none', name: 'none', includeStatuses: [], include: [], exclude: [], delayYears: 0, effectFactor: 1, costFactor: 1 };
  return calculate({ ...plan, scenarios: [none] }, '__none').emissions.bySector;
}

export function trajectoryRows(plan: Plan, c: CalcResult) {
  const markers = plan.targets
    .filter((t) => c.years.includes(t.year))
    .map((t) => c.years.map((y) => (y === t.year ? c.targets.find((r) => r.id === t.id)!.level : null)));
  const series = [c.emissions.baselineGross, c.emissions.gross, ...(plan.sectors.some((s) => s.isSink) ? [c.emissions.net] : []), ...markers];
  return perYear(
    c,
    series,
    series.map(() => 0),
  );
}

/** Capex, opex and savings over the axis per cost bearer, from each included action's series. */
export function bearerRows(plan: Plan, c: CalcResult) {
  const ctx = createCalcContext(plan, c.scenarioId);
  const sums = new Map(COST_BEARERS.map((b) => [b, [0, 0, 0]]));
  plan.actions.forEach((a, k) => {
    if (!c.actions[k].included) return;
    const s = actionSeries(ctx, a);
    const row = sums.get(a.costBearer)!;
    for (let i = 0; i < c.years.length; i++) {
      row[0] += s.capex[i];
      row[1] += s.opex[i];
      row[2] += s.savings[i];
    }
  });
  const d = moneyDigits(plan);
  return COST_BEARERS.map((b) => ({ header: COST_BEARER_LABELS[b].sv, values: sums.get(b)!.map((v) => inUnit(plan, v)), digits: [d, d, d] }));
}

/**
 * One series per visible sector in the plan's order, then the hidden sectors summed (emitting
 * ones, then sinks): hiding only hides from view, the totals still count them.
 */
function sectorSeries(plan: Plan, bySector: Record<string, number[]>, length: number): number[][] {
  const sum = (ids: string[]) => zeros(length).map((_, i) => ids.reduce((t, id) => t + bySector[id][i], 0));
  const hidden = plan.sectors.filter((s) => s.hidden && !s.isSink).map((s) => s.id);
  const hiddenSinks = plan.sectors.filter((s) => s.hidden && s.isSink).map((s) => s.id);
  return [
    ...plan.sectors.filter((s) => !s.hidden).map((s) => bySector[s.id]),
    ...(hidden.length ? [sum(hidden)] : []),
    ...(hiddenSinks.length ? [sum(hiddenSinks)] : []),
  ];
}

export function sectorStackRows(plan: Plan, c: CalcResult) {
  const series = [...sectorSeries(plan, c.emissions.bySector, c.years.length), c.emissions.net];
  return perYear(
    c,
    series,
    series.map(() => 0),
  );
}

export function comparisonRows(compared: CalcResult[]) {
  const c = compared[0];
  const series = [...compared.map((x) => x.emissions.net), c.emissions.baselineNet];
  return perYear(
    c,
    series,
    series.map(() => 0),
  );
}

export function sectorWedgeRows(plan: Plan, c: CalcResult) {
  const base = sectorSeries(plan, baselineBySector(plan), c.years.length);
  const scenario = sectorSeries(plan, c.emissions.bySector, c.years.length);
  const wedges = base.map((b, k) => b.map((v, i) => v - scenario[k][i])).filter((w) => w.some((v) => Math.abs(v) > 1e-9));
  const series = [c.emissions.net, ...wedges, c.emissions.baselineNet];
  return perYear(
    c,
    series,
    series.map(() => 0),
  );
}

export function investmentRows(plan: Plan, c: CalcResult) {
  const m = (xs: number[]) => xs.map((v) => inUnit(plan, v));
  const d = moneyDigits(plan);
  return perYear(c, [m(c.costs.capex), m(c.costs.opex), m(c.costs.savings).map((v) => -v), m(c.costs.net)], [d, d, d, d]);
}

/** The curve's bars in cost order, those without effect in the year left out. */
export function maccRows(plan: Plan, c: CalcResult) {
  let cumulative = 0;
  return c
    .macc!.filter((b) => b.tons > 0)
    .map((b) => {
      const a = plan.actions.find((x) => x.id === b.actionId)!;
      cumulative += b.tons;
      return { header: `${a.code} ${a.name}`, values: [b.tons, b.costSekPerTon, cumulative], digits: [0, 0, 0] };
    });
}

export function baselineRows(plan: Plan, c: CalcResult) {
  const series = [...sectorSeries(plan, baselineBySector(plan), c.years.length), c.emissions.baselineNet];
  return perYear(
    c,
    series,
    series.map(() => 0),
  );
}

/** Effect in `year` and capex over the axis of the linked, included actions, per commitment. */
export function commitmentRows(plan: Plan, c: CalcResult, year: number) {
  const ctx = createCalcContext(plan, c.scenarioId);
  const i = c.years.indexOf(year);
  const d = moneyDigits(plan);
  return COMMITMENT_IDS.map((id, n) => {
    let effect = 0;
    let capex = 0;
    plan.actions.forEach((a, k) => {
      if (!a.commitments.includes(id) || !c.actions[k].included) return;
      effect += c.actions[k].effect[i];
      capex += Array.from(actionSeries(ctx, a).capex).reduce((x, y) => x + y, 0);
    });
    return { header: `${n + 1}. ${COMMITMENT_LABELS[id].sv}`, values: [effect, inUnit(plan, capex)], digits: [0, d] };
  });
}

/** Monetised co-benefits per year: the value of each included action in its operating years (DESIGN §5). */
export function coBenefitRows(plan: Plan, c: CalcResult) {
  const scenario = plan.scenarios.find((s) => s.id === c.scenarioId)!;
  const values = zeros(c.years.length);
  plan.actions.forEach((a, k) => {
    if (!c.actions[k].included) return;
    const es = (a.effectStartYear ?? a.startYear + Math.max(1, a.implementationYears)) + scenario.delayYears;
    const ee = a.effectEndYear === undefined ? Infinity : a.effectEndYear + scenario.delayYears;
    c.years.forEach((y, i) => {
      if (y >= es && y <= ee) values[i] += a.coBenefitSekPerYear;
    });
  });
  return perYear(c, [values.map((v) => inUnit(plan, v))], [moneyDigits(plan)]);
}
