// "Uppföljningsrapport (PDF)": the follow-up report for the reference and year on screen, made by
// Node like the council report (saved through the dialog, by name, or as a download).
import { useState } from 'react';
import { client } from '../../api/client';
import { showError } from '../../app/notices';
import { useI18n } from '../../i18n/I18nProvider';
import { download } from '../export/files';

interface Props {
  versionId: string | null;
  scenarioId: string;
  year: number;
}

export function FollowUpReportButton({ versionId, scenarioId, year }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  async function make() {
    setBusy(true);
    setDone(null);
    const r = await client.call('report.followupPdf', { ...(versionId ? { versionId } : { scenarioId }), year });
    setBusy(false);
    if (!r.ok) return showError(r.error.message);
    if (r.value.status === 'download') {
      download(r.value.fileName, r.value.mime, r.value.base64);
      setDone(r.value.fileName);
    } else if (r.value.status === 'saved') setDone(r.value.fileName);
  }
  return (
    <>
      <button type="button" className="primary" disabled={busy} aria-busy={busy || undefined} onClick={() => void make()}>
        {t('followup.report')}
      </button>
      {done && (
        <span className="export-ok" role="status">
          {done}
        </span>
      )}
    </>
  );
}
