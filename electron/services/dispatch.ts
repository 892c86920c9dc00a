// The one entry every transport uses: look the call up, validate its input with the contract's
// zod schema (in Node, whatever the transport), run it, and answer with an envelope. Nothing
// thrown ever crosses a process boundary.
import { contract, isCallName, type CallName } from '../../shared/api/contract';
import { ApiFailure, fail, ok, type ApiResult } from '../../shared/api/result';
import { problemsFromZod, shortKey } from '../../shared/schema/problems';
import { dataFolderFull, ioKind } from '../document/io-errors';
import { waitsForImport } from './call-kinds';
import { handlers } from './registry';
import { logInternalError } from '../app-data/error-log';
import type { Handler, ServiceContext } from './handler';

export async function dispatch(ctx: ServiceContext, name: string, input: unknown): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) return fail('unknownCall', `Anropet "${shortKey(name)}" finns inte.`);
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    return fail('invalid', problems[0].message, problems[0].path, { problems });
  }
  const gate = waitsForImport(name) ? ctx.manager.writes : null;
  await gate?.begin();
  try {
    const handler = handlers[name] as Handler<CallName>;
    return ok(await handler(ctx, parsed.data as never));
  } catch (e) {
    return failureOf(e);
  } finally {
    gate?.end();
  }
}

/**
 * An error as the user reads it: one Swedish sentence. SQLite's, the XML parser's and the file
 * system's own words (and paths) go to errors.log only.
 */
export function failureOf(e: unknown): ApiResult<never> {
  if (e instanceof ApiFailure) return fail(e.code, e.message, e.path, e.details);
  const m = e instanceof Error ? e.message : String(e);
  if (ioKind(e) === 'full') {
    logInternalError(e);
    const f = dataFolderFull('Det gick inte att göra');
    return fail(f.code, f.message);
  }
  logInternalError(e);
  if (/CHECK constraint failed|FOREIGN KEY constraint failed|UNIQUE constraint failed|cannot store/i.test(m)) {
    // The schema guards what the validation should already have refused; say so plainly.
    return fail('invalid', 'Värdet godtogs inte av dokumentet: det bryter mot en regel i planens filformat. Ingenting ändrades.');
  }
  return fail('internal', 'Ett oväntat fel inträffade; detaljerna finns i programmets fellogg (errors.log).');
}
