// What DESIGN §8 adds to a plan: outcomes per action and year (utfall), the territory's observed
// emissions per sector, and adopted versions of the plan (a version's own plan is kept as the
// rows of the plan's tables, keyed by the version: see electron/document/versions.ts).
import { z } from 'zod';
import { DEFAULT_SECTOR_IDS } from '../domain/ids';
import { ROW_CAPS } from '../domain/ranges';
import { entity } from './entity';
import { f, listSchema, objectSchema } from './field';

/** The actual outcome of one action in one year; a figure left out is not reported (never 0). */
export const actual = entity({
  table: 'actuals',
  noun: { sv: 'Utfallet', en: 'The actual' },
  fields: {
    actionId: f.ref(
      { label: ['Åtgärd', 'Action'], subject: ['Åtgärden', 'The action'], column: 'action_id', aliases: ['åtgärds-id', 'action id'], width: 38 },
      'id',
    ),
    year: f.year({ label: ['År', 'Year'], subject: ['Året', 'The year'], column: 'year', aliases: ['utfallsår', 'räkenskapsår', 'bokföringsår'], width: 8 }),
    capexSek: f
      .money({
        label: ['Investering', 'Investment'],
        subject: ['Investeringen', 'The investment'],
        column: 'capex_sek',
        aliases: ['investeringsutgift', 'investeringar', 'investering utfall', 'utfall investering', 'capex'],
      })
      .optional(),
    opexSek: f
      .money({
        label: ['Driftkostnad', 'Operating cost'],
        subject: ['Driftkostnaden', 'The operating cost'],
        column: 'opex_sek',
        aliases: ['drift', 'driftskostnad', 'driftkostnader', 'utfall drift', 'opex'],
      })
      .optional(),
    savingsSek: f
      .money({ label: ['Besparing', 'Savings'], subject: ['Besparingen', 'The savings'], column: 'savings_sek', aliases: ['besparingar', 'utfall besparing'] })
      .optional(),
    effectTonsCo2e: f
      .number(
        {
          label: ['Effekt', 'Effect'],
          subject: ['Effekten', 'The effect'],
          column: 'effect_tons_co2e',
          aliases: ['utsläppsminskning', 'minskning', 'effekt (ton)', 'effekt ton', 'uppnådd effekt', 'effect'],
          width: 12,
        },
        'effectTonsPerYear',
        't',
        'tons',
      )
      .optional(),
    note: f
      .text({
        label: ['Kommentar', 'Note'],
        subject: ['Kommentaren', 'The note'],
        column: 'note',
        aliases: ['anteckning', 'kommentarer', 'notering', 'note'],
        width: 30,
      })
      .optional(),
  },
});

/** The figures of an actual: at least one of them is given. */
export const ACTUAL_FIGURES = ['capexSek', 'opexSek', 'savingsSek', 'effectTonsCo2e'] as const;
export type ActualFigure = (typeof ACTUAL_FIGURES)[number];

/** One observed point of a sector (a row of observed_points). */
export const observedPoint = entity({
  table: 'observed_points',
  noun: { sv: 'Punkten', en: 'The point' },
  fields: {
    year: f.year({ label: ['År', 'Year'], subject: ['Året', 'The year'], column: 'year' }),
    tonsCo2e: f.number(
      { label: ['Observerat utsläpp', 'Observed emissions'], subject: ['Det observerade utsläppet', 'The observed emissions'], column: 'tons_co2e' },
      'baselineTons',
      't',
      'tons',
    ),
  },
});

const observedPointSchema = objectSchema('Punkterna', { year: observedPoint.fields.year.zod, tonsCo2e: observedPoint.fields.tonsCo2e.zod });

/** A sector's measured emissions, typically from the national statistics. */
export const observedEmission = entity({
  table: 'observed_emissions',
  noun: { sv: 'De observerade utsläppen', en: 'The observed emissions' },
  fields: {
    sectorId: f.ref({ label: ['Sektor', 'Sector'], subject: ['Sektorn', 'The sector'], column: 'sector_id' }, 'sector', DEFAULT_SECTOR_IDS),
    points: f.list(
      { label: ['Punkter', 'Points'], subject: ['Punkterna', 'The points'] },
      listSchema('Punkterna', observedPointSchema, ROW_CAPS.observedPointsPerSector),
    ),
  },
});

/** "2026-06-15": a calendar date that exists. */
const isoDate = z
  .string({ error: (iss) => (iss.input === undefined ? 'Beslutsdatumet saknas.' : 'Beslutsdatumet måste vara ett datum (ÅÅÅÅ-MM-DD).') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Beslutsdatumet måste vara ett datum (ÅÅÅÅ-MM-DD), t.ex. 2026-06-15.' })
  .refine(
    (d) => {
      const t = new Date(`${d}T00:00:00Z`);
      return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
    },
    { error: 'Beslutsdatumet finns inte i kalendern.' },
  );

/** An adopted version: what the council decided, frozen (its own plan is read apart, see versions.ts). */
export const version = entity({
  table: 'versions',
  noun: { sv: 'Versionen', en: 'The version' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id' }),
    name: f.text({ label: ['Namn', 'Name'], subject: ['Versionens namn', 'The version name'], column: 'name' }, { nonEmpty: true }),
    adoptedOn: f
      .text({ label: ['Beslutsdatum', 'Adopted on'], subject: ['Beslutsdatumet', 'The date of adoption'], column: 'adopted_on', width: 11 })
      .with({ zod: isoDate }),
    decisionRef: f
      .text({ label: ['Diarienummer', 'Decision reference'], subject: ['Diarienumret', 'The decision reference'], column: 'decision_ref' })
      .optional(),
    scenarioId: f.id({ label: ['Antaget scenario', 'Adopted scenario'], subject: ['Det antagna scenariot', 'The adopted scenario'], column: 'scenario_id' }),
  },
});

/**
 * One row of one of the plan's tables as it was when the version was adopted: the table, the
 * row's key as the change log names it, and the row's columns as JSON. Never shown to people.
 */
export const versionRow = entity({
  table: 'version_rows',
  noun: { sv: 'Versionens rad', en: 'The version row' },
  fields: {
    tbl: f.id({ label: ['Tabell', 'Table'], subject: ['Tabellen', 'The table'], column: 'tbl' }),
    rowId: f.text({ label: ['Rad', 'Row'], subject: ['Raden', 'The row'], column: 'row_id' }),
    data: f.object({ label: ['Innehåll', 'Content'], subject: ['Innehållet', 'The content'] }, z.string()).with({ column: 'data' }),
  },
});
