// At start: if the last session ended with unsaved work (a crash), offer to bring it back.
import { useEffect, useState } from 'react';
import type { RecoverableCopy } from '../../shared/api/status';
import { client } from '../api/client';
import { request } from '../api/request';
import { RecoveryDialog } from '../document/dialogs/RecoveryDialog';
import { refreshStatus } from '../document/document-store';

export function RecoveryOffer() {
  const [copies, setCopies] = useState<RecoverableCopy[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void (async () => {
      const found = await client.call('document.recoverable', {});
      // A failure here only means no offer; the document itself still opens.
      if (current && found.ok) setCopies(found.value);
      await refreshStatus();
    })();
    return () => {
      current = false;
    };
  }, []);

  async function recover(id: string) {
    setBusy(true);
    const status = await request('document.recover', { id });
    setBusy(false);
    if (status) setCopies([]);
  }

  async function discard(id: string) {
    setBusy(true);
    const rest = await request('document.discardRecovery', { id });
    setBusy(false);
    if (rest) setCopies(rest);
  }

  if (copies.length === 0) return null;
  return <RecoveryDialog copies={copies} busy={busy} onRecover={(id) => void recover(id)} onDiscard={(id) => void discard(id)} onClose={() => setCopies([])} />;
}
