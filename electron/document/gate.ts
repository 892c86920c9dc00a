// The open gate (DESIGN §3), parent side: pre-flight, a private copy (sidecar -wal/-journal
// files are never copied nor touched), then the checks in a child process with a timeout.
// Whatever happens, the user's file is only ever read.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { bundledScript } from '../bundled';
import { logInternalError } from '../app-data/error-log';
import type { Admission, InspectResult } from './inspect';
import { ioKind, readFailure } from './io-errors';
import { preflight } from './preflight';
import { RefusedFile } from './refused';

export const GATE_TIMEOUT_MS = 60_000;

/** Runs the gate worker on a private copy; Electron plugs in its utilityProcess here. */
export type GateRunner = (copyPath: string, timeoutMs: number) => Promise<InspectResult>;

/** The bundled worker: beside this bundle (dist/node), or in dist/node seen from dist/electron or the sources. */
export function gateWorkerPath(): string {
  return bundledScript('gate-worker.cjs');
}

export const nodeGateRunner: GateRunner = (copyPath, timeoutMs) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [gateWorkerPath(), copyPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') {
        resolve({ ok: false, message: `Filen kunde inte kontrolleras inom ${Math.round(timeoutMs / 1000)} sekunder och öppnas inte.` });
        return;
      }
      try {
        resolve(JSON.parse(out) as InspectResult);
      } catch {
        if (err) logInternalError(new Error(`gate worker (exit ${code}): ${err.trim()}`));
        resolve({ ok: false, message: `Filen kunde inte kontrolleras (kontrollen avslutades oväntat); detaljerna finns i programmets fellogg.` });
      }
    });
  });

let runner: GateRunner = nodeGateRunner;
export function setGateRunner(r: GateRunner): void {
  runner = r;
}

/**
 * Admits the file at `source` as `dest` (a path in a private folder): on success `dest` is a
 * checked copy at the newest schema version; on refusal it throws RefusedFile and the caller
 * removes `dest`'s folder.
 */
export async function admit(source: string, dest: string, timeoutMs = GATE_TIMEOUT_MS): Promise<Admission> {
  preflight(source);
  try {
    copyFileSync(source, dest);
  } catch (e) {
    // Reading the user's file, or writing the private copy on the app's data disk.
    if (ioKind(e) === 'full') throw e;
    throw new RefusedFile(readFailure(source, e));
  }
  preflight(dest); // the file may have changed between the look and the copy
  const result = await runner(dest, timeoutMs);
  if (!result.ok) throw new RefusedFile(result.message);
  return result.admission;
}
