// A call whose refusal the caller does not handle itself: the Swedish message goes to the
// alert region, and the caller gets `undefined`.
import type { CallInput, CallName, CallOutput } from '../../shared/api/contract';
import { showError } from '../app/notices';
import { client } from './client';

export async function request<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N> | undefined> {
  const result = await client.call(name, input);
  if (result.ok) return result.value;
  showError(result.error.message);
  return undefined;
}
