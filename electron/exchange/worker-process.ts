// A worker process with a memory limit, for work on untrusted files that may take much memory
// or time (reading an xlsx or CSV): whatever the file does, it can only end that process, never
// the app. Under Node it is a child process with `--max-old-space-size`. Under Electron the
// document service (itself a utilityProcess, electron/worker) cannot start processes of the app
// binary as plain Node (the fuses forbid it), so it plugs in a worker thread with the same heap
// limit (threadLauncher): running out of memory ends that thread, not the service.
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

export interface WorkerProcess {
  stdout: NodeJS.ReadableStream;
  kill(): void;
  /** Called once when the process has ended; `crashed` when it died of a signal or ran out of memory. */
  onExit(cb: (code: number | null, crashed: boolean) => void): void;
}

export type WorkerLauncher = (script: string, args: string[], heapMb: number) => WorkerProcess;

export const nodeLauncher: WorkerLauncher = (script, args, heapMb) => {
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Its stderr (a V8 out-of-memory report) is not the user's to read.
  child.stderr.resume();
  return {
    stdout: child.stdout,
    kill: () => child.kill('SIGKILL'),
    onExit: (cb) => child.on('close', (code, signal) => cb(code, signal !== null || code === 134)),
  };
};

export const threadLauncher: WorkerLauncher = (script, args, heapMb) => {
  const worker = new Worker(script, { argv: args, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  worker.stderr.resume();
  let crashed = false;
  worker.on('error', () => (crashed = true)); // ERR_WORKER_OUT_OF_MEMORY, or an uncaught error
  return {
    stdout: worker.stdout,
    kill: () => void worker.terminate(),
    onExit: (cb) => worker.once('exit', (code) => cb(code, crashed || code !== 0)),
  };
};

let launcher: WorkerLauncher = nodeLauncher;

export function setWorkerLauncher(l: WorkerLauncher): void {
  launcher = l;
}

export function launchWorker(script: string, args: string[], heapMb: number): WorkerProcess {
  return launcher(script, args, heapMb);
}
