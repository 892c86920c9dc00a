// The one entry every transport uses: look the call up, validate its input with the contract's
// zod schema (in Node, whatever the transport), refuse what its effect does not allow, have the
// transport's picker choose the file it needs, run it, and answer with a frame: the envelope,
// the document's status, and what the call changed. Nothing thrown ever crosses a process
// boundary.
import { contract, effectOf, isCallName, type CallName } from '../../shared/api/contract';
import type { CallFrame, DocumentChange } from '../../shared/api/frame';
import { ApiFailure, fail, ok, type ApiResult } from '../../shared/api/result';
import { problemsFromZod } from '../../shared/schema/problems';
import { planDelta } from '../document/delta';
import type { DocumentManager } from '../document/manager';
import { readOnlyFailure, type Session } from '../document/session';
import { fileQuestions, handlers } from './registry';
import { logInternalError } from '../app-data/error-log';
import { constraintMessage } from '../document/constraints';
import { pickerOf, type CallContext, type Handler, type ServiceContext } from './handler';

/** Node's count of changes per manager: frames carry it so that late answers can be told apart. */
const changeSeq = new WeakMap<DocumentManager, number>();

/** Runs one call; the answer's envelope only (the CLI, tests): the changed rows are not read back. */
export async function dispatch(ctx: ServiceContext, name: string, input: unknown): Promise<ApiResult<unknown>> {
  return (await dispatchFrame(ctx, name, input, false)).result;
}

/** Runs one call and answers with its frame (what the transports carry). */
export async function dispatchFrame(ctx: ServiceContext, name: string, input: unknown, withRows = true): Promise<CallFrame> {
  const before = ctx.manager.session;
  const result = await run(ctx, name, input);
  const effect = isCallName(name) ? effectOf(name) : 'none';
  const change = result.ok && effect !== 'none' ? changeOf(ctx.manager, before, effect, withRows) : undefined;
  let seq = changeSeq.get(ctx.manager) ?? 0;
  if (change) changeSeq.set(ctx.manager, ++seq);
  return change ? { result, seq, status: ctx.manager.status(), change } : { result, seq, status: ctx.manager.status() };
}

/** A frame without a call: what Node pushes when the open plan changed on its own (a file opened from outside). */
export function eventFrame(ctx: ServiceContext, before: Session | null): Omit<CallFrame, 'result'> {
  const change = changeOf(ctx.manager, before, 'document');
  const seq = (changeSeq.get(ctx.manager) ?? 0) + 1;
  changeSeq.set(ctx.manager, seq);
  return { seq, status: ctx.manager.status(), change };
}

function changeOf(manager: DocumentManager, before: Session | null, effect: DocumentChange['effect'], withRows = true): DocumentChange {
  const s = manager.session;
  if (s !== before) return { effect, replaced: true };
  if (!s || s.touched.empty) return { effect, replaced: false };
  const touched = s.touched.take();
  return withRows ? { effect, replaced: false, plan: planDelta(s.db, touched) } : { effect, replaced: false };
}

async function run(ctx: ServiceContext, name: string, input: unknown): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) return fail('unknownCall', `Anropet "${name}" finns inte.`);
  const parsed = contract[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    return fail('invalid', problems[0].message, problems[0].path, { problems });
  }
  try {
    const s = ctx.manager.session;
    // A read-only plan refuses every change of its content, whichever call makes it.
    if (effectOf(name) === 'plan' && s?.readOnly) throw readOnlyFailure(s.lockedBy);
    const call: CallContext = { ...ctx };
    const question = fileQuestions[name] as ((c: ServiceContext, i: unknown) => ReturnType<NonNullable<(typeof fileQuestions)[CallName]>>) | undefined;
    const asked = question?.(ctx, parsed.data);
    if (asked) call.file = await pickerOf(ctx).choose(asked);
    const handler = handlers[name] as Handler<CallName>;
    return ok(await handler(call, parsed.data as never));
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
