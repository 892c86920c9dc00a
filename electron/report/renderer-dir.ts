// Where the built report page is: dist/renderer, found beside the running bundle (dist/node/*.cjs)
// or, when the sources run directly (tests), from this file's folder.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiFailure } from '../../shared/api/result';
import { REPORT_PAGE } from '../../shared/report/bridge';

export function reportRendererDir(): string {
  const candidates = ['../renderer', '../../dist/renderer'].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  const found = candidates.find((dir) => existsSync(resolve(dir, REPORT_PAGE)));
  if (!found) throw new ApiFailure('internal', 'Rapportsidan är inte byggd (dist/renderer/report.html saknas); kör "npm run build".');
  return resolve(found);
}
