// Every view's own strings (each in a `messages.ts` beside the view, made with defineMessages),
// merged into the one table. A view adds one import and one spread in each of sv and en.

export const AREA_MESSAGES = {
  sv: {
    // ...actionsMessages.sv,
  },
  en: {
    // ...actionsMessages.en,
  },
};
