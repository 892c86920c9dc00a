// A whole plan read from a file the user picked: the JSON interchange format (DESIGN §6) or a
// workbook this app exported. One Swedish sentence for every refusal, the same from the CLI
// (import-json, import-xlsx) as from the app (document.import).
import { ApiFailure } from '../../shared/api/result';
import type { Plan } from '../../shared/domain/types';
import { describeImportProblem, type ImportProblem } from '../../shared/exchange/problems';
import { parsePlanDocument } from '../../shared/schema/document';
import { describeProblem } from '../../shared/schema/problems';
import { FileRefused } from './file-kind';
import { planFromWorkbook } from './plan-import';
import { readImportFile } from './read-file';

export type PlanFileFormat = 'json' | 'xlsx';

/** The plan in a JSON text, or the reason it is none. */
export function planFromJson(text: string, fileName: string): { ok: true; plan: Plan } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, message: `Filen ${fileName} är inte giltig JSON (${(e as Error).message}).` };
  }
  const r = parsePlanDocument(json);
  if (r.ok) return { ok: true, plan: r.plan };
  const more = r.problems.length > 1 ? ` (och ${r.problems.length - 1} fel till)` : '';
  return { ok: false, message: `${fileName} avvisades: ${describeProblem(r.problems[0])}${more}` };
}

export function problemsLine(fileName: string, problems: ImportProblem[]): string {
  const more = problems.length > 1 ? ` (och ${problems.length - 1} problem till)` : '';
  return `${fileName} lästes inte in: ${describeImportProblem(problems[0])}${more}`;
}

/** The plan in the file's bytes (already refused by size); throws ApiFailure with the reason. */
export async function planFromFile(fileName: string, bytes: Buffer, format: PlanFileFormat): Promise<Plan> {
  if (format === 'json') {
    const r = planFromJson(bytes.toString('utf8'), fileName);
    if (!r.ok) throw new ApiFailure('refusedFile', r.message, 'name');
    return r.plan;
  }
  let file;
  try {
    file = await readImportFile(bytes, fileName);
  } catch (e) {
    if (e instanceof FileRefused) throw new ApiFailure('refusedFile', e.message, 'name');
    throw e;
  }
  if (file.kind !== 'xlsx')
    throw new ApiFailure(
      'refusedFile',
      `${fileName} är ingen Excel-arbetsbok; bara arbetsböcker som appen har exporterat kan läsas in som en hel plan.`,
      'name',
    );
  const r = planFromWorkbook(file.tables);
  if (!r.ok) throw new ApiFailure('refusedFile', problemsLine(fileName, r.problems), 'name');
  return r.plan;
}
