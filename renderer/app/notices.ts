// Messages for the user that no single field owns: a refused call, a failed save. Shown in the
// alert region until dismissed; the newest few are kept.
import { createStore } from '../lib/store';

export interface Notice {
  id: number;
  message: string;
}

const MAX_NOTICES = 3;
let nextId = 0;

export const notices = createStore<readonly Notice[]>([]);

export function showError(message: string): void {
  const notice = { id: ++nextId, message };
  // The same message twice in a row (e.g. Ctrl+S held down) is shown once.
  notices.set((list) => (list.at(-1)?.message === message ? list : [...list, notice].slice(-MAX_NOTICES)));
}

export function dismissNotice(id: number): void {
  notices.set((list) => list.filter((n) => n.id !== id));
}
