// Set when the browser host refuses the page itself (HTTP 403: wrong token, Host or Origin).
// No call can succeed then, so the app shows one clear explanation instead of its views.
import { createStore } from '../lib/store';

export const accessDenied = createStore(false);
