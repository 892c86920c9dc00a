// The one table of every call the renderer (and the CLI's `call`) can make: name → zod input
// and output type. Node validates every input with these schemas, whatever the transport.
// One file per area in calls/, named as the service that handles it: calls/X.ts ↔
// electron/services/X.ts.
import type { z } from 'zod';
import type { Effect } from './define';
import { actionCalls } from './calls/actions';
import { commitmentCalls } from './calls/commitments';
import { documentCalls } from './calls/document';
import { exchangeCalls } from './calls/exchange';
import { financingCalls } from './calls/financing';
import { followUpCalls } from './calls/followup';
import { historyCalls } from './calls/history';
import { mergeCalls } from './calls/merge';
import { planCalls } from './calls/plan';
import { reportCalls } from './calls/report';
import { rollupCalls } from './calls/rollup';
import { scenarioCalls } from './calls/scenarios';
import { sectorCalls } from './calls/sectors';
import { settingsCalls } from './calls/settings';
import { targetCalls } from './calls/targets';
import { versionCalls } from './calls/versions';

export const contract = {
  ...documentCalls,
  ...planCalls,
  ...sectorCalls,
  ...targetCalls,
  ...actionCalls,
  ...financingCalls,
  ...commitmentCalls,
  ...scenarioCalls,
  ...followUpCalls,
  ...versionCalls,
  ...historyCalls,
  ...mergeCalls,
  ...settingsCalls,
  ...exchangeCalls,
  ...reportCalls,
  ...rollupCalls,
};

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallOutput<N extends CallName> = Contract[N]['output'];

export const CALL_NAMES = Object.keys(contract) as CallName[];

/** What the call changes (see define.ts). */
export function effectOf(name: CallName): Effect {
  return contract[name].effect;
}

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
