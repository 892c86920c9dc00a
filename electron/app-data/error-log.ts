// Unexpected errors go to a log file in the app's data folder (with their stack), never to the
// user's stdout/stderr: the CLI must keep to one line, the UI shows one sentence.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths';

export function logInternalError(e: unknown): void {
  try {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    appendFileSync(join(dataDir(), 'errors.log'), `${new Date().toISOString()} ${text}\n`);
  } catch {
    // Nowhere to write: the user still gets the one-sentence message.
  }
}
