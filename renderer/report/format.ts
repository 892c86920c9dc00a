// Numbers as the report prints them: sv-SE through shared/format, money in the plan's unit,
// whole (never "1 506 528,7 tkr"), headline amounts in mnkr when large.
import type { MoneyUnit } from '../../shared/domain/ids';
import { formatMoneyWhole, formatNumber, formatPercent, headlineMoney } from '../../shared/format/number';
import { labelOf, MONEY_UNIT_LABELS } from '../../shared/i18n/labels';

export interface Fmt {
  unit: string;
  /** Kronor in the plan's unit, without the unit. */
  money(sek: number): string;
  /** Kronor in the plan's unit, with it: "12 500 tkr". */
  moneyUnit(sek: number): string;
  /** A headline amount, in mnkr when large: "4 167 mnkr". */
  headline(sek: number): string;
  tons(t: number | null): string;
  tonsUnit(t: number): string;
  perTon(v: number | null): string;
  percent(v: number | null): string;
}

export function reportFormat(moneyUnit: MoneyUnit): Fmt {
  const unit = labelOf(MONEY_UNIT_LABELS, moneyUnit, 'sv');
  return {
    unit,
    money: (sek) => formatMoneyWhole(sek, moneyUnit, 'sv'),
    moneyUnit: (sek) => `${formatMoneyWhole(sek, moneyUnit, 'sv')} ${unit}`,
    headline: (sek) => {
      const h = headlineMoney(sek, moneyUnit, 'sv');
      return `${h.value} ${labelOf(MONEY_UNIT_LABELS, h.unit, 'sv')}`;
    },
    tons: (t) => (t === null ? '–' : formatNumber(t, 'sv')),
    tonsUnit: (t) => `${formatNumber(t, 'sv')} t`,
    perTon: (v) => (v === null ? '–' : formatNumber(v, 'sv')),
    percent: (v) => (v === null ? '–' : formatPercent(v, 'sv')),
  };
}
