// The action (DESIGN §4) and the rows hanging on it: every field once, in the order of §6.
import { z } from 'zod';
import { ACTION_STATUSES, CO_BENEFIT_CATEGORIES, COMMITMENT_IDS, COST_BEARERS, DEFAULT_SECTOR_IDS, EFFECT_KINDS, type CoBenefitCategory } from '../domain/ids';
import { ROW_CAPS } from '../domain/ranges';
import { CO_BENEFIT_LABELS, COMMITMENT_LABELS, COST_BEARER_LABELS, EFFECT_KIND_LABELS, STATUS_LABELS } from '../i18n/labels';
import { entity } from './entity';
import { f, listSchema, objectSchema } from './field';
import { actionUncertainty } from './uncertainty';

/** A year in which an action's computed cost is replaced (only the components it names). */
export const costOverride = entity({
  table: 'cost_overrides',
  noun: { sv: 'Kostnadsjusteringen', en: 'The cost override' },
  fields: {
    year: f.year({ label: ['År', 'Year'], subject: ['Året', 'The year'], column: 'year', width: 8 }),
    capexSek: f.money({ label: ['Investering', 'Investment'], subject: ['Investeringen', 'The investment'], column: 'capex_sek' }).optional(),
    opexSek: f.money({ label: ['Driftkostnad', 'Operating cost'], subject: ['Driftkostnaden', 'The operating cost'], column: 'opex_sek' }).optional(),
    savingsSek: f.money({ label: ['Besparing', 'Savings'], subject: ['Besparingen', 'The savings'], column: 'savings_sek' }).optional(),
  },
});

/** One co-benefit score of an action (a row of co_benefit_scores). */
export const coBenefitScore = entity({
  table: 'co_benefit_scores',
  noun: { sv: 'Poängen', en: 'The score' },
  fields: {
    category: f.oneOf({ label: ['Nytta', 'Co-benefit'], subject: ['Nyttan', 'The co-benefit'], column: 'category' }, CO_BENEFIT_CATEGORIES, CO_BENEFIT_LABELS),
    score: f.number(
      {
        label: ['Poäng för multipla nyttor', 'Co-benefit score'],
        subject: ['Poängen för multipla nyttor', 'The co-benefit score'],
        column: 'score',
        width: 12,
      },
      'coBenefitScore',
      '',
      'score',
    ),
  },
});

/** A joint commitment the action serves (a row of action_commitments). */
export const actionCommitment = entity({
  table: 'action_commitments',
  noun: { sv: 'Åtagandet', en: 'The commitment' },
  fields: {
    commitmentId: f.oneOf(
      { label: ['Åtagande', 'Commitment'], subject: ['Åtagandet', 'The commitment'], column: 'commitment_id' },
      COMMITMENT_IDS,
      COMMITMENT_LABELS,
    ),
  },
});

/** A free tag of an action (a row of action_tags). */
export const actionTag = entity({
  table: 'action_tags',
  noun: { sv: 'Taggen', en: 'The tag' },
  fields: { tag: f.text({ label: ['Tagg', 'Tag'], subject: ['Taggen', 'The tag'], column: 'tag' }, { nonEmpty: true }) },
});

const scoreSchema = coBenefitScore.fields.score.zod;
const coBenefitsSchema = objectSchema(
  'De multipla nyttorna',
  Object.fromEntries(CO_BENEFIT_CATEGORIES.map((c) => [c, scoreSchema.optional()])) as Record<CoBenefitCategory, z.ZodOptional<typeof scoreSchema>>,
);

const costOverrideSchema = objectSchema('De justerade kostnaderna', {
  year: costOverride.fields.year.zod,
  capexSek: costOverride.fields.capexSek.zod,
  opexSek: costOverride.fields.opexSek.zod,
  savingsSek: costOverride.fields.savingsSek.zod,
});

export const action = entity({
  table: 'actions',
  noun: { sv: 'Åtgärden', en: 'The action' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id', aliases: ['åtgärds-id', 'action id'], width: 38 }),
    code: f.text({
      label: ['Kod', 'Code'],
      subject: ['Koden', 'The code'],
      column: 'code',
      default: '',
      aliases: ['åtgärdskod', 'åtgärdsnummer', 'nr', 'nummer', 'action code'],
      width: 10,
    }),
    name: f.text(
      {
        label: ['Namn', 'Name'],
        subject: ['Namnet', 'The name'],
        column: 'name',
        aliases: ['åtgärd', 'åtgärdens namn', 'benämning', 'rubrik', 'action', 'title'],
        width: 40,
      },
      { nonEmpty: true },
    ),
    description: f.text({ label: ['Beskrivning', 'Description'], subject: ['Beskrivningen', 'The description'], column: 'description', width: 40 }).optional(),
    sectorId: f.ref(
      { label: ['Sektor', 'Sector'], subject: ['Sektorn', 'The sector'], column: 'sector_id', aliases: ['sektor-id', 'sector id'], width: 24 },
      'sector',
      DEFAULT_SECTOR_IDS,
    ),
    owner: f.text({
      label: ['Ansvarig', 'Owner'],
      subject: ['Ansvarig nämnd eller bolag', 'The owner'],
      column: 'owner',
      default: '',
      aliases: ['ansvarig (nämnd/bolag)', 'ansvarig nämnd', 'ansvarig nämnd eller bolag', 'nämnd', 'förvaltning', 'ägare', 'responsible'],
      width: 26,
    }),
    costBearer: f.oneOf(
      {
        label: ['Kostnadsbärare', 'Cost bearer'],
        subject: ['Kostnadsbäraren', 'The cost bearer'],
        column: 'cost_bearer',
        initial: 'municipality',
        aliases: ['betalare', 'payer'],
        width: 16,
      },
      COST_BEARERS,
      COST_BEARER_LABELS,
      'costBearer',
    ),
    status: f.oneOf(
      { label: ['Status', 'Status'], subject: ['Statusen', 'The status'], column: 'status', initial: 'idea', width: 12 },
      ACTION_STATUSES,
      STATUS_LABELS,
      'status',
    ),
    startYear: f.year({
      label: ['Startår', 'Start year'],
      subject: ['Startåret', 'The start year'],
      column: 'start_year',
      aliases: ['start', 'år för start'],
      width: 9,
    }),
    implementationYears: f.number(
      {
        label: ['Genomförandetid', 'Implementation time'],
        subject: ['Genomförandetiden', 'The implementation time'],
        column: 'implementation_years',
        default: 1,
        aliases: ['genomförande', 'implementation years'],
      },
      'implementationYears',
      'år',
    ),
    effectStartYear: f
      .year({
        label: ['Effekt från år', 'Effect from year'],
        subject: ['Effektens startår', 'The effect start year'],
        column: 'effect_start_year',
        aliases: ['effekt från', 'effektens startår', 'effect start year'],
        width: 10,
      })
      .optional(),
    effectEndYear: f
      .year({
        label: ['Effekt till år', 'Effect until year'],
        subject: ['Effektens slutår', 'The effect end year'],
        column: 'effect_end_year',
        aliases: ['effekt till', 'effektens slutår', 'effect end year'],
        width: 10,
      })
      .optional(),
    rampYears: f.number(
      {
        label: ['Upptrappning', 'Ramp-up'],
        subject: ['Upptrappningstiden', 'The ramp-up time'],
        column: 'ramp_years',
        default: 0,
        aliases: ['upptrappningstid', 'ramp years', 'ramp'],
        width: 12,
      },
      'rampYears',
      'år',
    ),
    effectKind: f.oneOf(
      {
        label: ['Effekttyp', 'Effect kind'],
        subject: ['Effekttypen', 'The effect kind'],
        column: 'effect_kind',
        default: 'absolute',
        aliases: ['effect type'],
        width: 16,
      },
      EFFECT_KINDS,
      EFFECT_KIND_LABELS,
      'effectKind',
    ),
    effectTonsPerYear: f
      .number(
        {
          label: ['Effekt', 'Effect'],
          subject: ['Effekten', 'The effect'],
          column: 'effect_tons_per_year',
          aliases: ['utsläppsminskning', 'minskning', 'effekt ton per år', 'emission reduction', 'reduction'],
          width: 12,
        },
        'effectTonsPerYear',
        't/år',
        'tons',
      )
      .optional(),
    effectShare: f
      .number(
        {
          label: ['Andel av sektorn', 'Share of the sector'],
          subject: ['Andelen av sektorn', 'The share of the sector'],
          column: 'effect_share',
          aliases: ['effektandel', 'andel', 'share', 'effect share'],
          width: 11,
        },
        'effectShare',
        '%',
        'share',
      )
      .optional(),
    lifetimeYears: f
      .number(
        {
          label: ['Livslängd', 'Lifetime'],
          subject: ['Livslängden', 'The lifetime'],
          column: 'lifetime_years',
          aliases: ['ekonomisk livslängd', 'lifetime years'],
          width: 10,
        },
        'lifetimeYears',
        'år',
      )
      .optional(),
    /** The window in which the optimiser may move the start (DESIGN §10); absent: the start year. */
    earliestStartYear: f
      .year({
        label: ['Tidigaste startår', 'Earliest start year'],
        subject: ['Tidigaste startåret', 'The earliest start year'],
        column: 'earliest_start_year',
        aliases: ['tidigast start', 'earliest start'],
        width: 10,
      })
      .optional(),
    latestStartYear: f
      .year({
        label: ['Senaste startår', 'Latest start year'],
        subject: ['Senaste startåret', 'The latest start year'],
        column: 'latest_start_year',
        aliases: ['senast start', 'latest start'],
        width: 10,
      })
      .optional(),
    capexSek: f.money({
      label: ['Investering', 'Investment'],
      subject: ['Investeringen', 'The investment'],
      column: 'capex_sek',
      default: 0,
      aliases: ['investeringsutgift', 'investeringskostnad', 'kapitalkostnad', 'capex', 'capital cost'],
    }),
    opexSekPerYear: f.money(
      {
        label: ['Driftkostnad', 'Operating cost'],
        subject: ['Driftkostnaden', 'The operating cost'],
        column: 'opex_sek_per_year',
        default: 0,
        aliases: ['drift', 'driftskostnad', 'opex'],
        width: 13,
      },
      'perYear',
    ),
    savingsSekPerYear: f.money(
      {
        label: ['Besparing', 'Savings'],
        subject: ['Besparingen', 'The savings'],
        column: 'savings_sek_per_year',
        default: 0,
        aliases: ['besparingar', 'minskade kostnader'],
        width: 13,
      },
      'perYear',
    ),
    costOverrides: f.list(
      { label: ['Kostnadsjusteringar', 'Cost overrides'], subject: ['De justerade kostnaderna', 'The cost overrides'], default: [] },
      listSchema('De justerade kostnaderna', costOverrideSchema, ROW_CAPS.costOverridesPerAction),
    ),
    coBenefits: f.object({ label: ['Multipla nyttor', 'Co-benefits'], subject: ['De multipla nyttorna', 'The co-benefits'], default: {} }, coBenefitsSchema),
    coBenefitSekPerYear: f.money(
      {
        label: ['Värde av multipla nyttor', 'Co-benefit value'],
        subject: ['Värdet av multipla nyttor', 'The co-benefit value'],
        column: 'co_benefit_sek_per_year',
        default: 0,
        aliases: ['multipla nyttor, värde', 'nyttovärde', 'co-benefits value'],
      },
      'perYear',
    ),
    commitments: f.list(
      {
        label: ['Åtaganden', 'Commitments'],
        subject: ['Åtagandena', 'The commitments'],
        default: [],
        aliases: ['gemensamma åtaganden', 'joint commitments'],
        width: 30,
      },
      listSchema('Åtagandena', actionCommitment.fields.commitmentId.zod, COMMITMENT_IDS.length),
      'commitments',
    ),
    tags: f.list(
      { label: ['Taggar', 'Tags'], subject: ['Taggarna', 'The tags'], default: [], aliases: ['tagg', 'nyckelord', 'etiketter'], width: 24 },
      listSchema('Taggarna', actionTag.fields.tag.zod, ROW_CAPS.tagsPerAction),
      'tags',
    ),
    notes: f.text({
      label: ['Anteckningar', 'Notes'],
      subject: ['Anteckningarna', 'The notes'],
      column: 'notes',
      default: '',
      aliases: ['anteckning', 'kommentar', 'kommentarer', 'comments'],
      width: 30,
    }),
    /** How sure the action is (DESIGN §9), in columns of its own row; absent: the status defaults. */
    uncertainty: f.group({ label: ['Osäkerhet', 'Uncertainty'], subject: ['Osäkerheten', 'The uncertainty'] }, actionUncertainty.fields).optional(),
  },
});

/** The schemas of an action's lists, as the cost-override calls take them. */
export const actionListSchemas = { costOverride: costOverrideSchema, coBenefits: coBenefitsSchema };
