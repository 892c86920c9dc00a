// Every call of the contract, implemented: the type requires a handler for each name. Calls that
// need a file also have a question (FileQuestions), answered by the transport's picker. Each
// file here handles the calls of the same-named file in shared/api/calls/.
import { actionHandlers } from './actions';
import { commitmentHandlers } from './commitments';
import { documentFiles, documentHandlers } from './document';
import { exchangeFiles, exchangeHandlers } from './exchange';
import { financingHandlers } from './financing';
import { followUpHandlers } from './followup';
import type { FileQuestions, Handlers } from './handler';
import { historyHandlers } from './history';
import { mergeFiles, mergeHandlers } from './merge';
import { planHandlers } from './plan';
import { reportFiles, reportHandlers } from './report';
import { rollupHandlers, rollupQuestions } from './rollup';
import { scenarioHandlers } from './scenarios';
import { sectorHandlers } from './sectors';
import { settingsHandlers } from './settings';
import { targetHandlers } from './targets';
import { versionHandlers } from './versions';

export const handlers: Handlers = {
  ...documentHandlers,
  ...planHandlers,
  ...sectorHandlers,
  ...targetHandlers,
  ...actionHandlers,
  ...financingHandlers,
  ...commitmentHandlers,
  ...scenarioHandlers,
  ...historyHandlers,
  ...mergeHandlers,
  ...settingsHandlers,
  ...exchangeHandlers,
  ...reportHandlers,
  ...followUpHandlers,
  ...versionHandlers,
  ...rollupHandlers,
};

export const fileQuestions: FileQuestions = {
  ...documentFiles,
  ...mergeFiles,
  ...exchangeFiles,
  ...reportFiles,
  ...rollupQuestions,
};
