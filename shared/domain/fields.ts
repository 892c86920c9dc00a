// Every editable field's name for people and its range: the messages that refuse a value
// (in the JSON import, the API and the grid cell alike) are built from this one table.
import type { RangeKey } from './ranges';

export type FieldUnit = 'kr' | 'kr/år' | 't' | 't/år' | 'kr/t' | 'år' | '%' | '';

export interface FieldSpec {
  /** Swedish label in the definite form, as it starts a sentence: "Kapitalkostnaden". */
  sv: string;
  en: string;
  range?: RangeKey;
  unit?: FieldUnit;
}

const f = (sv: string, en: string, range?: RangeKey, unit: FieldUnit = ''): FieldSpec => ({ sv, en, range, unit });

export const FIELDS = {
  id: f('Id:t', 'The id'),
  name: f('Namnet', 'The name'),
  code: f('Koden', 'The code'),
  description: f('Beskrivningen', 'The description'),
  notes: f('Anteckningarna', 'The notes'),
  owner: f('Ansvarig nämnd eller bolag', 'The owner'),
  municipality: f('Kommunens namn', 'The municipality'),
  municipalityCode: f('Kommunkoden', 'The municipality code'),
  title: f('Titeln', 'The title'),
  year: f('Året', 'The year', 'year', 'år'),
  startYear: f('Startåret', 'The start year', 'year', 'år'),
  endYear: f('Slutåret', 'The end year', 'year', 'år'),
  priceBaseYear: f('Prisbasåret', 'The price base year', 'year', 'år'),
  referenceYear: f('Referensåret', 'The reference year', 'year', 'år'),
  fromYear: f('Startåret för budgeten', 'The budget start year', 'year', 'år'),
  effectStartYear: f('Effektens startår', 'The effect start year', 'year', 'år'),
  effectEndYear: f('Effektens slutår', 'The effect end year', 'year', 'år'),
  discountRate: f('Diskonteringsräntan', 'The discount rate', 'discountRate', '%'),
  carbonValueSekPerTon: f('Koldioxidvärdet', 'The carbon value', 'carbonValueSekPerTon', 'kr/t'),
  moneyUnit: f('Penningenheten', 'The money unit'),
  isSink: f('Kolsänkemarkeringen', 'The sink flag'),
  hidden: f('Dolj-markeringen', 'The hidden flag'),
  sectorId: f('Sektorn', 'The sector'),
  annualChange: f('Den årliga förändringen', 'The annual change', 'annualChange', '%'),
  tonsCo2e: f('Utsläppet', 'The emissions', 'targetTons', 't'),
  baselineTonsCo2e: f('Utsläppet', 'The emissions', 'baselineTons', 't'),
  referenceTonsCo2e: f('Referensutsläppet', 'The reference emissions', 'targetTons', 't'),
  scope: f('Omfattningen', 'The scope'),
  kind: f('Typen', 'The kind'),
  reduction: f('Minskningen', 'The reduction', 'reduction', '%'),
  costBearer: f('Kostnadsbäraren', 'The cost bearer'),
  status: f('Statusen', 'The status'),
  implementationYears: f('Genomförandetiden', 'The implementation time', 'implementationYears', 'år'),
  rampYears: f('Upptrappningstiden', 'The ramp-up time', 'rampYears', 'år'),
  lifetimeYears: f('Livslängden', 'The lifetime', 'lifetimeYears', 'år'),
  effectKind: f('Effekttypen', 'The effect kind'),
  effectTonsPerYear: f('Effekten', 'The effect', 'effectTonsPerYear', 't/år'),
  effectShare: f('Effektandelen', 'The effect share', 'effectShare', '%'),
  capexSek: f('Kapitalkostnaden', 'The capital cost', 'moneySek', 'kr'),
  opexSekPerYear: f('Driftkostnaden', 'The operating cost', 'moneySek', 'kr/år'),
  savingsSekPerYear: f('Besparingen', 'The savings', 'moneySek', 'kr/år'),
  opexSek: f('Driftkostnaden', 'The operating cost', 'moneySek', 'kr'),
  savingsSek: f('Besparingen', 'The savings', 'moneySek', 'kr'),
  coBenefitSekPerYear: f('Värdet av multipla nyttor', 'The co-benefit value', 'moneySek', 'kr/år'),
  coBenefitScore: f('Poängen för multipla nyttor', 'The co-benefit score', 'coBenefitScore'),
  amountSek: f('Beloppet', 'The amount', 'moneySek', 'kr'),
  sourceId: f('Finansieringskällan', 'The financing source'),
  actionId: f('Åtgärden', 'The action'),
  level: f('Nivån', 'The level'),
  commitments: f('Åtagandena', 'The commitments'),
  tags: f('Taggarna', 'The tags'),
  includeStatuses: f('De inkluderade statusarna', 'The included statuses'),
  include: f('De inkluderade åtgärderna', 'The included actions'),
  exclude: f('De exkluderade åtgärderna', 'The excluded actions'),
  delayYears: f('Förseningen', 'The delay', 'delayYears', 'år'),
  effectFactor: f('Effektfaktorn', 'The effect factor', 'factor'),
  costFactor: f('Kostnadsfaktorn', 'The cost factor', 'factor'),
  points: f('Punkterna', 'The points'),
  coBenefits: f('De multipla nyttorna', 'The co-benefits'),
  costOverrides: f('De justerade kostnaderna', 'The cost overrides'),
  uncertainty: f('Osäkerheten', 'The uncertainty'),
  uncertaintyDefaults: f('Osäkerhetens standardvärden', 'The uncertainty defaults'),
  effectLow: f('Effektens lägsta faktor', 'The lowest effect factor', 'uncertaintyLow'),
  effectHigh: f('Effektens högsta faktor', 'The highest effect factor', 'uncertaintyHigh'),
  costLow: f('Kostnadens lägsta faktor', 'The lowest cost factor', 'uncertaintyLow'),
  costHigh: f('Kostnadens högsta faktor', 'The highest cost factor', 'uncertaintyHigh'),
  delayMaxYears: f('Den största extra förseningen', 'The largest extra delay', 'delayYears', 'år'),
  probability: f('Sannolikheten', 'The probability', 'probability', '%'),
} as const satisfies Record<string, FieldSpec>;

export type FieldKey = keyof typeof FIELDS;
