// Every view's own strings (each in a `messages.ts` beside the view, made with defineMessages),
// merged into the one table. A view adds one import and one spread in each of sv and en.
import { gridMessages } from '../grid/messages';
import { actionsMessages } from '../views/actions/messages';
import { financingMessages } from '../views/financing/messages';
import { chartMessages } from '../charts/messages';
import { overviewMessages } from '../views/overview/messages';
import { scenarioMessages } from '../views/scenarios/messages';
import { targetMessages } from '../views/targets/messages';
import { commitmentMessages } from '../views/commitments/messages';
import { exportMessages } from '../views/export/messages';
import { historyMessages } from '../views/history/messages';
import { mergeMessages } from '../views/merge/messages';
import { reportPanelMessages } from '../report/messages';

export const AREA_MESSAGES = {
  sv: {
    ...gridMessages.sv,
    ...actionsMessages.sv,
    ...financingMessages.sv,
    ...chartMessages.sv,
    ...overviewMessages.sv,
    ...scenarioMessages.sv,
    ...targetMessages.sv,
    ...commitmentMessages.sv,
    ...exportMessages.sv,
    ...historyMessages.sv,
    ...mergeMessages.sv,
    ...reportPanelMessages.sv,
    // ...actionsMessages.sv,
  },
  en: {
    ...gridMessages.en,
    ...actionsMessages.en,
    ...financingMessages.en,
    ...chartMessages.en,
    ...overviewMessages.en,
    ...scenarioMessages.en,
    ...targetMessages.en,
    ...commitmentMessages.en,
    ...exportMessages.en,
    ...historyMessages.en,
    ...mergeMessages.en,
    ...reportPanelMessages.en,
    // ...actionsMessages.en,
  },
};
