// The history page's data: fetched again whenever the plan may have changed (useCallData's
// revision) and after every Spara, which moves the unsaved changes under a save.
import { useEffect, useState } from 'react';
import type { HistoryPage } from '../../../shared/api/calls/history';
import type { CallInput } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import { client } from '../../api/client';
import type { CallData } from '../../api/useCallData';
import { useDocument } from '../../document/document-store';

export function useHistory(input: CallInput<'history.list'>): CallData<HistoryPage> {
  const { revision, status } = useDocument();
  const savedAt = status?.savedAt ?? null;
  const key = JSON.stringify(input);
  const [state, setState] = useState<{ data: HistoryPage | undefined; error: ApiError | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void client.call('history.list', JSON.parse(key) as CallInput<'history.list'>).then((r) => {
      if (current) setState((s) => (r.ok ? { data: r.value, error: null, loading: false } : { data: s.data, error: r.error, loading: false }));
    });
    return () => {
      current = false;
    };
  }, [key, revision, savedAt]);
  return state;
}
