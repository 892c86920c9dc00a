// The open gate's child process: inspects private copies, one after the other, and prints one
// verdict per copy as a line of JSON as soon as it has it. Runs under Node (child_process) or
// Electron's utilityProcess; the parent kills it when a copy takes longer than its timeout.
// Several copies per process spare the roll-up of many plans a process start for each.
import { useNativeBinding } from './db';
import { inspect, type InspectResult } from './inspect';
import { WITH_PLAN } from './gate-args';

// Under Electron the parent passes the path of the Electron-ABI build of better-sqlite3.
useNativeBinding(process.env.KLIMAT_SQLITE_BINDING || undefined);

const args = process.argv.slice(2);
// `--with-plan` first: each verdict carries the checked plan (the roll-up reads it from there).
const withPlan = args[0] === WITH_PLAN;
const paths = withPlan ? args.slice(1) : args;

function verdict(path: string): InspectResult {
  try {
    return inspect(path, { withPlan });
  } catch (e) {
    return { ok: false, message: `Filen kunde inte kontrolleras (${e instanceof Error ? e.message : String(e)}).` };
  }
}

if (paths.length === 0) paths.push('');
let i = 0;
function next(): void {
  if (i >= paths.length) {
    process.exit(0);
    return;
  }
  const path = paths[i++];
  const result: InspectResult = path ? verdict(path) : { ok: false, message: 'Ingen fil angiven.' };
  // The write's callback: the line has left the process before the next copy is looked at.
  process.stdout.write(`${JSON.stringify(result)}\n`, next);
}
next();
