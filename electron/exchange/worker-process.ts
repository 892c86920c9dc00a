// A worker process with a memory limit, for work on untrusted files that may take much memory
// or time (reading an xlsx or CSV): whatever the file does, it can only end that process, never
// the app. Under Node it is a child process with `--max-old-space-size`; Electron's main process
// plugs in a utilityProcess with the same flag (main.ts), since its fuses forbid running the app
// binary as plain Node.
import { spawn } from 'node:child_process';

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

let launcher: WorkerLauncher = nodeLauncher;

export function setWorkerLauncher(l: WorkerLauncher): void {
  launcher = l;
}

export function launchWorker(script: string, args: string[], heapMb: number): WorkerProcess {
  return launcher(script, args, heapMb);
}
