// The open gate's worker checks several private copies in turn (the roll-up), one verdict line
// each; a run the parent had to stop gives the verdicts so far and the refusal of the copy it was
// on, and the rest are checked by a fresh worker.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inspectCopies, nodeGateRunner, setGateRunner, timeoutVerdict, verdictReader, type GateRunner } from '../../../electron/document/gate';
import type { InspectResult } from '../../../electron/document/inspect';
import { writeDocument } from '../../support/documents';
import { removeTempDirs, tempDir, useTempDataDir } from '../../support/env';

afterEach(() => setGateRunner(nodeGateRunner));
afterAll(removeTempDirs);

const ok = (docId: string): InspectResult => ({ ok: true, admission: { docId, fileVersion: 2, actions: 0 } });

describe('verdictReader', () => {
  it('reads one verdict per line, across chunks, and ends with the refusal of the copy being checked', () => {
    const seen: number[] = [];
    let progress = 0;
    const r = verdictReader(
      3,
      (i) => seen.push(i),
      () => (progress += 1),
    );
    const line = JSON.stringify(ok('a'));
    r.push(line.slice(0, 10));
    r.push(`${line.slice(10)}\n{"ok":fa`);
    r.push('lse,"message":"Trasig."}\n');
    expect(r.results).toEqual([ok('a'), { ok: false, message: 'Trasig.' }]);
    expect(r.finish(timeoutVerdict(60_000))).toEqual([ok('a'), { ok: false, message: 'Trasig.' }, timeoutVerdict(60_000)]);
    expect(seen).toEqual([0, 1, 2]);
    expect(progress).toBe(2);
  });
});

describe('inspectCopies', () => {
  it('runs a fresh worker for the copies after one that was stopped', async () => {
    const calls: string[][] = [];
    const runner: GateRunner = async (paths, _timeout, onVerdict) => {
      calls.push([...paths]);
      // The worker "hangs" on c: the verdicts before it, then its refusal.
      const k = paths.indexOf('c');
      const verdicts = k < 0 ? paths.map(ok) : [...paths.slice(0, k).map(ok), timeoutVerdict(1000)];
      verdicts.forEach((v, i) => onVerdict?.(i, v));
      return verdicts;
    };
    setGateRunner(runner);
    const got: number[] = [];
    const results = await inspectCopies(['a', 'b', 'c', 'd', 'e'], 1000, (i) => got.push(i));
    expect(calls).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['d', 'e'],
    ]);
    expect(results).toEqual([ok('a'), ok('b'), timeoutVerdict(1000), ok('d'), ok('e')]);
    expect(got).toEqual([0, 1, 2, 3, 4]);
  });

  it('checks real copies in one worker, each with its own verdict, in order', async () => {
    useTempDataDir();
    const dir = tempDir('gate-batch');
    const plan = writeDocument(dir, 'plan.klimat');
    const copies = ['1.klimat', '2.klimat', '3.klimat'].map((n) => join(dir, n));
    copyFileSync(plan, copies[0]);
    writeFileSync(copies[1], Buffer.alloc(4096, 1));
    copyFileSync(plan, copies[2]);
    const results = await inspectCopies(copies);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1].ok ? '' : results[1].message).toMatch(/skadad|inte en giltig databas/);
  });
});
