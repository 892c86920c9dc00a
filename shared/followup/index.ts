// The follow-up of DESIGN §8: pure, on the §5 engine.
export { defaultFollowUpYear, followUp } from './followup';
export { actionChanges, changedFields } from './changes';
export { observedTotals, type ObservedTotals } from './observed';
export * from './types';
export { chooseReference, defaultScenarioId, type ReferenceChoice } from './reference';
export {
  actionName,
  effectSentence,
  emissionsSentence,
  fieldChangeWords,
  lastObserved,
  operationSentence,
  paceSentence,
  spendingSentence,
  targetOf,
} from './words';
