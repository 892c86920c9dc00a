// Every call of the contract, implemented: the type requires a handler for each name.
import { actionHandlers } from './actions';
import { documentHandlers } from './document';
import { exchangeHandlers } from './exchange';
import { financingHandlers } from './financing';
import { followUpHandlers } from './followup';
import type { Handlers } from './handler';
import { historyHandlers } from './history';
import { mergeHandlers } from './merge';
import { planHandlers } from './plan';
import { reportHandlers } from './report';
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
  ...scenarioHandlers,
  ...historyHandlers,
  ...mergeHandlers,
  ...settingsHandlers,
  ...exchangeHandlers,
  ...reportHandlers,
  ...followUpHandlers,
  ...versionHandlers,
};
