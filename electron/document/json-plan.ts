// A plan from a JSON file (`klimat-plan` version 1, DESIGN §6): the JSON import's gate, as the
// CLI and the roll-up use it. Refusals are one Swedish sentence (RefusedFile).
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parsePlanDocument } from '../../shared/schema/document';
import { describeProblem } from '../../shared/schema/problems';
import type { Plan } from '../../shared/domain/types';
import { RefusedFile } from './refused';

/** Far above the JSON of a 100 000-action plan; parsing much more would exhaust memory. */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

export function readJsonPlanFile(path: string): Plan {
  let text: string;
  try {
    if (statSync(path).size > MAX_JSON_BYTES) throw new RefusedFile(`Filen ${basename(path)} är för stor för att vara en plan i JSON.`);
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof RefusedFile) throw e;
    throw new RefusedFile(`Filen ${path} finns inte eller kan inte läsas.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new RefusedFile(`Filen ${basename(path)} är inte giltig JSON (${(e as Error).message}).`);
  }
  const r = parsePlanDocument(json);
  if (!r.ok) {
    const more = r.problems.length > 1 ? ` (och ${r.problems.length - 1} fel till)` : '';
    throw new RefusedFile(`${basename(path)} avvisades: ${describeProblem(r.problems[0])}${more}`);
  }
  return r.plan;
}
