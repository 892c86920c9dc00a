// The fixed ids of DESIGN §4. The JSON format, the store and the engine all use these; labels
// for people come from the i18n table, never from here.

export const DEFAULT_SECTOR_IDS = [
  'transport',
  'electricityHeat',
  'industry',
  'machinery',
  'heating',
  'agriculture',
  'waste',
  'productUse',
  'internationalTransport',
  'sinks',
] as const;
export type DefaultSectorId = (typeof DEFAULT_SECTOR_IDS)[number];
/** The one default sector that is a sink (removals, negative values). */
export const SINK_SECTOR_ID: DefaultSectorId = 'sinks';

export const ACTION_STATUSES = ['idea', 'proposed', 'decided', 'ongoing', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The statuses that carry uncertainty defaults (DESIGN §9); a cancelled action has none. */
export const UNCERTAINTY_STATUSES = ['idea', 'proposed', 'decided', 'ongoing', 'done'] as const;
export type UncertaintyStatus = (typeof UNCERTAINTY_STATUSES)[number];

export const COST_BEARERS = ['municipality', 'municipalCompany', 'business', 'households', 'state'] as const;
export type CostBearer = (typeof COST_BEARERS)[number];

export const FINANCING_SOURCE_KINDS = ['municipalBudget', 'stateGrant', 'euFund', 'loan', 'private', 'citizen'] as const;
export type FinancingSourceKind = (typeof FINANCING_SOURCE_KINDS)[number];

export const FINANCING_STATUSES = ['secured', 'applied', 'potential'] as const;
export type FinancingStatus = (typeof FINANCING_STATUSES)[number];

/** In the order of the joint-commitments document (1–10). */
export const COMMITMENT_IDS = [
  'governance',
  'climateAccounting',
  'digitalisation',
  'finance',
  'justTransition',
  'procurement',
  'carbonSinks',
  'resilience',
  'citizenEngagement',
  'communication',
] as const;
export type CommitmentId = (typeof COMMITMENT_IDS)[number];

export const COMMITMENT_LEVELS = ['initiate', 'establish', 'transform'] as const;
export type CommitmentLevel = (typeof COMMITMENT_LEVELS)[number];

export const CO_BENEFIT_CATEGORIES = [
  'health',
  'airQuality',
  'noise',
  'equity',
  'jobs',
  'biodiversity',
  'resilience',
  'energySecurity',
  'accessibility',
] as const;
export type CoBenefitCategory = (typeof CO_BENEFIT_CATEGORIES)[number];

export const TARGET_SCOPES = ['gross', 'net'] as const;
export type TargetScope = (typeof TARGET_SCOPES)[number];

export const TARGET_KINDS = ['reduction', 'absolute', 'netZero'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const EFFECT_KINDS = ['absolute', 'share'] as const;
export type EffectKind = (typeof EFFECT_KINDS)[number];

export const MONEY_UNITS = ['kr', 'tkr', 'mnkr'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** Kronor per display unit. */
export const MONEY_UNIT_FACTOR: Record<MoneyUnit, number> = { kr: 1, tkr: 1_000, mnkr: 1_000_000 };

/**
 * Ids of rows a plan may carry: the app makes UUIDs, an imported plan may bring any id of
 * 1–64 characters from this set, and the app keeps it unchanged.
 */
export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** How far the municipality has come with a joint commitment it chose a level for (DESIGN §8). */
export const COMMITMENT_PROGRESS = ['notStarted', 'ongoing', 'done'] as const;
export type CommitmentProgress = (typeof COMMITMENT_PROGRESS)[number];
