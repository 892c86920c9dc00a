// The open gate's child process: inspects one private copy and prints the verdict as JSON.
// Runs under Node (child_process) or Electron's utilityProcess; the parent kills it on timeout.
import { useNativeBinding } from './db';
import { inspect, type InspectResult } from './inspect';
import { logInternalError } from '../app-data/error-log';

// Under Electron the parent passes the path of the Electron-ABI build of better-sqlite3.
useNativeBinding(process.env.KLIMAT_SQLITE_BINDING || undefined);

const path = process.argv[2];
let result: InspectResult;
try {
  result = path ? inspect(path) : { ok: false, message: 'Ingen fil angiven.' };
} catch (e) {
  logInternalError(e);
  result = { ok: false, message: 'Filen kunde inte kontrolleras; detaljerna finns i programmets fellogg.' };
}
process.stdout.write(JSON.stringify(result), () => process.exit(0));
