// `calc` prints the engine's §6 object; the same plan as JSON and as .klimat gives the same bytes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import { parsePlanDocument } from '../../shared/schema/document';
import sample from '../../assets/sample/umea-2480.json';

const dir = mkdtempSync(join(tmpdir(), 'klimat-calc-'));
const env = { ...process.env, KLIMAT_DATA_DIR: join(dir, 'data') };
const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/node/cli.cjs', ...args], { env, encoding: 'utf8' });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('klimat calc', () => {
  const json = 'assets/sample/umea-2480.json';
  const klimat = join(dir, 'umea.klimat');
  execFileSync(process.execPath, ['dist/node/cli.cjs', 'import-json', json, klimat], { env });

  it.each(['decided', 'all'])('prints identical output for the JSON file and the .klimat made from it (%s)', (scenario) => {
    const a = cli('calc', json, '--scenario', scenario, '--year', '2030');
    const b = cli('calc', klimat, '--scenario', scenario, '--year', '2030');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stderr).toBe('');
  });

  it('prints exactly what the engine computes, as plain JSON numbers', () => {
    const r = parsePlanDocument(structuredClone(sample));
    if (!r.ok) throw new Error('sample invalid');
    const out = JSON.parse(cli('calc', json, '--scenario', 'decided').stdout);
    expect(out).toEqual(JSON.parse(JSON.stringify(calculate(r.plan, 'decided'))));
    expect(out.macc).toBeUndefined();
    expect(out.years[0]).toBe(r.plan.plan.startYear);
    expect(out.emissions.gross).toHaveLength(out.years.length);
  });

  it('adds the MACC for --year', () => {
    const out = JSON.parse(cli('calc', json, '--scenario', 'all', '--year', '2030').stdout);
    expect(Array.isArray(out.macc)).toBe(true);
    const costs = out.macc.map((b: { costSekPerTon: number }) => b.costSekPerTon);
    expect(costs).toEqual([...costs].sort((x, y) => x - y));
  });

  it('refuses an unknown scenario with one Swedish line and exit 1', () => {
    const r = cli('calc', json, '--scenario', 'finns-inte');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('finns-inte');
  });

  it('refuses an invalid plan with one Swedish line and exit 1', () => {
    const r = cli('calc', 'package.json', '--scenario', 'decided');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/avvisades|Okänt fält|saknas/);
  });
});
