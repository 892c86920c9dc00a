// fast-check arbitraries for valid plans (DESIGN §4 ranges and consistency rules, defaults
// applied). Reusable by any test that needs "some valid plan": `planArbitrary()` makes the
// whole snapshot, the smaller arbitraries its parts.
import fc from 'fast-check';
import { ACTION_STATUSES, FINANCING_SOURCE_KINDS, FINANCING_STATUSES } from '../../../shared/domain/ids';
import type {
  Action,
  Baseline,
  CarbonBudget,
  CommitmentChoice,
  CostOverride,
  FinancingEntry,
  FinancingSource,
  Plan,
  PlanSettings,
  Scenario,
  Sector,
  Target,
} from '../../../shared/domain/types';

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

export interface PlanArbitraryOptions {
  /** Most actions a plan gets (default 12). */
  maxActions?: number;
  /** Longest time axis in years (default the whole 1990–2100 range). */
  maxAxisYears?: number;
}

export const yearArb = (min = MIN_YEAR, max = MAX_YEAR) => fc.integer({ min, max });
/**
 * A finite double in [min, max]: half any double (extremes and subnormals included), half a
 * round value on a grid of a thousand steps, so that plans also look like real ones.
 */
export const realArb = (min: number, max: number) =>
  fc.oneof(
    fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: 0, max: 1000 }).map((k) => min + ((max - min) * k) / 1000),
  );
/** Whole kronor, 0–10¹³. */
export const kronorArb = () => realArb(0, 1e13).map(Math.round);

/** Drops the keys whose value is undefined, as a plan read from JSON has them absent. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function settingsArb(maxAxisYears = MAX_YEAR - MIN_YEAR + 1): fc.Arbitrary<PlanSettings> {
  return yearArb(MIN_YEAR, MAX_YEAR - 1)
    .chain((startYear) => fc.tuple(fc.constant(startYear), yearArb(startYear + 1, Math.min(MAX_YEAR, startYear + maxAxisYears - 1))))
    .chain(([startYear, endYear]) =>
      fc.record({
        municipality: fc.constant('Umeå'),
        municipalityCode: fc.constant('2480'),
        title: fc.constant('Klimatinvesteringsplan'),
        startYear: fc.constant(startYear),
        endYear: fc.constant(endYear),
        priceBaseYear: yearArb(),
        discountRate: realArb(0, 0.2),
        carbonValueSekPerTon: realArb(0, 1e6),
        moneyUnit: fc.constantFrom('kr' as const, 'tkr' as const, 'mnkr' as const),
      }),
    );
}

// Ids include "__proto__" and "constructor": valid per the id pattern, and a trap for engines
// that build records by plain assignment.
const SECTOR_IDS = ['transport', 'electricityHeat', 'industry', 'heating', 'agriculture', '__proto__', 'u-1'];
const SINK_IDS = ['sinks', 'wetlands'];

export function sectorsArb(): fc.Arbitrary<Sector[]> {
  const sector = (isSink: boolean) => (id: string) => fc.boolean().map((hidden): Sector => compact({ id, name: id, isSink, hidden: hidden || undefined }));
  return fc
    .tuple(fc.subarray(SECTOR_IDS, { minLength: 1 }), fc.subarray(SINK_IDS))
    .chain(([ordinary, sinks]) => fc.tuple(...ordinary.map(sector(false)), ...sinks.map(sector(true))));
}

export function baselineArb(sector: Sector): fc.Arbitrary<Baseline> {
  const tons = sector.isSink ? realArb(-1e9, 0) : realArb(0, 1e9);
  return fc.record({
    sectorId: fc.constant(sector.id),
    points: fc.uniqueArray(fc.record({ year: yearArb(), tonsCo2e: tons }), { selector: (p) => p.year, maxLength: 4 }),
    annualChange: realArb(-1, 1),
  });
}

export function targetArb(id: string): fc.Arbitrary<Target> {
  const common = { id: fc.constant(id), name: fc.constant(id), year: yearArb(), scope: fc.constantFrom('gross' as const, 'net' as const) };
  const reduction = fc
    .record({
      ...common,
      kind: fc.constant('reduction' as const),
      reduction: realArb(0, 1),
      referenceYear: fc.option(yearArb(), { nil: undefined }),
      referenceTonsCo2e: fc.option(realArb(0, 1e10), { nil: undefined }),
    })
    .map((t) => compact(t.referenceYear === undefined && t.referenceTonsCo2e === undefined ? { ...t, referenceYear: MIN_YEAR } : t));
  const absolute = fc.record({ ...common, kind: fc.constant('absolute' as const), tonsCo2e: realArb(0, 1e10) });
  const netZero = fc.record({ ...common, kind: fc.constant('netZero' as const) });
  return fc.oneof(reduction, absolute, netZero);
}

export function carbonBudgetArb(): fc.Arbitrary<CarbonBudget> {
  return fc.record({ fromYear: yearArb(), tonsCo2e: realArb(0, 1e10), scope: fc.constantFrom('gross' as const, 'net' as const) });
}

function costOverridesArb(): fc.Arbitrary<CostOverride[]> {
  const override = fc
    .record({
      year: yearArb(),
      capexSek: fc.option(kronorArb(), { nil: undefined }),
      opexSek: fc.option(kronorArb(), { nil: undefined }),
      savingsSek: fc.option(kronorArb(), { nil: undefined }),
    })
    .map(compact);
  return fc.uniqueArray(override, { selector: (o) => o.year, maxLength: 3 });
}

/** The effect fields: a sink states removals in tonnes; other sectors may use a share. */
function effectArb(sector: Sector) {
  const absolute = fc.record({ effectKind: fc.constant('absolute' as const), effectTonsPerYear: realArb(0, 1e9) });
  const share = fc.record({ effectKind: fc.constant('share' as const), effectShare: realArb(0, 1) });
  return sector.isSink ? absolute : fc.oneof(absolute, share);
}

/** effectEndYear ≥ effectStartYear when both are set; either may be absent. */
function effectYearsArb() {
  return fc.option(yearArb(), { nil: undefined }).chain((effectStartYear) =>
    fc.record({
      effectStartYear: fc.constant(effectStartYear),
      effectEndYear: fc.option(yearArb(effectStartYear ?? MIN_YEAR), { nil: undefined }),
    }),
  );
}

export function actionArb(id: string, sectors: readonly Sector[]): fc.Arbitrary<Action> {
  return fc.constantFrom(...sectors).chain((sector) =>
    fc
      .record({
        id: fc.constant(id),
        code: fc.constant(id.toUpperCase()),
        name: fc.constant(`Åtgärd ${id}`),
        sectorId: fc.constant(sector.id),
        owner: fc.constant('Tekniska nämnden'),
        costBearer: fc.constantFrom('municipality' as const, 'business' as const, 'households' as const),
        status: fc.constantFrom(...ACTION_STATUSES),
        startYear: yearArb(),
        implementationYears: fc.integer({ min: 1, max: 50 }),
        rampYears: fc.integer({ min: 0, max: 50 }),
        lifetimeYears: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        capexSek: kronorArb(),
        opexSekPerYear: kronorArb(),
        savingsSekPerYear: kronorArb(),
        costOverrides: costOverridesArb(),
        coBenefitSekPerYear: kronorArb(),
        effect: effectArb(sector),
        effectYears: effectYearsArb(),
      })
      .map(({ effect, effectYears, ...rest }) => compact({ ...rest, ...effect, ...effectYears, coBenefits: {}, commitments: [], tags: [], notes: '' })),
  );
}

export function scenarioArb(id: string, actionIds: readonly string[]): fc.Arbitrary<Scenario> {
  return fc.record({
    id: fc.constant(id),
    name: fc.constant(id),
    includeStatuses: fc.subarray([...ACTION_STATUSES]),
    include: fc.subarray([...actionIds]),
    exclude: fc.subarray([...actionIds]),
    delayYears: fc.integer({ min: 0, max: 20 }),
    effectFactor: realArb(0, 10),
    costFactor: realArb(0, 10),
  });
}

function financingSourcesArb(): fc.Arbitrary<FinancingSource[]> {
  return fc
    .subarray(['klimatklivet', 'budget', 'constructor', 'eu'])
    .chain((ids) => fc.tuple(...ids.map((id) => fc.constantFrom(...FINANCING_SOURCE_KINDS).map((kind) => ({ id, name: id, kind })))));
}

function financingArb(sources: readonly FinancingSource[], actionIds: readonly string[]): fc.Arbitrary<FinancingEntry[]> {
  if (sources.length === 0) return fc.constant([]);
  const entry = fc.record({
    actionId: fc.constantFrom(null, ...actionIds),
    sourceId: fc.constantFrom(...sources.map((s) => s.id)),
    year: yearArb(),
    amountSek: kronorArb(),
    status: fc.constantFrom(...FINANCING_STATUSES),
  });
  return fc.array(entry, { maxLength: 6 }).map((entries) => entries.map((e, i) => ({ id: `f${i}`, ...e })));
}

const idsOf = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** A whole valid plan snapshot with at least one scenario. */
export function planArb(options: PlanArbitraryOptions = {}): fc.Arbitrary<Plan> {
  const maxActions = options.maxActions ?? 12;
  return fc
    .record({
      plan: settingsArb(options.maxAxisYears),
      sectors: sectorsArb(),
      actionCount: fc.integer({ min: 0, max: maxActions }),
      targetCount: fc.integer({ min: 0, max: 3 }),
      scenarioCount: fc.integer({ min: 1, max: 3 }),
      financingSources: financingSourcesArb(),
    })
    .chain(({ plan, sectors, actionCount, targetCount, scenarioCount, financingSources }) => {
      const actionIds = idsOf('a', actionCount);
      return fc
        .record({
          plan: fc.constant(plan),
          sectors: fc.constant(sectors),
          baseline: fc.subarray(sectors).chain((withBaseline) => fc.tuple(...withBaseline.map(baselineArb))),
          targets: fc.tuple(...idsOf('t', targetCount).map(targetArb)),
          carbonBudget: fc.option(carbonBudgetArb(), { nil: undefined }),
          financingSources: fc.constant(financingSources),
          actions: fc.tuple(...actionIds.map((id) => actionArb(id, sectors))),
          financing: financingArb(financingSources, actionIds),
          commitments: fc.constant<CommitmentChoice[]>([]),
          scenarios: fc.tuple(...idsOf('s', scenarioCount).map((id) => scenarioArb(id, actionIds))),
        })
        .map((p): Plan => compact(p));
    });
}
