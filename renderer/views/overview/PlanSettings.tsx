// The plan's settings, each stored on its own through `plan.update` when the user is done
// with the field. The API decides what is valid and says why in Swedish.
import { useId, useState } from 'react';
import type { PlanSettings as Settings } from '../../../shared/domain/types';
import { MONEY_UNITS, type MoneyUnit } from '../../../shared/domain/ids';
import { labelOf, MONEY_UNIT_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { CommitField } from '../../components/CommitField';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/I18nProvider';
import { numberFormat, percentFormat, textFormat, yearFormat } from './setting-formats';

interface Props {
  settings: Settings;
  readOnly: boolean;
}

export function PlanSettings({ settings, readOnly }: Props) {
  const { t, locale } = useI18n();
  const headingId = useId();

  async function store(changes: Partial<Settings>): Promise<string | null> {
    const result = await client.call('plan.update', { changes });
    // The plan store takes the stored settings from the answer; the fields follow.
    return result.ok ? null : result.error.message;
  }

  const common = { disabled: readOnly };
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.settings')}</h2>
      {!readOnly && <p className="card__hint">{t('overview.settingsHint')}</p>}
      <div className="settings-grid">
        <CommitField
          {...common}
          className="settings-grid__wide"
          label={t('overview.field.title')}
          value={settings.title}
          {...textFormat}
          onCommit={(title) => store({ title })}
        />
        <CommitField
          {...common}
          label={t('overview.field.startYear')}
          value={settings.startYear}
          inputMode="numeric"
          {...yearFormat('startYear', locale, t)}
          onCommit={(startYear) => store({ startYear })}
        />
        <CommitField
          {...common}
          label={t('overview.field.endYear')}
          value={settings.endYear}
          inputMode="numeric"
          {...yearFormat('endYear', locale, t)}
          onCommit={(endYear) => store({ endYear })}
        />
        <CommitField
          {...common}
          label={t('overview.field.priceBaseYear')}
          value={settings.priceBaseYear}
          inputMode="numeric"
          {...yearFormat('priceBaseYear', locale, t)}
          onCommit={(priceBaseYear) => store({ priceBaseYear })}
        />
        <CommitField
          {...common}
          label={t('overview.field.discountRate')}
          unit={t('overview.unit.percent')}
          value={settings.discountRate}
          inputMode="decimal"
          {...percentFormat('discountRate', locale, t)}
          onCommit={(discountRate) => store({ discountRate })}
        />
        <CommitField
          {...common}
          label={t('overview.field.carbonValue')}
          unit={t('overview.unit.krPerTon')}
          value={settings.carbonValueSekPerTon}
          inputMode="decimal"
          {...numberFormat('carbonValueSekPerTon', locale, t)}
          onCommit={(carbonValueSekPerTon) => store({ carbonValueSekPerTon })}
        />
        <MoneyUnitField value={settings.moneyUnit} disabled={readOnly} onChange={(moneyUnit) => store({ moneyUnit })} />
      </div>
    </section>
  );
}

/** A choice stores at once: there is nothing half-typed to wait for. */
function MoneyUnitField({ value, disabled, onChange }: { value: MoneyUnit; disabled: boolean; onChange(u: MoneyUnit): Promise<string | null> }) {
  const { t, locale } = useI18n();
  const id = useId();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={id}>{t('overview.field.moneyUnit')}</label>
      <div className="field__control">
        <select
          id={id}
          value={value}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => void onChange(e.target.value as MoneyUnit).then(setError)}
        >
          {MONEY_UNITS.map((u) => (
            <option key={u} value={u}>
              {labelOf(MONEY_UNIT_LABELS, u, locale)}
            </option>
          ))}
        </select>
      </div>
      <FieldError id={errorId} error={error} />
    </div>
  );
}
