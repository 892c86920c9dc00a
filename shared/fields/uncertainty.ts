// Uncertainty (DESIGN §9): the six ranges an action may carry, stored in columns of its own row
// (`uncertainty_effect_low`, …), and the plan's defaults per status, one row of
// uncertainty_defaults each (`effect_low`, …). The same six fields, under two column names.
import { UNCERTAINTY_STATUSES, type UncertaintyStatus } from '../domain/ids';
import { STATUS_LABELS } from '../i18n/labels';
import { entity, shapeOf } from './entity';
import { f, objectSchema, type FieldWords } from './field';

type Words2 = [string, string];

/**
 * The six fields; `prefix` starts each column, `label` makes a field's label from its short name,
 * and `withAliases` says whether an imported file may name the column by that short name.
 */
function rangeFields(prefix: string, label: (sv: string, en: string) => Words2, withAliases: boolean) {
  const w = (name: Words2, subject: Words2, column: string, aliases: readonly string[] = name, width = 12): FieldWords => ({
    label: label(...name),
    subject,
    column: `${prefix}${column}`,
    aliases: withAliases ? aliases : [],
    width,
  });
  return {
    effectLow: f
      .number(w(['effekt lägst', 'effect low'], ['Effektens lägsta faktor', 'The lowest effect factor'], 'effect_low'), 'uncertaintyLow', '', 'factor')
      .optional(),
    effectHigh: f
      .number(w(['effekt högst', 'effect high'], ['Effektens högsta faktor', 'The highest effect factor'], 'effect_high'), 'uncertaintyHigh', '', 'factor')
      .optional(),
    costLow: f
      .number(w(['kostnad lägst', 'cost low'], ['Kostnadens lägsta faktor', 'The lowest cost factor'], 'cost_low'), 'uncertaintyLow', '', 'factor')
      .optional(),
    costHigh: f
      .number(w(['kostnad högst', 'cost high'], ['Kostnadens högsta faktor', 'The highest cost factor'], 'cost_high'), 'uncertaintyHigh', '', 'factor')
      .optional(),
    delayMaxYears: f
      .number(
        w(
          ['extra försening upp till', 'extra delay up to'],
          ['Den största extra förseningen', 'The largest extra delay'],
          'delay_max_years',
          ['extra försening', 'extra delay'],
          14,
        ),
        'delayYears',
        'år',
        'whole',
      )
      .optional(),
    probability: f
      .number(
        w(['sannolikhet att bli av', 'probability it happens'], ['Sannolikheten', 'The probability'], 'probability', ['sannolikhet', 'probability']),
        'probability',
        '%',
        'share',
      )
      .optional(),
  };
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/** An action's own ranges: parts of the action's `uncertainty`, in columns of its row. */
export const actionUncertainty = entity({
  table: null,
  noun: { sv: 'Osäkerheten', en: 'The uncertainty' },
  fields: rangeFields('uncertainty_', (sv, en) => [`Osäkerhet: ${sv}`, `Uncertainty: ${en}`], true),
});

const UNCERTAINTY_STATUS_LABELS = Object.fromEntries(UNCERTAINTY_STATUSES.map((s) => [s, STATUS_LABELS[s]])) as Record<
  UncertaintyStatus,
  { sv: string; en: string }
>;

/** The plan's ranges for one status (a row of uncertainty_defaults); a field left out keeps the built-in default. */
export const uncertaintyDefault = entity({
  table: 'uncertainty_defaults',
  noun: { sv: 'Osäkerheten för statusen', en: 'The uncertainty of the status' },
  fields: {
    status: f.oneOf({ label: ['Status', 'Status'], subject: ['Statusen', 'The status'], column: 'status' }, UNCERTAINTY_STATUSES, UNCERTAINTY_STATUS_LABELS),
    ...rangeFields('', (sv, en) => [capital(sv), capital(en)], false),
  },
});

/** An action's uncertainty (DESIGN §9); each absent field takes its status default. */
export const uncertaintyRangesSchema = objectSchema('Osäkerheten', shapeOf(actionUncertainty.fields));

/** The plan's uncertainty per status (DESIGN §9); an absent status or field keeps the built-in default. */
export const uncertaintyDefaultsSchema = objectSchema(
  'Osäkerhetens standardvärden',
  Object.fromEntries(UNCERTAINTY_STATUSES.map((status) => [status, uncertaintyRangesSchema.optional()])) as Record<
    UncertaintyStatus,
    ReturnType<typeof uncertaintyRangesSchema.optional>
  >,
);
