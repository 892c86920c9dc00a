// Runs a roll-up and follows its progress: the call carries a task id, and the page asks Node
// for the files done so far every fifth of a second until it answers (or is cancelled).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RollupResult } from '../../../shared/rollup';
import { client } from '../../api/client';

const POLL_MS = 200;

export interface RollupProgress {
  done: number;
  total: number;
}

export type RollupState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: RollupProgress }
  | { phase: 'done'; result: RollupResult; names: string[]; scenarioId: string | undefined }
  | { phase: 'error'; message: string }
  | { phase: 'cancelled' };

export function useRollup(): { state: RollupState; run(names: string[], scenarioId: string | undefined): Promise<void>; cancel(): void } {
  const [state, setState] = useState<RollupState>({ phase: 'idle' });
  const task = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (names: string[], scenarioId: string | undefined) => {
    const taskId = crypto.randomUUID();
    task.current = taskId;
    setState({ phase: 'running', progress: { done: 0, total: names.length } });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const r = await client.call('exchange.progress', { taskId });
      if (task.current !== taskId || !mounted.current) return;
      if (r.ok && r.value) setState({ phase: 'running', progress: { done: r.value.done, total: r.value.total || names.length } });
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), POLL_MS);
    try {
      const r = await client.call('rollup.run', { names, scenarioId, taskId });
      if (!mounted.current || task.current !== taskId) return;
      if (!r.ok) setState({ phase: 'error', message: r.error.message });
      else if (r.value.status === 'cancelled') setState({ phase: 'cancelled' });
      else setState({ phase: 'done', result: r.value.result, names, scenarioId });
    } finally {
      clearTimeout(timer);
      if (task.current === taskId) task.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const taskId = task.current;
    if (taskId) void client.call('exchange.cancel', { taskId });
  }, []);

  return { state, run, cancel };
}
