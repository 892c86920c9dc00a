// The open gate (DESIGN §3), parent side: pre-flight, a private copy (sidecar -wal/-journal
// files are never copied nor touched), then the checks in a child process with a timeout.
// Whatever happens, the user's file is only ever read. One child may check several copies in
// turn (the roll-up of many plans); the timeout applies to each copy.
import { spawn } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { bundledScript } from '../bundled';
import { logInternalError } from '../app-data/error-log';
import { type GateOptions, workerArgs } from './gate-args';
import type { Admission, InspectResult } from './inspect';
import { ioKind, readFailure } from './io-errors';
import { preflight } from './preflight';
import { RefusedFile } from './refused';

export const GATE_TIMEOUT_MS = 60_000;
export { workerArgs, type GateOptions } from './gate-args';

export type OnVerdict = (index: number, result: InspectResult) => void;

/**
 * Runs the gate worker on private copies, in order, and answers one verdict per copy for a
 * prefix of them: all of them, or, when the worker had to be killed (a copy took longer than
 * `timeoutMs`) or died, those it gave and the refusal of the copy it was on. Electron plugs in
 * its utilityProcess here.
 */
export type GateRunner = (copyPaths: readonly string[], timeoutMs: number, onVerdict?: OnVerdict, opts?: GateOptions) => Promise<InspectResult[]>;

/** The bundled worker: beside this bundle (dist/node), or in dist/node seen from dist/electron or the sources. */
export function gateWorkerPath(): string {
  return bundledScript('gate-worker.cjs');
}

export const timeoutVerdict = (timeoutMs: number): InspectResult => ({
  ok: false,
  message: `Filen kunde inte kontrolleras inom ${Math.round(timeoutMs / 1000)} sekunder och öppnas inte.`,
});

/**
 * Collects the worker's verdicts from its output, one JSON line per copy, and restarts the
 * copy's timer at each (`onProgress`). Shared by the Node and the Electron runner.
 */
export function verdictReader(count: number, onVerdict: OnVerdict | undefined, onProgress: () => void) {
  const results: InspectResult[] = [];
  let pending = '';
  return {
    results,
    push(chunk: string): void {
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0 && results.length < count) {
        const line = pending.slice(0, nl).trim();
        pending = pending.slice(nl + 1);
        if (!line) continue;
        let result: InspectResult;
        try {
          result = JSON.parse(line) as InspectResult;
        } catch {
          result = { ok: false, message: 'Filen kunde inte kontrolleras (kontrollen svarade oläsligt).' };
        }
        results.push(result);
        onVerdict?.(results.length - 1, result);
        onProgress();
      }
    },
    /** Ends the run: the copy the worker was on, if any, gets `why` as its verdict. */
    finish(why: InspectResult): InspectResult[] {
      if (results.length < count) {
        results.push(why);
        onVerdict?.(results.length - 1, why);
      }
      return results;
    },
  };
}

export const nodeGateRunner: GateRunner = (copyPaths, timeoutMs, onVerdict, opts) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [gateWorkerPath(), ...workerArgs(copyPaths, opts)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    };
    const reader = verdictReader(copyPaths.length, onVerdict, arm);
    child.stdout.setEncoding('utf8').on('data', (d: string) => reader.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    arm();
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL' && err) logInternalError(new Error(`gate worker (exit ${code}): ${err.trim()}`));
      const why: InspectResult =
        signal === 'SIGKILL'
          ? timeoutVerdict(timeoutMs)
          : { ok: false, message: 'Filen kunde inte kontrolleras (kontrollen avslutades oväntat); detaljerna finns i programmets fellogg.' };
      resolve(reader.finish(why));
    });
  });

let runner: GateRunner = nodeGateRunner;
export function setGateRunner(r: GateRunner): void {
  runner = r;
}

/** Steps 3–6 for every private copy: one verdict each, in order, however many workers it takes. */
export async function inspectCopies(
  copyPaths: readonly string[],
  timeoutMs = GATE_TIMEOUT_MS,
  onVerdict?: OnVerdict,
  opts?: GateOptions,
): Promise<InspectResult[]> {
  const results: InspectResult[] = [];
  while (results.length < copyPaths.length) {
    const offset = results.length;
    const got = await runner(copyPaths.slice(offset), timeoutMs, onVerdict && ((i, r) => onVerdict(offset + i, r)), opts);
    if (got.length === 0) throw new Error('the gate runner gave no verdict');
    results.push(...got);
  }
  return results;
}

/**
 * Admits the file at `source` as `dest` (a path in a private folder): on success `dest` is a
 * checked copy at the newest schema version; on refusal it throws RefusedFile and the caller
 * removes `dest`'s folder.
 */
export async function admit(source: string, dest: string, timeoutMs = GATE_TIMEOUT_MS): Promise<Admission> {
  copyForGate(source, dest);
  const [result] = await inspectCopies([dest], timeoutMs);
  if (!result.ok) throw new RefusedFile(result.message);
  return result.admission;
}

/** Steps 1–2: the pre-flight look, the private copy, and the look again at the copy. */
export function copyForGate(source: string, dest: string): void {
  preflight(source);
  try {
    copyFileSync(source, dest);
  } catch (e) {
    // Reading the user's file, or writing the private copy on the app's data disk.
    if (ioKind(e) === 'full') throw e;
    throw new RefusedFile(readFailure(source, e));
  }
  preflight(dest); // the file may have changed between the look and the copy
}
