// A new target: its name, year, scope and kind, and what the kind needs (the reduction and its
// reference, or the level in tonnes). Node checks it and says what is missing.
import { useId, useState, type FormEvent } from 'react';
import { TARGET_KINDS, TARGET_SCOPES, type TargetKind, type TargetScope } from '../../../shared/domain/ids';
import type { Target } from '../../../shared/domain/types';
import { parseNumber, parsePercent } from '../../../shared/format/parse';
import { labelOf, TARGET_KIND_LABELS } from '../../../shared/i18n/labels';
import { client } from '../../api/client';
import { FieldError } from '../../components/FieldError';
import { useI18n } from '../../i18n/I18nProvider';

interface Draft {
  name: string;
  year: string;
  scope: TargetScope;
  kind: TargetKind;
  reduction: string;
  referenceYear: string;
  tons: string;
}

const EMPTY: Draft = { name: '', year: '2030', scope: 'gross', kind: 'reduction', reduction: '', referenceYear: '1990', tons: '' };

export function NewTargetForm({ readOnly }: { readOnly: boolean }) {
  const { t, locale } = useI18n();
  const ids = { name: useId(), year: useId(), scope: useId(), kind: useId(), reduction: useId(), referenceYear: useId(), tons: useId(), error: useId() };
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  /** The values typed, as numbers; a field that does not read as one is named. */
  function values(): Partial<Omit<Target, 'id'>> | string {
    const num = (text: string, label: string): number | undefined | string => {
      if (text.trim() === '') return undefined;
      const n = parseNumber(text, locale);
      return n === null ? t('targets.new.notNumber', { field: label }) : n;
    };
    const year = num(draft.year, t('targets.col.year'));
    if (typeof year === 'string') return year;
    const out: Partial<Omit<Target, 'id'>> = { name: draft.name.trim() || t('targets.new.defaultName'), scope: draft.scope, kind: draft.kind };
    if (year !== undefined) out.year = year;
    if (draft.kind === 'reduction') {
      if (draft.reduction.trim() !== '') {
        const r = parsePercent(draft.reduction, locale);
        if (r === null) return t('targets.new.notNumber', { field: t('targets.field.reduction') });
        out.reduction = r;
      }
      const ref = num(draft.referenceYear, t('targets.field.referenceYear'));
      if (typeof ref === 'string') return ref;
      if (ref !== undefined) out.referenceYear = ref;
    }
    if (draft.kind === 'absolute') {
      const tons = num(draft.tons, t('targets.field.tons'));
      if (typeof tons === 'string') return tons;
      if (tons !== undefined) out.tonsCo2e = tons;
    }
    return out;
  }

  async function submit(e: FormEvent): Promise<void> {
    e.preventDefault();
    const v = values();
    if (typeof v === 'string') {
      setError(v);
      return;
    }
    const result = await client.call('targets.create', { values: v });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setDraft(EMPTY);
  }

  return (
    <form className="new-target" onSubmit={(e) => void submit(e)} aria-describedby={error ? ids.error : undefined}>
      <fieldset disabled={readOnly}>
        <legend>{t('targets.new.title')}</legend>
        <div className="new-target__fields">
          <div className="field new-target__name">
            <label htmlFor={ids.name}>{t('targets.new.name')}</label>
            <input id={ids.name} type="text" value={draft.name} onChange={set('name')} />
          </div>
          <div className="field">
            <label htmlFor={ids.year}>{t('targets.col.year')}</label>
            <input id={ids.year} type="text" inputMode="numeric" value={draft.year} onChange={set('year')} />
          </div>
          <div className="field">
            <label htmlFor={ids.scope}>{t('targets.col.scope')}</label>
            <select id={ids.scope} value={draft.scope} onChange={set('scope')}>
              {TARGET_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {t(s === 'gross' ? 'targets.scope.gross' : 'targets.scope.net')}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.kind}>{t('targets.col.kind')}</label>
            <select id={ids.kind} value={draft.kind} onChange={set('kind')}>
              {TARGET_KINDS.map((k) => (
                <option key={k} value={k}>
                  {labelOf(TARGET_KIND_LABELS, k, locale)}
                </option>
              ))}
            </select>
          </div>
          {draft.kind === 'reduction' && (
            <>
              <div className="field">
                <label htmlFor={ids.reduction}>{t('targets.field.reductionPercent')}</label>
                <input id={ids.reduction} type="text" inputMode="decimal" value={draft.reduction} onChange={set('reduction')} />
              </div>
              <div className="field">
                <label htmlFor={ids.referenceYear}>{t('targets.field.referenceYear')}</label>
                <input id={ids.referenceYear} type="text" inputMode="numeric" value={draft.referenceYear} onChange={set('referenceYear')} />
              </div>
            </>
          )}
          {draft.kind === 'absolute' && (
            <div className="field">
              <label htmlFor={ids.tons}>{t('targets.field.tonsUnit')}</label>
              <input id={ids.tons} type="text" inputMode="decimal" value={draft.tons} onChange={set('tons')} />
            </div>
          )}
          <div className="new-target__submit">
            <button type="submit" className="primary">
              {t('targets.new.submit')}
            </button>
          </div>
        </div>
        <FieldError id={ids.error} error={error} alert />
      </fieldset>
    </form>
  );
}
