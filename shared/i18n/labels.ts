// Labels of the fixed ids of DESIGN §4, in Swedish and English. The UI, the council report and
// the Excel export all name things from here.
import type {
  ActionStatus,
  CoBenefitCategory,
  CommitmentId,
  CommitmentLevel,
  CommitmentProgress,
  CostBearer,
  DefaultSectorId,
  EffectKind,
  FinancingSourceKind,
  FinancingStatus,
  MoneyUnit,
  TargetKind,
  TargetScope,
} from '../domain/ids';
import type { Locale } from '../format/number';

type Labels<K extends string> = Record<K, { sv: string; en: string }>;

export const SECTOR_LABELS: Labels<DefaultSectorId> = {
  transport: { sv: 'Transporter', en: 'Transport' },
  electricityHeat: { sv: 'El och fjärrvärme', en: 'Electricity and district heating' },
  industry: { sv: 'Industri (energi + processer)', en: 'Industry (energy + processes)' },
  machinery: { sv: 'Arbetsmaskiner', en: 'Off-road machinery' },
  heating: { sv: 'Egen uppvärmning av bostäder och lokaler', en: 'Own heating of homes and premises' },
  agriculture: { sv: 'Jordbruk', en: 'Agriculture' },
  waste: { sv: 'Avfall (inkl. avlopp)', en: 'Waste (incl. sewage)' },
  productUse: { sv: 'Produktanvändning (inkl. lösningsmedel)', en: 'Product use (incl. solvents)' },
  internationalTransport: { sv: 'Utrikes transporter', en: 'International transport' },
  sinks: { sv: 'Kolsänkor', en: 'Carbon sinks' },
};

export const STATUS_LABELS: Labels<ActionStatus> = {
  idea: { sv: 'Idé', en: 'Idea' },
  proposed: { sv: 'Föreslagen', en: 'Proposed' },
  decided: { sv: 'Beslutad', en: 'Decided' },
  ongoing: { sv: 'Pågående', en: 'Ongoing' },
  done: { sv: 'Genomförd', en: 'Done' },
  cancelled: { sv: 'Avbruten', en: 'Cancelled' },
};

export const COST_BEARER_LABELS: Labels<CostBearer> = {
  municipality: { sv: 'Kommunen', en: 'The municipality' },
  municipalCompany: { sv: 'Kommunala bolag', en: 'Municipal companies' },
  business: { sv: 'Näringsliv', en: 'Business' },
  households: { sv: 'Hushåll', en: 'Households' },
  state: { sv: 'Staten/regionen', en: 'State/region' },
};

export const SOURCE_KIND_LABELS: Labels<FinancingSourceKind> = {
  municipalBudget: { sv: 'Kommunal budget', en: 'Municipal budget' },
  stateGrant: { sv: 'Statligt bidrag', en: 'State grant' },
  euFund: { sv: 'EU-medel', en: 'EU fund' },
  loan: { sv: 'Lån', en: 'Loan' },
  private: { sv: 'Privat', en: 'Private' },
  citizen: { sv: 'Medborgare', en: 'Citizens' },
};

export const FINANCING_STATUS_LABELS: Labels<FinancingStatus> = {
  secured: { sv: 'Säkrad', en: 'Secured' },
  applied: { sv: 'Sökt', en: 'Applied for' },
  potential: { sv: 'Möjlig', en: 'Potential' },
};

/** The ten joint commitments of Klimatkontrakt 2030, in the document's order. */
export const COMMITMENT_LABELS: Labels<CommitmentId> = {
  governance: { sv: 'Förstärkt styrning och ledning', en: 'Stronger governance and leadership' },
  climateAccounting: { sv: 'Klimatberäkningar', en: 'Climate accounting' },
  digitalisation: { sv: 'Digitalisering', en: 'Digitalisation' },
  finance: { sv: 'Finansiering och investering', en: 'Finance and investment' },
  justTransition: { sv: 'Rättvis omställning', en: 'Just transition' },
  procurement: { sv: 'Upphandling', en: 'Procurement' },
  carbonSinks: { sv: 'Kolinlagring och levande jordar', en: 'Carbon sinks and living soils' },
  resilience: { sv: 'Resilient omställning', en: 'Resilient transition' },
  citizenEngagement: { sv: 'Medborgarengagemang och delaktighet', en: 'Citizen engagement and participation' },
  communication: { sv: 'Kommunikation', en: 'Communication' },
};

export const LEVEL_LABELS: Labels<CommitmentLevel> = {
  initiate: { sv: 'Initiera', en: 'Initiate' },
  establish: { sv: 'Etablera', en: 'Establish' },
  transform: { sv: 'Transformera', en: 'Transform' },
};

export const PROGRESS_LABELS: Labels<CommitmentProgress> = {
  notStarted: { sv: 'Ej påbörjad', en: 'Not started' },
  ongoing: { sv: 'Pågår', en: 'Ongoing' },
  done: { sv: 'Genomförd', en: 'Done' },
};

export const CO_BENEFIT_LABELS: Labels<CoBenefitCategory> = {
  health: { sv: 'Hälsa', en: 'Health' },
  airQuality: { sv: 'Luftkvalitet', en: 'Air quality' },
  noise: { sv: 'Buller', en: 'Noise' },
  equity: { sv: 'Jämlikhet', en: 'Equity' },
  jobs: { sv: 'Arbetstillfällen', en: 'Jobs' },
  biodiversity: { sv: 'Biologisk mångfald', en: 'Biodiversity' },
  resilience: { sv: 'Motståndskraft', en: 'Resilience' },
  energySecurity: { sv: 'Energisäkerhet', en: 'Energy security' },
  accessibility: { sv: 'Tillgänglighet', en: 'Accessibility' },
};

export const SCOPE_LABELS: Labels<TargetScope> = {
  gross: { sv: 'Brutto (utan kolsänkor)', en: 'Gross (without sinks)' },
  net: { sv: 'Netto (med kolsänkor)', en: 'Net (with sinks)' },
};

export const TARGET_KIND_LABELS: Labels<TargetKind> = {
  reduction: { sv: 'Minskning', en: 'Reduction' },
  absolute: { sv: 'Absolut nivå', en: 'Absolute level' },
  netZero: { sv: 'Nettonoll', en: 'Net zero' },
};

export const EFFECT_KIND_LABELS: Labels<EffectKind> = {
  absolute: { sv: 'Ton per år', en: 'Tonnes per year' },
  share: { sv: 'Andel av sektorn', en: 'Share of the sector' },
};

export const MONEY_UNIT_LABELS: Labels<MoneyUnit> = {
  kr: { sv: 'kr', en: 'SEK' },
  tkr: { sv: 'tkr', en: 'kSEK' },
  mnkr: { sv: 'mnkr', en: 'MSEK' },
};

export function labelOf<K extends string>(table: Labels<K>, key: K, locale: Locale = 'sv'): string {
  return table[key]?.[locale] ?? key;
}
