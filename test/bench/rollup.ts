// The roll-up of several plans (issue 19): 100 and 290 sample-size plans of different
// municipalities, each through the open gate (worker processes checking batches of private
// copies, a few lanes at once), calculated and summed. Goals: 100 plans ≤ 10 s, 290 ≤ 30 s.
// The gate's workers are other processes, so the CPU time printed includes theirs: on a machine
// that other work keeps busy, the wall time shows the load and the CPU time what the roll-up costs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlanDocument } from '../../shared/schema/document';
import { writePlanFile } from '../../electron/document/files';
import { defaultLanes, type RollupFile } from '../../electron/rollup/read';
import { rollupFiles } from '../../electron/rollup/rollup';
import { regionPlan, variantOf } from '../support/region-plans';
import { median, type Print } from './stats';

const SIZES = [
  { n: 100, goalMs: 10_000, runs: 3 },
  { n: 290, goalMs: 30_000, runs: 2 },
];

/** CPU seconds of this process and of the children it has waited for (Linux: /proc/self/stat). */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 16 and 17 (cutime, cstime) are the 14th and 15th after the ") ", in clock ticks.
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux: the children's time is not known.
  }
  return (own.user + own.system) / 1e6 + children;
}

export async function benchRollup(print: Print): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'klimat-bench-rollup-'));
  process.env.KLIMAT_DATA_DIR = join(dir, 'data');
  try {
    const r = parsePlanDocument(JSON.parse(readFileSync(join(process.cwd(), 'assets/sample/umea-2480.json'), 'utf8')));
    if (!r.ok) throw new Error('sample invalid');
    const max = Math.max(...SIZES.map((s) => s.n));
    let t = performance.now();
    const files: RollupFile[] = [];
    for (let i = 0; i < max; i++) {
      const plan = regionPlan(r.plan, variantOf(i));
      const file = `plan-${plan.plan.municipalityCode}.klimat`;
      writePlanFile(join(dir, file), plan, { replica: 'bench', user: 'bench' }, 'bench');
      files.push({ file, path: join(dir, file) });
    }
    print(
      `rollup: wrote ${max} sample-size plans (${r.plan.actions.length} actions each)   ${(performance.now() - t).toFixed(0)} ms; ${defaultLanes()} gate lanes`,
    );
    for (const { n, goalMs, runs } of SIZES) {
      const walls: number[] = [];
      const cpus: number[] = [];
      for (let k = 0; k < runs; k++) {
        const load = loadavg()[0];
        const cpu0 = cpuSeconds();
        t = performance.now();
        const result = await rollupFiles(files.slice(0, n), { scenarioId: 'decided' });
        walls.push(performance.now() - t);
        cpus.push(cpuSeconds() - cpu0);
        if (result.plans.length !== n || result.refused.length)
          throw new Error(`rollup of ${n}: ${result.plans.length} plans, ${result.refused.length} refused`);
        print(
          `rollup: ${n} plans, run ${k + 1}: ${walls[k].toFixed(0)} ms wall, ${cpus[k].toFixed(1)} s CPU (parent + gate workers), load average ${load.toFixed(1)}`,
        );
      }
      print(
        `rollup: ${String(n).padStart(3)} plans (gate, calculate, sum)   median ${median(walls).toFixed(0)} ms  goal ≤ ${goalMs} ms; CPU median ${median(cpus).toFixed(1)} s`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
