// Plans of different municipalities for the roll-up's tests and bench: the sample plan (Umeå)
// under another kommunkod and name, with its own axis and its emissions and money scaled, so
// that no two plans add up alike.
import type { Plan } from '../../shared/domain/types';
import { MUNICIPALITIES } from '../../shared/reference/municipalities';
import { populationOf } from '../../shared/reference/population';

const UMEA = populationOf('2480')!;

/** Västerbotten's municipalities first (a län's roll-up), then the rest of the country. */
export const REGION_CODES: string[] = [
  ...MUNICIPALITIES.filter((m) => m.code.startsWith('24')).map((m) => m.code),
  ...MUNICIPALITIES.filter((m) => !m.code.startsWith('24')).map((m) => m.code),
];

export interface Variant {
  code: string;
  startYear?: number;
  endYear?: number;
  /** Multiplies baseline tonnes, action effects and every amount of money. */
  scale?: number;
  title?: string;
}

const scaled = (n: number, f: number): number => Math.round(n * f);

/**
 * The `i`-th variant of a region: a municipality of its own, an axis that varies, and the sample
 * (Umeå) scaled to the municipality's population and then by 0.7–1.3, so that emissions per
 * inhabitant differ but stay plausible.
 */
export function variantOf(i: number): Required<Omit<Variant, 'title'>> {
  const code = REGION_CODES[i % REGION_CODES.length];
  const people = (populationOf(code) ?? UMEA) / UMEA;
  return { code, startYear: 2018 + (i % 5), endYear: 2040 + ((i * 3) % 11), scale: people * (0.7 + ((i * 7) % 10) / 15) };
}

export function regionPlan(base: Plan, v: Variant): Plan {
  const m = MUNICIPALITIES.find((x) => x.code === v.code);
  if (!m) throw new Error(`no municipality ${v.code}`);
  const f = v.scale ?? 1;
  const plan = structuredClone(base);
  plan.plan = {
    ...plan.plan,
    municipality: m.name,
    municipalityCode: m.code,
    title: v.title ?? `Klimatinvesteringsplan ${m.name}`,
    startYear: v.startYear ?? plan.plan.startYear,
    endYear: v.endYear ?? plan.plan.endYear,
  };
  for (const b of plan.baseline) for (const p of b.points) p.tonsCo2e = scaled(p.tonsCo2e, f);
  for (const a of plan.actions) {
    if (a.effectTonsPerYear !== undefined) a.effectTonsPerYear = scaled(a.effectTonsPerYear, f);
    a.capexSek = scaled(a.capexSek, f);
    a.opexSekPerYear = scaled(a.opexSekPerYear, f);
    a.savingsSekPerYear = scaled(a.savingsSekPerYear, f);
    for (const o of a.costOverrides) {
      if (o.capexSek !== undefined) o.capexSek = scaled(o.capexSek, f);
      if (o.opexSek !== undefined) o.opexSek = scaled(o.opexSek, f);
      if (o.savingsSek !== undefined) o.savingsSek = scaled(o.savingsSek, f);
    }
  }
  for (const e of plan.financing) e.amountSek = scaled(e.amountSek, f);
  for (const t of plan.targets) {
    if (t.referenceTonsCo2e !== undefined) t.referenceTonsCo2e = scaled(t.referenceTonsCo2e, f);
    if (t.tonsCo2e !== undefined) t.tonsCo2e = scaled(t.tonsCo2e, f);
  }
  if (plan.carbonBudget) plan.carbonBudget.tonsCo2e = scaled(plan.carbonBudget.tonsCo2e, f);
  return plan;
}
