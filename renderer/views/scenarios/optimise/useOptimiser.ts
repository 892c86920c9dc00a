// Runs one optimisation in a Web Worker and follows it: progress while HiGHS works, then the
// answer. Avbryt ends the worker at once (a WebAssembly solve cannot be interrupted from the
// page otherwise); the next run starts a fresh one.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OptimiseAnswer, OptimiseProgress, TargetCost } from '../../../../shared/optimise';
import type { OptimiseJob, WorkerReply } from './protocol';

export type OptimiserState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: OptimiseProgress | null; startedAt: number }
  | { phase: 'done'; answer: OptimiseAnswer; costs: TargetCost[] | null; job: OptimiseJob }
  | { phase: 'error'; message: string }
  | { phase: 'cancelled' };

export function useOptimiser(): { state: OptimiserState; run(job: OptimiseJob): void; cancel(): void; reset(): void } {
  const [state, setState] = useState<OptimiserState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  useEffect(() => stop, [stop]);

  const run = useCallback(
    (job: OptimiseJob) => {
      stop();
      const w = new Worker(new URL('./optimise.worker.ts', import.meta.url), { type: 'module', name: 'optimise' });
      worker.current = w;
      setState({ phase: 'running', progress: null, startedAt: performance.now() });
      w.onmessage = (event: MessageEvent<WorkerReply>) => {
        if (worker.current !== w) return;
        const reply = event.data;
        if (reply.kind === 'progress') {
          setState((s) => (s.phase === 'running' ? { ...s, progress: reply.progress } : s));
          return;
        }
        stop();
        setState(reply.kind === 'answer' ? { phase: 'done', answer: reply.answer, costs: reply.costs, job } : { phase: 'error', message: reply.message });
      };
      w.onerror = (event) => {
        if (worker.current !== w) return;
        stop();
        setState({ phase: 'error', message: `Optimeraren kunde inte starta: ${event.message || 'okänt fel'}` });
      };
      w.postMessage(job);
    },
    [stop],
  );

  const cancel = useCallback(() => {
    stop();
    setState({ phase: 'cancelled' });
  }, [stop]);

  const reset = useCallback(() => {
    stop();
    setState({ phase: 'idle' });
  }, [stop]);

  return { state, run, cancel, reset };
}
