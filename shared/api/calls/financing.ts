// financingSources.* and financing.* (the entries: a source's money for an action):
// handled in electron/services/financing.ts.
import type { FinancingEntry, FinancingSource } from '../../domain/types';
import { changesOf, financingEntryShape, financingSourceShape } from '../../schema/entities';
import { bulk, byIds, crud } from '../crud';
import { write } from '../define';

const sources = crud<FinancingSource, typeof financingSourceShape>(financingSourceShape);
const financing = crud<FinancingEntry, typeof financingEntryShape>(financingEntryShape);

export const financingCalls = {
  'financingSources.list': sources.list,
  'financingSources.create': sources.create,
  'financingSources.update': sources.update,
  'financingSources.delete': sources.delete,
  'financingSources.patch': write<FinancingSource[]>()(bulk(changesOf(financingSourceShape, 'changes'))),
  'financingSources.deleteMany': write<{ ids: string[] }>()(byIds),

  'financing.list': financing.list,
  'financing.create': financing.create,
  'financing.update': financing.update,
  'financing.delete': financing.delete,
  'financing.patch': write<FinancingEntry[]>()(bulk(changesOf(financingEntryShape, 'changes'))),
  'financing.deleteMany': write<{ ids: string[] }>()(byIds),
};
