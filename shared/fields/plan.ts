// The plan's own settings, its sectors, their baselines and the targets (DESIGN §4).
import { z } from 'zod';
import { MONEY_UNITS, TARGET_KINDS, TARGET_SCOPES } from '../domain/ids';
import { ROW_CAPS } from '../domain/ranges';
import { MONEY_UNIT_LABELS, SCOPE_LABELS, TARGET_KIND_LABELS } from '../i18n/labels';
import { entity } from './entity';
import { f, listSchema, objectSchema } from './field';

const municipalityCode = z
  .string({ error: (iss) => (iss.input === undefined ? 'Kommunkoden saknas.' : 'Kommunkoden måste vara fyra siffror.') })
  .regex(/^\d{4}$/, { error: 'Kommunkoden måste vara fyra siffror, t.ex. 2480.' });

export const planSettings = entity({
  table: 'plan',
  noun: { sv: 'Planen', en: 'The plan' },
  fields: {
    municipality: f.text({ label: ['Kommun', 'Municipality'], subject: ['Kommunens namn', 'The municipality'], column: 'municipality' }, { nonEmpty: true }),
    municipalityCode: f
      .text({ label: ['Kommunkod', 'Municipality code'], subject: ['Kommunkoden', 'The municipality code'], column: 'municipality_code' })
      .with({ zod: municipalityCode }),
    title: f.text({ label: ['Titel', 'Title'], subject: ['Titeln', 'The title'], column: 'title' }),
    startYear: f.year({ label: ['Startår', 'Start year'], subject: ['Startåret', 'The start year'], column: 'start_year' }),
    endYear: f.year({ label: ['Slutår', 'End year'], subject: ['Slutåret', 'The end year'], column: 'end_year' }),
    priceBaseYear: f.year({ label: ['Prisbasår', 'Price base year'], subject: ['Prisbasåret', 'The price base year'], column: 'price_base_year' }),
    discountRate: f.number(
      { label: ['Diskonteringsränta', 'Discount rate'], subject: ['Diskonteringsräntan', 'The discount rate'], column: 'discount_rate' },
      'discountRate',
      '%',
    ),
    carbonValueSekPerTon: f.number(
      { label: ['Koldioxidvärde', 'Carbon value'], subject: ['Koldioxidvärdet', 'The carbon value'], column: 'carbon_value_sek_per_ton' },
      'carbonValueSekPerTon',
      'kr/t',
    ),
    moneyUnit: f.oneOf(
      { label: ['Penningenhet', 'Money unit'], subject: ['Penningenheten', 'The money unit'], column: 'money_unit' },
      MONEY_UNITS,
      MONEY_UNIT_LABELS,
    ),
  },
});

export const sector = entity({
  table: 'sectors',
  noun: { sv: 'Sektorn', en: 'The sector' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id' }),
    name: f.text({ label: ['Namn', 'Name'], subject: ['Namnet', 'The name'], column: 'name' }, { nonEmpty: true }),
    isSink: f.bool({ label: ['Kolsänka', 'Carbon sink'], subject: ['Kolsänkemarkeringen', 'The sink flag'], column: 'is_sink' }),
    hidden: f.bool({ label: ['Dold', 'Hidden'], subject: ['Dolj-markeringen', 'The hidden flag'], column: 'hidden', default: false }).optional(),
  },
});

export const baselinePoint = entity({
  table: 'baseline_points',
  noun: { sv: 'Punkten', en: 'The point' },
  fields: {
    year: f.year({ label: ['År', 'Year'], subject: ['Året', 'The year'], column: 'year' }),
    tonsCo2e: f.number({ label: ['Utsläpp', 'Emissions'], subject: ['Utsläppet', 'The emissions'], column: 'tons_co2e' }, 'baselineTons', 't', 'tons'),
  },
});

const pointSchema = objectSchema('Punkterna', { year: baselinePoint.fields.year.zod, tonsCo2e: baselinePoint.fields.tonsCo2e.zod });

export const baseline = entity({
  table: 'baselines',
  noun: { sv: 'Basbanan', en: 'The baseline' },
  fields: {
    sectorId: f.id({ label: ['Sektor', 'Sector'], subject: ['Sektorn', 'The sector'], column: 'sector_id' }),
    points: f.list(
      { label: ['Punkter', 'Points'], subject: ['Punkterna', 'The points'] },
      listSchema('Punkterna', pointSchema, ROW_CAPS.baselinePointsPerSector),
    ),
    annualChange: f.number(
      { label: ['Årlig förändring', 'Annual change'], subject: ['Den årliga förändringen', 'The annual change'], column: 'annual_change', default: 0 },
      'annualChange',
      '%',
    ),
  },
});

export const target = entity({
  table: 'targets',
  noun: { sv: 'Målet', en: 'The target' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id' }),
    name: f.text({ label: ['Namn', 'Name'], subject: ['Namnet', 'The name'], column: 'name' }),
    year: f.year({ label: ['År', 'Year'], subject: ['Året', 'The year'], column: 'year' }),
    scope: f.oneOf({ label: ['Omfattning', 'Scope'], subject: ['Omfattningen', 'The scope'], column: 'scope', default: 'gross' }, TARGET_SCOPES, SCOPE_LABELS),
    kind: f.oneOf({ label: ['Typ', 'Kind'], subject: ['Typen', 'The kind'], column: 'kind' }, TARGET_KINDS, TARGET_KIND_LABELS),
    reduction: f.number({ label: ['Minskning', 'Reduction'], subject: ['Minskningen', 'The reduction'], column: 'reduction' }, 'reduction', '%').optional(),
    referenceYear: f.year({ label: ['Referensår', 'Reference year'], subject: ['Referensåret', 'The reference year'], column: 'reference_year' }).optional(),
    referenceTonsCo2e: f
      .number(
        { label: ['Referensutsläpp', 'Reference emissions'], subject: ['Referensutsläppet', 'The reference emissions'], column: 'reference_tons_co2e' },
        'targetTons',
        't',
      )
      .optional(),
    tonsCo2e: f.number({ label: ['Målnivå', 'Target level'], subject: ['Målnivån', 'The target level'], column: 'tons_co2e' }, 'targetTons', 't').optional(),
  },
});

export const carbonBudget = entity({
  table: 'carbon_budget',
  noun: { sv: 'Koldioxidbudgeten', en: 'The carbon budget' },
  fields: {
    fromYear: f.year({ label: ['Startår', 'Start year'], subject: ['Startåret för budgeten', 'The budget start year'], column: 'from_year' }),
    tonsCo2e: f.number({ label: ['Budget', 'Budget'], subject: ['Budgeten', 'The budget'], column: 'tons_co2e' }, 'targetTons', 't'),
    scope: f.oneOf({ label: ['Omfattning', 'Scope'], subject: ['Omfattningen', 'The scope'], column: 'scope', default: 'net' }, TARGET_SCOPES, SCOPE_LABELS),
  },
});
