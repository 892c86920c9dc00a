// Property (issue 16 item 2): whatever the API accepts, once saved, passes the open gate. Random
// sequences of calls carry texts with control characters, lone surrogates, U+FFFE/U+FFFF,
// CRLF, quotes and backslashes (which JSON escapes in the change log), texts at and just past
// the 10 000-character cap, 100 and 101 tags, and numbers at and past their ranges. Each call
// may be refused; after the sequence the plan is saved and the saved file is inspected by the
// gate's own checks (inspect.ts on a private copy, as `validate` does).
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/domain/types';
import { inspect } from '../../electron/document/inspect';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { call, managerIn, writeDocument } from '../support/documents';

beforeAll(() => useTempDataDir());
afterAll(removeTempDirs);

const TEXT_MAX = 10_000;
const nasty = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000b',
  '\u001f',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '"',
  '\\',
  '😀',
  'å',
  '€',
  '\u0085',
  '\u2028',
);
const piece = fc.oneof(fc.string({ maxLength: 8 }), nasty);
/** A text: short and mixed, or one character repeated to a length at or around the cap. */
const textArb = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { maxLength: 12 }).map((p) => p.join('')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.oneof(nasty, fc.constantFrom('x', '"')), fc.constantFrom(TEXT_MAX - 1, TEXT_MAX, TEXT_MAX + 1, TEXT_MAX / 2))
      .map(([c, n]) => c.repeat(Math.ceil(n / c.length)).slice(0, n)),
  },
);
const moneyArb = fc.constantFrom(0, 1, 1e13, 1e13 + 1, -1, 0.5, Number.MAX_SAFE_INTEGER);
const yearArb = fc.constantFrom(1989, 1990, 2025, 2030, 2100, 2101);
const tagsArb = fc.oneof(
  fc.array(textArb, { maxLength: 4 }),
  fc.constantFrom(100, 101).map((n) => Array.from({ length: n }, (_, i) => `t${i}`)),
);

type Step =
  | { call: 'plan.update'; changes: Record<string, unknown> }
  | { call: 'actions.create'; values: Record<string, unknown> }
  | { call: 'actions.update'; pick: number; changes: Record<string, unknown> }
  | { call: 'actions.patch'; pick: number; changes: Record<string, unknown>; values: Record<string, unknown> }
  | { call: 'sectors.create' | 'financingSources.create' | 'scenarios.create' | 'targets.create'; values: Record<string, unknown> }
  | { call: 'costOverrides.create'; pick: number; year: number; capexSek: number }
  | { call: 'history.undo' };

const mixedAction = fc.record(
  { name: textArb, code: textArb, notes: textArb, owner: textArb, description: textArb, tags: tagsArb, capexSek: moneyArb, startYear: yearArb },
  { requiredKeys: [] },
);
/** Every text field of an action full to the cap with one character: the largest change-log row. */
const fullAction = fc.tuple(fc.oneof(nasty, fc.constant('x')), fc.constantFrom(TEXT_MAX, TEXT_MAX + 1)).map(([c, n]) => {
  const t = c.repeat(n).slice(0, n);
  return { name: t, code: t, notes: t, owner: t, description: t };
});
const actionValues = fc.oneof({ weight: 4, arbitrary: mixedAction }, { weight: 1, arbitrary: fullAction });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ call: fc.constant('plan.update' as const), changes: fc.record({ title: textArb, municipality: textArb }, { requiredKeys: [] }) }),
  fc.record({ call: fc.constant('actions.create' as const), values: actionValues }),
  fc.record({ call: fc.constant('actions.update' as const), pick: fc.nat(), changes: actionValues }),
  fc.record({ call: fc.constant('actions.patch' as const), pick: fc.nat(), changes: actionValues, values: actionValues }),
  fc.record({
    call: fc.constantFrom('sectors.create' as const, 'financingSources.create' as const, 'scenarios.create' as const),
    values: fc.record({ name: textArb }),
  }),
  fc.record({ call: fc.constant('targets.create' as const), values: fc.record({ name: textArb, year: yearArb, kind: fc.constant('netZero') }) }),
  fc.record({ call: fc.constant('costOverrides.create' as const), pick: fc.nat(), year: yearArb, capexSek: moneyArb }),
  fc.record({ call: fc.constant('history.undo' as const) }),
);

const short = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' && x.length > 40 ? `${x.slice(0, 40)}…(${x.length})` : x)).slice(0, 2_000);

describe('whatever the API accepts, saved, passes validate', () => {
  it('holds over random call sequences', async () => {
    const dir = tempDir('accepted');
    let run = 0;
    const out = await fc.check(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 12 }), async (steps) => {
        const name = `plan-${run++}.klimat`;
        writeDocument(dir, name);
        const manager = managerIn(dir);
        try {
          const opened = await call(manager, 'document.open', { name });
          expect(opened.ok).toBe(true);
          let accepted = 0;
          for (const step of steps) {
            const ids = ((await call(manager, 'actions.list')) as { ok: true; value: Action[] }).value.map((a) => a.id);
            const pick = (n: number) => ids[n % ids.length];
            const r = await (async () => {
              switch (step.call) {
                case 'actions.update':
                  return call(manager, step.call, { id: pick(step.pick), changes: step.changes });
                case 'actions.patch':
                  return call(manager, step.call, { rows: [{ id: pick(step.pick), changes: step.changes }], create: [{ values: step.values }] });
                case 'costOverrides.create':
                  return call(manager, step.call, { actionId: pick(step.pick), override: { year: step.year, capexSek: step.capexSek } });
                case 'history.undo':
                  return call(manager, step.call);
                case 'plan.update':
                  return call(manager, step.call, { changes: step.changes });
                default:
                  return call(manager, step.call, { values: step.values });
              }
            })();
            if (r.ok) accepted++;
            else expect(r.error.code, r.error.message).not.toBe('internal');
          }
          const saved = await call(manager, 'document.save');
          expect(saved.ok, JSON.stringify(saved)).toBe(true);
          const copy = join(dir, `${name}.check`);
          copyFileSync(join(dir, name), copy);
          const verdict = inspect(copy);
          expect(verdict, `after ${accepted} accepted calls`).toMatchObject({ ok: true });
        } finally {
          manager.close(true);
        }
      }),
      { numRuns: 30 },
    );
    // fast-check's own report would print texts of 10 000 characters; this one shortens them.
    if (out.failed) expect.fail(`${short(out.counterexample)}: ${short(String(out.errorInstance))}`);
  }, 300_000);
});
