// The plan's adopted versions (in Översikt): date and decision reference, opened read-only in
// every view, their name and reference corrected, or deleted after a question.
import { useId, useState } from 'react';
import type { Plan, VersionInfo } from '../../../shared/domain/types';
import { client } from '../../api/client';
import { request } from '../../api/request';
import { FieldError } from '../../components/FieldError';
import { FormDialog } from '../../components/FormDialog';
import { ConfirmDialog } from '../../document/dialogs/ConfirmDialog';
import { useStatusValue } from '../../document/document-store';
import { useI18n } from '../../i18n/I18nProvider';
import { showVersion, useVersionOnView } from '../../plan/version-view';
import { openAdoptDialog, useVersions } from './versions';
import './followup.css';

export function VersionsCard({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const headingId = useId();
  const versions = useVersions();
  const readOnly = useStatusValue((s) => s?.readOnly ?? true);
  const onView = useVersionOnView();
  const [editing, setEditing] = useState<VersionInfo | null>(null);
  const [deleting, setDeleting] = useState<VersionInfo | null>(null);
  const scenarioName = (id: string) => plan.scenarios.find((s) => s.id === id)?.name ?? id;

  return (
    <section className="card versions-card" aria-labelledby={headingId}>
      <div className="versions-card__head">
        <h2 id={headingId}>{t('versions.title')}</h2>
        <button type="button" className="primary" disabled={readOnly} onClick={openAdoptDialog}>
          {t('versions.adopt')}
        </button>
      </div>
      {!versions?.length ? (
        <p className="muted">{t('versions.none')}</p>
      ) : (
        <table className="data-table versions-table">
          <caption className="visually-hidden">{t('versions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('versions.col.name')}</th>
              <th scope="col">{t('versions.col.date')}</th>
              <th scope="col">{t('versions.col.ref')}</th>
              <th scope="col">{t('versions.col.scenario')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('versions.col.commands')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} aria-current={onView?.info.id === v.id ? 'true' : undefined}>
                <th scope="row">{v.name}</th>
                <td className="nowrap">{v.adoptedOn}</td>
                <td>{v.decisionRef ?? '–'}</td>
                <td>{scenarioName(v.scenarioId)}</td>
                <td className="versions-table__commands">
                  <button
                    type="button"
                    aria-label={t('versions.showNamed', { name: v.name })}
                    disabled={onView?.info.id === v.id}
                    onClick={() => void showVersion(v)}
                  >
                    {t('versions.show')}
                  </button>
                  <button type="button" aria-label={t('versions.editNamed', { name: v.name })} disabled={readOnly} onClick={() => setEditing(v)}>
                    {t('versions.edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('versions.deleteNamed', { name: v.name })}
                    disabled={readOnly}
                    onClick={() => setDeleting(v)}
                  >
                    {t('versions.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <EditVersionDialog version={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={t('versions.deleteTitle')}
          onClose={() => setDeleting(null)}
          choices={[
            { label: t('versions.cancel'), onChoose: () => setDeleting(null), safe: true },
            {
              label: t('versions.deleteConfirm'),
              primary: true,
              onChoose: () => {
                const id = deleting.id;
                setDeleting(null);
                void request('versions.delete', { id });
              },
            },
          ]}
        >
          <p>{t('versions.deleteBody', { name: deleting.name, date: deleting.adoptedOn })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function EditVersionDialog({ version, onClose }: { version: VersionInfo; onClose(): void }) {
  const { t } = useI18n();
  const [name, setName] = useState(version.name);
  const [ref, setRef] = useState(version.decisionRef ?? '');
  return (
    <FormDialog
      title={t('versions.editTitle')}
      intro={t('versions.editIntro')}
      submitLabel={t('versions.editSubmit')}
      onClose={onClose}
      onSubmit={() => {
        if (!name.trim()) return t('versions.needName');
        return client.call('versions.update', { id: version.id, changes: { name: name.trim(), decisionRef: ref.trim() ? ref.trim() : null } }).then((r) => {
          if (!r.ok) return r.error.message;
          onClose();
          return null;
        });
      }}
    >
      {(form) => (
        <div className="form-stack">
          <div className="field">
            <label htmlFor="version-name">{t('versions.name')}</label>
            <input
              id="version-name"
              type="text"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={form.error ? form.errorId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="version-ref">{t('versions.decisionRef')}</label>
            <input id="version-ref" type="text" value={ref} onChange={(e) => setRef(e.target.value)} />
          </div>
          <FieldError id={form.errorId} error={form.error} />
        </div>
      )}
    </FormDialog>
  );
}
