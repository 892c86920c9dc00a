// `klimat optimise` (DESIGN §10): the §10 object on stdout, exit 0 for optimal and infeasible
// alike, exit 1 with one Swedish line for bad input; --save adds the answer to the .klimat file as
// a scenario that the engine then calculates like any other.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../shared/domain/types';
import sample from '../../assets/sample/umea-2480.json';

const dir = mkdtempSync(join(tmpdir(), 'klimat-optimise-'));
const env = { ...process.env, KLIMAT_DATA_DIR: join(dir, 'data') };
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/node/cli.cjs', ...args], { env, encoding: 'utf8' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample with a target the candidates can reach: half of 1990's gross emissions by 2030. */
const doc = structuredClone(sample) as unknown as PlanDocument;
doc.targets.push({ id: 'halvering', name: 'Halvering 2030', year: 2030, scope: 'gross', kind: 'reduction', reduction: 0.5, referenceYear: 1990 });
const json = join(dir, 'plan.json');
writeFileSync(json, JSON.stringify(doc));
const klimat = join(dir, 'plan.klimat');
execFileSync(process.execPath, ['dist/node/cli.cjs', 'import-json', json, klimat], { env });

describe('klimat optimise', () => {
  it('prints the cheapest choice that meets the target, in the §10 shape', () => {
    const r = cli('optimise', json, '--scenario', 'decided', '--targets', 'halvering');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['status', 'objective', 'value', 'include', 'startYears', 'targets']);
    expect(out).toMatchObject({ status: 'optimal', objective: 'npv' });
    expect(out.include.length).toBeGreaterThan(0);
    expect(out.targets).toEqual([{ id: 'halvering', gap: expect.any(Number), met: true }]);
    expect(out.targets[0].gap).toBeLessThanOrEqual(0);
    const candidates = new Set(doc.actions.filter((a) => ['idea', 'proposed'].includes(a.status)).map((a) => a.id));
    expect(out.include.every((id: string) => candidates.has(id))).toBe(true);
    for (const [id, year] of Object.entries(out.startYears)) {
      const a = doc.actions.find((x) => x.id === id)!;
      expect(year).not.toBe(a.startYear);
      expect(year).toBeGreaterThanOrEqual(a.earliestStartYear!);
      expect(year).toBeLessThanOrEqual(a.latestStartYear!);
    }
  });

  it('saves the answer as a scenario in the file, atomically; calc shows the target met', () => {
    const r = cli('optimise', klimat, '--scenario', 'decided', '--targets', 'halvering', '--objective', 'societal', '--save', 'Optimerat: halvering');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(existsSync(`${klimat}-wal`)).toBe(false);
    const saved = JSON.parse(cli('export-json', klimat, '-').stdout) as PlanDocument;
    const scenario = saved.scenarios.find((s) => s.name === 'Optimerat: halvering')!;
    expect(scenario.include).toEqual(out.include);
    expect(scenario.startYears ?? {}).toEqual(out.startYears);
    expect(scenario.includeStatuses).toEqual(['decided', 'ongoing', 'done']);
    const calc = JSON.parse(cli('calc', klimat, '--scenario', scenario.id).stdout);
    expect(calc.targets.find((t: { id: string }) => t.id === 'halvering')).toMatchObject({ met: true });
    const value = calc.actions.reduce((sum: number, a: { included: boolean; societalNpvSek: number }) => sum + (a.included ? a.societalNpvSek : 0), 0);
    expect(value).toBeCloseTo(out.value, 0);
  });

  it('says why, with exit 0, when the targets cannot be met', () => {
    const r = cli('optimise', json, '--scenario', 'decided');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.status).toBe('infeasible');
    expect(out.include).toBeUndefined();
    expect(out.reasons[0]).toMatch(
      /^Målet 2030 \(Etappmål 2030: −63 % mot 1990\): även med alla valbara åtgärder vid tidigaste start återstår [\d\s\u00a0]+ t\.$/,
    );
  });

  it('refuses bad input with one Swedish line and exit 1, and writes nothing', () => {
    for (const args of [
      ['--scenario', 'finns-inte'],
      ['--scenario', 'decided', '--budget', 'kommunen:2025:100'],
      ['--scenario', 'decided', '--budget', 'municipality:2025-2099:100'],
      ['--scenario', 'decided', '--candidates', 'finns-inte'],
      ['--scenario', 'decided', '--objective', 'billigast'],
      ['--scenario', 'decided', '--save', 'X'],
    ]) {
      const r = cli('optimise', json, ...args);
      expect(r.status, args.join(' ')).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/[åäö]|finns inte|Ange/);
    }
  });
});
