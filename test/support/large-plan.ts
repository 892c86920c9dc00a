// A deterministic generator of large, valid plans (DESIGN §4) for the store's tests and the
// bench: `largePlan(n, seed)` always returns the same plan for the same arguments. Every value
// is in range and every rule holds, and the plan is in the canonical form the store gives back
// (absent optional fields are left out, never `undefined`; `hidden` only when true), so that a
// JSON → .klimat → JSON round trip must give it back deep-equal.
//
// It covers what the store has to carry: every status, the ten default sectors plus a hidden
// user-added one, a sink with absolute (removal) effects, share effects on non-sink sectors,
// cost overrides, co-benefit scores and values, commitments, tags, financing sources and entries
// (some without an action), targets of every kind, a carbon budget, and the scenarios `decided`
// and `all` plus one with include/exclude lists and a delay.
import {
  ACTION_STATUSES,
  CO_BENEFIT_CATEGORIES,
  COMMITMENT_IDS,
  COMMITMENT_LEVELS,
  COST_BEARERS,
  DEFAULT_SECTOR_IDS,
  FINANCING_SOURCE_KINDS,
  FINANCING_STATUSES,
  SINK_SECTOR_ID,
  type CommitmentId,
} from '../../shared/domain/ids';
import type {
  Action,
  Baseline,
  CoBenefitScores,
  CostOverride,
  FinancingEntry,
  FinancingSource,
  Plan,
  PlanDocument,
  Scenario,
  Sector,
  Target,
} from '../../shared/domain/types';
import { PLAN_FORMAT, PLAN_FORMAT_VERSION } from '../../shared/domain/types';
import { SECTOR_LABELS } from '../../shared/i18n/labels';

export type Random = () => number;

/** mulberry32: small, fast and seedable; the same seed gives the same sequence everywhere. */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (r: Random, min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)];
const chance = (r: Random, p: number): boolean => r() < p;

/** `k` distinct items of `items`, in the order drawn. */
function some<T>(r: Random, items: readonly T[], k: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  for (let i = 0; i < k && pool.length; i++) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]);
  return out;
}

/** A UUID-shaped id (version-4 layout) from the PRNG, so ids are stable per seed. */
function uuid(r: Random): string {
  let hex = '';
  for (let i = 0; i < 32; i++) hex += Math.floor(r() * 16).toString(16);
  const v = (8 + Math.floor(r() * 4)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${v}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const START_YEAR = 2020;
export const END_YEAR = 2045;

const NON_SINK_SECTORS = DEFAULT_SECTOR_IDS.filter((id) => id !== SINK_SECTOR_ID);
const OWNERS = ['Tekniska nämnden', 'Byggnadsnämnden', 'Umeå Energi AB', 'Miljö- och hälsoskyddsnämnden', 'Fritidsnämnden', ''];
const TAGS = ['kollektivtrafik', 'energi', 'skog', 'cykel', 'laddinfrastruktur', 'upphandling', 'EU-finansierad', 'åtgärd "med citat"'];
const VERBS = ['Elektrifiering av', 'Energieffektivisering i', 'Utbyggnad av', 'Omställning av', 'Biokol för', 'Solceller på'];
const OBJECTS = ['stadsbussar', 'skolor', 'fjärrvärmenätet', 'arbetsmaskiner', 'kommunens fordon', 'våtmarker', 'äldreboenden'];

function sectors(r: Random): { list: Sector[]; extraId: string } {
  const extraId = uuid(r);
  const list: Sector[] = DEFAULT_SECTOR_IDS.map((id) => ({ id, name: SECTOR_LABELS[id].sv, isSink: id === SINK_SECTOR_ID }));
  // A user-added sector (its id a UUID) that the user has hidden: it still counts.
  list.push({ id: extraId, name: 'Egen sektor: Sjöfart', isSink: false, hidden: true });
  return { list, extraId };
}

function baselines(r: Random, list: Sector[]): Baseline[] {
  const years = [1990, 2005, 2010, 2015, 2019, 2021];
  return list.map((s) => {
    const level = int(r, 5_000, 200_000);
    return {
      sectorId: s.id,
      points: years.map((year, i) => {
        const tons = Math.round(level * (1.2 - i * 0.05) * 10) / 10;
        return { year, tonsCo2e: s.isSink ? -tons : tons };
      }),
      annualChange: int(r, -500, 100) / 10_000,
    };
  });
}

function targets(): Target[] {
  return [
    { id: 't2030', name: 'Halvering 2030', year: 2030, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 1990 },
    { id: 't2035', name: '70 % mot 2005', year: 2035, scope: 'gross', kind: 'reduction', reduction: 0.7, referenceTonsCo2e: 650_000 },
    { id: 't2040', name: 'Nettonoll 2040', year: 2040, scope: 'net', kind: 'netZero' },
    { id: 't2045', name: 'Högst 50 000 ton 2045', year: 2045, scope: 'gross', kind: 'absolute', tonsCo2e: 50_000 },
  ];
}

function sources(): FinancingSource[] {
  const ids = ['budget', 'klimatklivet', 'eu-ruralfonden', 'grona-lan', 'naringsliv', 'medborgarfond'];
  const names = ['Kommunens investeringsbudget', 'Klimatklivet', 'EU:s landsbygdsfond', 'Gröna lån', 'Näringslivet', 'Medborgarfonden'];
  return FINANCING_SOURCE_KINDS.map((kind, i) => ({ id: ids[i], name: names[i], kind }));
}

function costOverrides(r: Random, startYear: number, implementationYears: number): CostOverride[] {
  const years = some(
    r,
    Array.from({ length: implementationYears + 3 }, (_, i) => startYear + i).filter((y) => y <= END_YEAR),
    int(r, 1, 3),
  ).sort((a, b) => a - b);
  return years.map((year) => {
    const o: CostOverride = { year };
    if (chance(r, 0.7)) o.capexSek = int(r, 0, 50_000) * 1_000;
    if (chance(r, 0.4)) o.opexSek = int(r, 0, 5_000) * 1_000;
    if (chance(r, 0.3)) o.savingsSek = int(r, 0, 5_000) * 1_000;
    return o;
  });
}

function coBenefits(r: Random): CoBenefitScores {
  const out: CoBenefitScores = {};
  for (const c of some(r, CO_BENEFIT_CATEGORIES, int(r, 0, 4))) out[c] = int(r, -2, 2);
  return out;
}

function action(r: Random, i: number, extraSectorId: string): Action {
  const roll = r();
  // 8 % sink removals (always absolute), 30 % share of a non-sink sector, the rest absolute.
  const isSink = roll < 0.08;
  const share = !isSink && roll < 0.38;
  const sectorId = isSink ? SINK_SECTOR_ID : chance(r, 0.03) ? extraSectorId : pick(r, NON_SINK_SECTORS);
  const startYear = int(r, START_YEAR, 2040);
  const implementationYears = int(r, 1, 5);
  const a: Action = {
    id: uuid(r),
    code: `${sectorId.slice(0, 2).toUpperCase()}-${String(i + 1).padStart(5, '0')}`,
    name: `${pick(r, VERBS)} ${pick(r, OBJECTS)} ${i + 1}`,
    sectorId,
    owner: pick(r, OWNERS),
    costBearer: pick(r, COST_BEARERS),
    status: ACTION_STATUSES[i % ACTION_STATUSES.length],
    startYear,
    implementationYears,
    rampYears: int(r, 0, 5),
    effectKind: share ? 'share' : 'absolute',
    capexSek: int(r, 0, 500_000) * 1_000,
    opexSekPerYear: int(r, 0, 20_000) * 100,
    savingsSekPerYear: chance(r, 0.5) ? int(r, 0, 30_000) * 100 : 0,
    costOverrides: chance(r, 0.15) ? costOverrides(r, startYear, implementationYears) : [],
    coBenefits: coBenefits(r),
    coBenefitSekPerYear: chance(r, 0.2) ? int(r, 1, 10_000) * 1_000 : 0,
    commitments: some(r, COMMITMENT_IDS, int(r, 0, 3)) as CommitmentId[],
    tags: some(r, TAGS, int(r, 0, 3)),
    notes: chance(r, 0.3) ? `Anteckning ${i + 1}: beslut i KF, se ärende ${int(r, 100, 999)}/${int(r, 2020, 2025)}.` : '',
  };
  if (chance(r, 0.5)) a.description = `Beskrivning av åtgärd ${i + 1} – åäö ÅÄÖ é, "citat" och \\ snedstreck.`;
  if (share) a.effectShare = int(r, 1, 400) / 1_000;
  else a.effectTonsPerYear = int(r, 0, 200_000) / 10;
  if (chance(r, 0.6)) a.effectStartYear = Math.min(startYear + implementationYears, END_YEAR);
  if (chance(r, 0.3)) a.effectEndYear = int(r, (a.effectStartYear ?? startYear) + 1, 2060);
  if (chance(r, 0.7)) a.lifetimeYears = int(r, 5, 60);
  const u = uncertaintyOf(i);
  if (u) a.uncertainty = u;
  return orderLikeExport(a);
}

/**
 * Some of an action's own uncertainty (DESIGN §9), for about a quarter of the actions. From a
 * generator of its own, seeded by the action's index, so that the rest of the plan is what it
 * was before actions had uncertainty (tests and benches compare figures of these plans).
 */
function uncertaintyOf(i: number): Action['uncertainty'] {
  const r = prng(0x0c5a + i);
  if (!chance(r, 0.25)) return undefined;
  const u: NonNullable<Action['uncertainty']> = {};
  if (chance(r, 0.6)) u.effectLow = int(r, 30, 100) / 100;
  if (chance(r, 0.6)) u.effectHigh = 1 + int(r, 0, 40) / 20;
  if (chance(r, 0.4)) u.costLow = int(r, 50, 100) / 100;
  if (chance(r, 0.4)) u.costHigh = 1 + int(r, 0, 30) / 10;
  if (chance(r, 0.4)) u.delayMaxYears = int(r, 0, 5);
  if (chance(r, 0.5)) u.probability = int(r, 10, 100) / 100;
  return Object.keys(u).length ? u : { probability: 0.75 };
}

/** The action's keys in the order the store writes them, so a JSON diff by eye is quiet. */
function orderLikeExport(a: Action): Action {
  const order: (keyof Action)[] = [
    'id',
    'code',
    'name',
    'description',
    'sectorId',
    'owner',
    'costBearer',
    'status',
    'startYear',
    'implementationYears',
    'effectStartYear',
    'effectEndYear',
    'rampYears',
    'effectKind',
    'effectTonsPerYear',
    'effectShare',
    'lifetimeYears',
    'capexSek',
    'opexSekPerYear',
    'savingsSekPerYear',
    'costOverrides',
    'coBenefits',
    'coBenefitSekPerYear',
    'commitments',
    'tags',
    'notes',
    'uncertainty',
  ];
  const out: Record<string, unknown> = {};
  for (const k of order) if (a[k] !== undefined) out[k] = a[k];
  return out as unknown as Action;
}

function financing(r: Random, actions: Action[], src: FinancingSource[], count: number): FinancingEntry[] {
  const out: FinancingEntry[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      id: `f${i + 1}`,
      // One in five entries is money not tied to one action.
      actionId: actions.length && !chance(r, 0.2) ? pick(r, actions).id : null,
      sourceId: pick(r, src).id,
      year: int(r, START_YEAR, END_YEAR),
      amountSek: int(r, 1, 100_000) * 1_000,
      status: pick(r, FINANCING_STATUSES),
    });
  }
  return out;
}

function scenarios(r: Random, actions: Action[]): Scenario[] {
  const ideas = actions.filter((a) => a.status === 'idea');
  const decided = actions.filter((a) => a.status === 'decided');
  return [
    {
      id: 'decided',
      name: 'Beslutade åtgärder',
      includeStatuses: ['decided', 'ongoing', 'done'],
      include: [],
      exclude: [],
      delayYears: 0,
      effectFactor: 1,
      costFactor: 1,
    },
    {
      id: 'all',
      name: 'Alla åtgärder',
      includeStatuses: ACTION_STATUSES.filter((s) => s !== 'cancelled'),
      include: [],
      exclude: [],
      delayYears: 0,
      effectFactor: 1,
      costFactor: 1,
    },
    {
      id: 'forsenat',
      name: 'Beslutade och föreslagna, två års försening',
      includeStatuses: ['decided', 'ongoing', 'done', 'proposed'],
      include: some(r, ideas, Math.min(5, ideas.length)).map((a) => a.id),
      exclude: some(r, decided, Math.min(3, decided.length)).map((a) => a.id),
      delayYears: 2,
      effectFactor: 0.8,
      costFactor: 1.25,
    },
  ];
}

/** A valid plan of `n` actions (and about n/2 financing entries); the same for the same seed. */
export function largePlan(n: number, seed = 1): Plan {
  const r = prng(seed);
  const { list, extraId } = sectors(r);
  const baseline = baselines(r, list);
  const src = sources();
  const actions = Array.from({ length: n }, (_, i) => action(r, i, extraId));
  return {
    plan: {
      municipality: 'Umeå',
      municipalityCode: '2480',
      title: `Genererad plan med ${n} åtgärder (frö ${seed})`,
      startYear: START_YEAR,
      endYear: END_YEAR,
      priceBaseYear: 2025,
      discountRate: 0.035,
      carbonValueSekPerTon: 7000,
      moneyUnit: 'tkr',
    },
    sectors: list,
    baseline,
    targets: targets(),
    carbonBudget: { fromYear: 2022, tonsCo2e: 1_200_000, scope: 'net' },
    financingSources: src,
    actions,
    financing: financing(r, actions, src, Math.ceil(n / 2) + 3),
    commitments: some(r, COMMITMENT_IDS, 6).map((id) => ({ id, level: pick(r, COMMITMENT_LEVELS) })),
    scenarios: scenarios(r, actions),
    // The plan's own defaults for two statuses (the rest keep DESIGN §9's table).
    uncertaintyDefaults: { idea: { effectLow: 0.4, probability: 0.35 }, done: { delayMaxYears: 1 } },
  };
}

/** The plan as a `klimat-plan` JSON document (DESIGN §6). */
export function planDocument(plan: Plan): PlanDocument {
  return { format: PLAN_FORMAT, formatVersion: PLAN_FORMAT_VERSION, ...plan };
}
