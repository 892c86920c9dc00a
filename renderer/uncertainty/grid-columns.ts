// Åtgärder → the column group Osäkerhet: effect low–high, cost low–high, extra delay up to and
// the probability that the action happens. An empty cell shows the status default, greyed, and
// typing overrides it; Delete gives the field back to the default.
import { ACTION_STATUSES, type ActionStatus } from '../../shared/domain/ids';
import type { UncertaintyDefaults, UncertaintyRanges } from '../../shared/domain/types';
import type { Locale } from '../../shared/format/number';
import { labelOf, STATUS_LABELS } from '../../shared/i18n/labels';
import { statusDefaults, UNCERTAINTY_FIELDS, type UncertaintyField } from '../../shared/uncertainty';
import type { SheetColumn } from '../grid/columns';
import { numberKind, percentKind, type Kind } from '../grid/kinds';
import type { Translate } from '../i18n/translate';

/** The grid's row as far as these columns read it. */
interface WithAction {
  action: { status: ActionStatus; uncertainty?: UncertaintyRanges };
}

export interface UncertaintyColumnContext {
  locale: Locale;
  t: Translate;
  defaults: UncertaintyDefaults | undefined;
}

export const UNCERTAINTY_GROUP = 'uncertainty';

function kindOf(f: UncertaintyField, locale: Locale): Kind {
  if (f === 'probability') return percentKind(locale, { optional: true });
  return numberKind(locale, { digits: f === 'delayMaxYears' ? 0 : 2, optional: true });
}

export function uncertaintyColumns<R extends WithAction>(ctx: UncertaintyColumnContext): SheetColumn<R>[] {
  const { locale, t, defaults } = ctx;
  // The defaults of each status, worked out once per column set.
  const byStatus = new Map(ACTION_STATUSES.map((s) => [s, statusDefaults(defaults, s)]));
  return UNCERTAINTY_FIELDS.map((f): SheetColumn<R> => {
    const kind = kindOf(f, locale);
    const own = (r: R) => r.action.uncertainty?.[f];
    return {
      id: `uncertainty.${f}`,
      header: t(`uncertainty.field.${f}`),
      headerTooltip: t(`uncertainty.tip.${f}`),
      group: UNCERTAINTY_GROUP,
      numeric: true,
      width: f === 'delayMaxYears' ? 150 : 120,
      value: (r) => own(r) ?? byStatus.get(r.action.status)![f],
      format: kind.format,
      cellClass: (r) => (own(r) === undefined ? 'sheet-cell--inherited' : undefined),
      tooltip: (r) => (own(r) === undefined ? t('uncertainty.inherited', { status: labelOf(STATUS_LABELS, r.action.status, locale) }) : undefined),
      edit: {
        editor: 'text',
        text: kind.text,
        parse: kind.parse,
        cleared: null,
        paths: [`uncertainty.${f}`],
        write: (changes, value, row) => {
          const next: Record<string, unknown> = { ...((changes.uncertainty as Record<string, unknown> | null | undefined) ?? row?.action.uncertainty) };
          if (value === null || value === undefined) delete next[f];
          else next[f] = value;
          changes.uncertainty = Object.keys(next).length ? next : null;
        },
      },
    };
  });
}
