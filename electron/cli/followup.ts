// `followup <plan.klimat|json> [--version <id>] [--scenario <id>] [--year <Yf>]`: the follow-up of
// DESIGN §8 (shared/followup) on a plan from JSON or .klimat, printed as pure JSON.
import type { Plan, Version } from '../../shared/domain/types';
import { chooseReference, followUp } from '../../shared/followup';
import { toPlanDocument } from '../../shared/schema/document';
import { readPlan } from '../document/read';
import { listVersions, readVersionPlan } from '../document/versions';
import type { Args } from './commands';
import { CliError, isJsonPath, readJsonPlan, withCheckedCopy } from './io';

/** The plan, and the version asked for (read from its frozen rows, or from the JSON). */
export async function planAndVersion(path: string, versionId: string | undefined): Promise<{ plan: Plan; version: Version | null }> {
  const missing = (ids: string[]) =>
    new CliError(
      `Versionen "${versionId}" finns inte i planen; ${ids.length ? `planens versioner är: ${ids.join(', ')}` : 'planen har inga fastställda versioner'}.`,
    );
  if (isJsonPath(path)) {
    const { versions = [], ...plan } = readJsonPlan(path);
    if (versionId === undefined) return { plan, version: null };
    const version = versions.find((v) => v.id === versionId);
    if (!version) throw missing(versions.map((v) => v.id));
    return { plan, version };
  }
  return withCheckedCopy(path, (db) => {
    const plan = readPlan(db);
    if (versionId === undefined) return { plan, version: null };
    const info = listVersions(db);
    const v = info.find((x) => x.id === versionId);
    if (!v) throw missing(info.map((x) => x.id));
    return { plan, version: { ...v, plan: toPlanDocument(readVersionPlan(db, v.id)) } };
  });
}

export function yearOption(a: Args): number | undefined {
  if (a.values.year === undefined) return undefined;
  const year = Number(a.values.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw new CliError(`Året "${String(a.values.year)}" måste vara ett år mellan 1990 och 2100.`);
  return year;
}

export async function followUpCommand(a: Args, usage: string): Promise<void> {
  const [input] = a.positionals;
  if (!input) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  const year = yearOption(a);
  const versionId = typeof a.values.version === 'string' ? a.values.version : undefined;
  const scenarioId = typeof a.values.scenario === 'string' ? a.values.scenario : undefined;
  const { plan, version } = await planAndVersion(input, versionId);
  const choice = chooseReference(plan, version, scenarioId);
  if (!choice.ok) throw new CliError(choice.message);
  const result = followUp(plan, choice.reference, { year, currentYear: new Date().getFullYear() });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
