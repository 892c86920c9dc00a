// Data a view shows, fetched again whenever the plan may have changed (edit, undo, open…).
import { useCallback, useEffect, useState } from 'react';
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/result';
import { useDocument } from '../document/document-store';
import { client } from './client';

export interface CallData<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
}

export interface CallDataWithSetter<T> extends CallData<T> {
  /** Shows a value the view already has (the answer of its own update) without refetching. */
  setData(value: T): void;
}

export function useCallData<N extends CallName>(name: N, input: CallInput<N>): CallDataWithSetter<CallOutput<N>> {
  const { revision } = useDocument();
  const key = JSON.stringify(input);
  const [state, setState] = useState<CallData<CallOutput<N>>>({ data: undefined, error: null, loading: true });

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    void client.call(name, JSON.parse(key) as CallInput<N>).then((result) => {
      if (!current) return;
      // Keep the last good data on a failed refetch, so the view does not go blank.
      setState((s) => (result.ok ? { data: result.value, error: null, loading: false } : { data: s.data, error: result.error, loading: false }));
    });
    return () => {
      current = false;
    };
  }, [name, key, revision]);

  const setData = useCallback((value: CallOutput<N>) => setState({ data: value, error: null, loading: false }), []);
  return { ...state, setData };
}
