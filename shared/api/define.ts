// The shape of one call in the contract: a zod input and a phantom output type.
import { z } from 'zod';

export interface CallSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the output type; never read at run time. */
  output: O;
  /** Calls that change the plan: refused when it is read-only, recorded in the change log. */
  writes: boolean;
}

/** `read<Out>()(inputSchema)`: the output type is named, the input type inferred. */
export const read =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O, writes: false });
export const write =
  <O>() =>
  <I extends z.ZodType>(input: I): CallSpec<I, O> => ({ input, output: undefined as O, writes: true });

/** Input of a call that takes nothing. */
export const none = z.strictObject({});
