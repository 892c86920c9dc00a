// Scenarios (DESIGN §4): which actions are in, and the delay and factors applied to them.
import { ACTION_STATUSES } from '../domain/ids';
import { ROW_CAPS } from '../domain/ranges';
import { STATUS_LABELS } from '../i18n/labels';
import { entity } from './entity';
import { f, idSchema, listSchema, yearsByIdSchema } from './field';

/** A status whose actions the scenario includes (a row of scenario_statuses). */
export const scenarioStatus = entity({
  table: 'scenario_statuses',
  noun: { sv: 'Statusen', en: 'The status' },
  fields: { status: f.oneOf({ label: ['Status', 'Status'], subject: ['Statusen', 'The status'], column: 'status' }, ACTION_STATUSES, STATUS_LABELS) },
});

const MODE_LABELS = { include: { sv: 'Inkluderad', en: 'Included' }, exclude: { sv: 'Exkluderad', en: 'Excluded' } };

/** An action named in the scenario's include or exclude list (a row of scenario_actions). */
export const scenarioAction = entity({
  table: 'scenario_actions',
  noun: { sv: 'Åtgärden', en: 'The action' },
  fields: {
    actionId: f.ref({ label: ['Åtgärd', 'Action'], subject: ['Åtgärden', 'The action'], column: 'action_id' }, 'id'),
    mode: f.oneOf({ label: ['Lista', 'List'], subject: ['Listan', 'The list'], column: 'mode' }, ['include', 'exclude'], MODE_LABELS),
  },
});

/** An action the scenario calculates as if it started in another year (a row of scenario_start_years). */
export const scenarioStartYear = entity({
  table: 'scenario_start_years',
  noun: { sv: 'Det flyttade startåret', en: 'The moved start year' },
  fields: {
    actionId: f.ref({ label: ['Åtgärd', 'Action'], subject: ['Åtgärden', 'The action'], column: 'action_id' }, 'id'),
    year: f.year({ label: ['Startår', 'Start year'], subject: ['Startåret', 'The start year'], column: 'year' }),
  },
});

export const scenario = entity({
  table: 'scenarios',
  noun: { sv: 'Scenariot', en: 'The scenario' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id' }),
    name: f.text({ label: ['Namn', 'Name'], subject: ['Namnet', 'The name'], column: 'name' }, { nonEmpty: true }),
    includeStatuses: f.list(
      { label: ['Inkluderade statusar', 'Included statuses'], subject: ['De inkluderade statusarna', 'The included statuses'] },
      listSchema('De inkluderade statusarna', scenarioStatus.fields.status.zod, ACTION_STATUSES.length),
    ),
    include: f.list(
      { label: ['Inkluderade åtgärder', 'Included actions'], subject: ['De inkluderade åtgärderna', 'The included actions'], default: [] },
      listSchema('De inkluderade åtgärderna', idSchema('De inkluderade åtgärderna'), ROW_CAPS.actions),
    ),
    exclude: f.list(
      { label: ['Exkluderade åtgärder', 'Excluded actions'], subject: ['De exkluderade åtgärderna', 'The excluded actions'], default: [] },
      listSchema('De exkluderade åtgärderna', idSchema('De exkluderade åtgärderna'), ROW_CAPS.actions),
    ),
    delayYears: f.number({ label: ['Försening', 'Delay'], subject: ['Förseningen', 'The delay'], column: 'delay_years', default: 0 }, 'delayYears', 'år'),
    effectFactor: f.number(
      { label: ['Effektfaktor', 'Effect factor'], subject: ['Effektfaktorn', 'The effect factor'], column: 'effect_factor', default: 1 },
      'factor',
    ),
    costFactor: f.number(
      { label: ['Kostnadsfaktor', 'Cost factor'], subject: ['Kostnadsfaktorn', 'The cost factor'], column: 'cost_factor', default: 1 },
      'factor',
    ),
    /**
     * Actions calculated as if they started in another year (DESIGN §10): actionId → year.
     * Absent (never an empty object) when the scenario moves nothing.
     */
    startYears: f
      .object(
        { label: ['Flyttade startår', 'Moved start years'], subject: ['De flyttade startåren', 'The moved start years'] },
        yearsByIdSchema('De flyttade startåren', ROW_CAPS.actions),
      )
      .optional(),
  },
});
