// The sample plan (Umeå) as the engine takes it, for the chart tests.
import { readFileSync } from 'node:fs';
import { calculate, type CalcResult } from '../../../shared/calc';
import type { Plan } from '../../../shared/domain/types';
import { normalizePlan } from '../../../shared/domain/normalize';
import { parsePlanDocument } from '../../../shared/schema/document';

const SAMPLE = new URL('../../../assets/sample/umea-2480.json', import.meta.url);

/** The sample plan through the same parse as an import, defaults applied. */
export function samplePlan(): Plan {
  const parsed = parsePlanDocument(JSON.parse(readFileSync(SAMPLE, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return normalizePlan(parsed.plan);
}

export function calcOf(plan: Plan, scenarioId = 'decided', maccYear?: number): CalcResult {
  return calculate(plan, scenarioId, maccYear === undefined ? {} : { maccYear });
}

/** The plan's baseline per sector (the scenario with no action at all). */
export function baselineBySector(plan: Plan): Record<string, number[]> {
  const none = { id: '__none', name: 'none', includeStatuses: [], include: [], exclude: [], delayYears: 0, effectFactor: 1, costFactor: 1 };
  return calculate({ ...plan, scenarios: [none] }, '__none').emissions.bySector;
}

/** Intl's sv-SE output with its no-break spaces, for comparing with what a table shows. */
export const sv = (n: number, digits = 0): string => new Intl.NumberFormat('sv-SE', { maximumFractionDigits: digits }).format(n);
