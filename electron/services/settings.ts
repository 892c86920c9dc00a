// settings.get / settings.update: the user's name in the change log. It defaults to the
// operating-system account; a name set here is kept in the app's settings and applies to the
// open plan at once (its next change carries it).
import type { UserSettings } from '../../shared/api/calls/settings';
import { osUserName, readSettings, updateSettings, currentUser } from '../app-data/settings';
import type { Handlers } from './handler';

function userSettings(): UserSettings {
  const custom = (readSettings().userName ?? '').trim();
  return { userName: currentUser(), osUserName: osUserName(), custom: custom !== '' };
}

export const settingsHandlers = {
  'settings.get': () => userSettings(),
  'settings.update': ({ manager }, { userName }) => {
    const name = userName.trim();
    updateSettings({ userName: name || undefined });
    if (manager.session) manager.session.actor.user = currentUser();
    return userSettings();
  },
} satisfies Partial<Handlers>;
