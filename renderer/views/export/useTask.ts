// Slow imports and exports: the call carries a task id; if it has not answered within half a
// second, the page asks Node for its progress every quarter second and offers to cancel. Node
// stops at its next step and leaves nothing half-done (see electron/exchange/tasks.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProgressInfo } from '../../../shared/exchange/outcomes';
import { client } from '../../api/client';

const SHOW_AFTER_MS = 500;
const POLL_MS = 250;

export interface TaskState {
  /** Shown once the task has run for half a second. */
  progress: ProgressInfo | null;
  running: boolean;
  cancel(): void;
}

function newTaskId(): string {
  return crypto.randomUUID();
}

export function useTask(): [TaskState, <T>(work: (taskId: string) => Promise<T>) => Promise<T>] {
  const [progress, setProgress] = useState<ProgressInfo | null>(null);
  const [running, setRunning] = useState(false);
  const current = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T>(work: (taskId: string) => Promise<T>): Promise<T> => {
    const taskId = newTaskId();
    current.current = taskId;
    setRunning(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const r = await client.call('exchange.progress', { taskId });
      if (current.current !== taskId || !mounted.current) return;
      setProgress(r.ok && r.value ? r.value : { phase: 'read', done: 0, total: 0 });
      timer = setTimeout(() => void poll(), POLL_MS);
    };
    timer = setTimeout(() => void poll(), SHOW_AFTER_MS);
    try {
      return await work(taskId);
    } finally {
      clearTimeout(timer);
      current.current = null;
      if (mounted.current) {
        setRunning(false);
        setProgress(null);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const taskId = current.current;
    if (taskId) void client.call('exchange.cancel', { taskId });
  }, []);

  return [{ progress, running, cancel }, run];
}
