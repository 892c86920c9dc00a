// Every view's own strings (each in a `messages.ts` beside the view, made with defineMessages),
// merged into the one table. A view adds its messages to AREAS; a test checks that no two
// areas (nor an area and the common table) use the same key.
import { chartMessages } from '../charts/messages';
import { gridMessages } from '../grid/messages';
import { reportPanelMessages } from '../report/messages';
import { actionsMessages } from '../views/actions/messages';
import { commitmentMessages } from '../views/commitments/messages';
import { exportMessages } from '../views/export/messages';
import { financingMessages } from '../views/financing/messages';
import { followupMessages } from '../views/followup/messages';
import { historyMessages } from '../views/history/messages';
import { mergeMessages } from '../views/merge/messages';
import { overviewMessages } from '../views/overview/messages';
import { regionMessages } from '../views/region/messages';
import { scenarioMessages } from '../views/scenarios/messages';
import { optimiseMessages } from '../views/scenarios/optimise/messages';
import { targetMessages } from '../views/targets/messages';
import { uncertaintyMessages } from '../uncertainty/messages';

export const AREAS = {
  grid: gridMessages,
  actions: actionsMessages,
  financing: financingMessages,
  charts: chartMessages,
  overview: overviewMessages,
  scenarios: scenarioMessages,
  optimise: optimiseMessages,
  targets: targetMessages,
  commitments: commitmentMessages,
  followup: followupMessages,
  export: exportMessages,
  history: historyMessages,
  merge: mergeMessages,
  reportPanel: reportPanelMessages,
  region: regionMessages,
  uncertainty: uncertaintyMessages,
};

export const AREA_MESSAGES = {
  sv: {
    ...gridMessages.sv,
    ...actionsMessages.sv,
    ...financingMessages.sv,
    ...chartMessages.sv,
    ...overviewMessages.sv,
    ...scenarioMessages.sv,
    ...optimiseMessages.sv,
    ...targetMessages.sv,
    ...commitmentMessages.sv,
    ...followupMessages.sv,
    ...exportMessages.sv,
    ...historyMessages.sv,
    ...mergeMessages.sv,
    ...reportPanelMessages.sv,
    ...regionMessages.sv,
    ...uncertaintyMessages.sv,
  },
  en: {
    ...gridMessages.en,
    ...actionsMessages.en,
    ...financingMessages.en,
    ...chartMessages.en,
    ...overviewMessages.en,
    ...scenarioMessages.en,
    ...optimiseMessages.en,
    ...targetMessages.en,
    ...commitmentMessages.en,
    ...followupMessages.en,
    ...exportMessages.en,
    ...historyMessages.en,
    ...mergeMessages.en,
    ...reportPanelMessages.en,
    ...regionMessages.en,
    ...uncertaintyMessages.en,
  },
};
