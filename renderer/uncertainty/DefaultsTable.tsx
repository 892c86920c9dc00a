// The plan's uncertainty per status (DESIGN §9), editable: what an action takes for each field it
// leaves empty. An empty cell shows the built-in default greyed; typing a value sets the plan's
// own, emptying it goes back. Enter or leaving the cell stores it; Escape goes back.
import { useId, useState } from 'react';
import { UNCERTAINTY_STATUSES, type UncertaintyStatus } from '../../shared/domain/ids';
import type { Plan, UncertaintyRanges } from '../../shared/domain/types';
import { labelOf, STATUS_LABELS } from '../../shared/i18n/labels';
import { BUILT_IN_UNCERTAINTY, UNCERTAINTY_FIELDS, type UncertaintyField } from '../../shared/uncertainty';
import { client } from '../api/client';
import { FieldError } from '../components/FieldError';
import { useI18n } from '../i18n/I18nProvider';
import { formatUncertainty, parseUncertainty } from './fields';

export function DefaultsTable({ plan, readOnly }: { plan: Plan; readOnly: boolean }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  return (
    <section className="uncertainty-defaults" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('uncertainty.defaults.title')}</h3>
      <p className="card__hint">{t('uncertainty.defaults.hint')}</p>
      <div className="table-scroll">
        <table className="data-table uncertainty-defaults__table">
          <thead>
            <tr>
              <th scope="col">{t('uncertainty.defaults.status')}</th>
              {UNCERTAINTY_FIELDS.map((f) => (
                <th key={f} scope="col" className="num">
                  {t(`uncertainty.field.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {UNCERTAINTY_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{labelOf(STATUS_LABELS, status, locale)}</th>
                {UNCERTAINTY_FIELDS.map((f) => (
                  <td key={f} className="num">
                    <DefaultCell status={status} field={f} own={plan.uncertaintyDefaults?.[status]} readOnly={readOnly} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DefaultCell({
  status,
  field,
  own,
  readOnly,
}: {
  status: UncertaintyStatus;
  field: UncertaintyField;
  own: UncertaintyRanges | undefined;
  readOnly: boolean;
}) {
  const { t, locale } = useI18n();
  const errorId = useId();
  const value = own?.[field];
  const shown = value === undefined ? '' : formatUncertainty(field, value, locale);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const statusLabel = labelOf(STATUS_LABELS, status, locale);

  async function commit(): Promise<void> {
    if (draft === null || draft === shown) {
      setDraft(null);
      return;
    }
    const typed = draft.trim() === '' ? undefined : parseUncertainty(field, draft, locale);
    if (typed === null) {
      setError(t('uncertainty.defaults.notANumber'));
      return;
    }
    const values: UncertaintyRanges = { ...own, [field]: typed };
    if (typed === undefined) delete values[field];
    const r = await client.call('uncertaintyDefaults.set', { status, values });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    setDraft(null);
  }

  return (
    <>
      <input
        type="text"
        inputMode="decimal"
        className={value === undefined ? 'uncertainty-defaults__input uncertainty-defaults__input--default' : 'uncertainty-defaults__input'}
        aria-label={`${t(`uncertainty.field.${field}`)}, ${statusLabel}`}
        value={draft ?? shown}
        placeholder={formatUncertainty(field, BUILT_IN_UNCERTAINTY[status][field], locale)}
        disabled={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            void commit();
          } else if (e.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      <FieldError id={errorId} error={error} />
    </>
  );
}
