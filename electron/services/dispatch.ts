// The one entry every transport uses: look the call up, validate its input with the contract's
// zod schema (in Node, whatever the transport), run it, and answer with an envelope. Nothing
// thrown ever crosses a process boundary.
import { contract, isCallName, type CallName } from '../../shared/api/contract';
import { ApiFailure, fail, ok, type ApiResult } from '../../shared/api/result';
import { problemsFromZod } from '../../shared/schema/problems';
import { handlers } from './registry';
import { logInternalError } from '../app-data/error-log';
import { constraintMessage } from '../document/constraints';
import type { Handler, ServiceContext } from './handler';

export async function dispatch(ctx: ServiceContext, name: string, input: unknown): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) return fail('unknownCall', `Anropet "${name}" finns inte.`);
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    return fail('invalid', problems[0].message, problems[0].path, { problems });
  }
  try {
    const handler = handlers[name] as Handler<CallName>;
    return ok(await handler(ctx, parsed.data as never));
  } catch (e) {
    return failureOf(e);
  }
}

export function failureOf(e: unknown): ApiResult<never> {
  if (e instanceof ApiFailure) return fail(e.code, e.message, e.path, e.details);
  const m = e instanceof Error ? e.message : String(e);
  const refused = constraintMessage(m);
  if (refused) {
    // The schema guards what the validation should already have refused: say which field, in
    // Swedish, and keep SQLite's own sentence for errors.log.
    logInternalError(e);
    return fail('invalid', refused);
  }
  logInternalError(e);
  return fail('internal', `Ett oväntat fel inträffade: ${m.split('\n')[0]}`);
}
