// The installation's own settings that the user sees: the name written into the change log.
import { z } from 'zod';
import { none, read, settingsCall } from '../define';

export interface UserSettings {
  /** The name in the change log: the one set in the app, else the operating-system account. */
  userName: string;
  /** The operating-system account's name, the default. */
  osUserName: string;
  /** Whether the name was set in the app (false: it follows the account). */
  custom: boolean;
}

export const settingsCalls = {
  'settings.get': read<UserSettings>()(none),
  /** An empty name goes back to the operating-system account's. Applies to the open plan at once. */
  'settings.update': settingsCall<UserSettings>()(
    z.strictObject({
      userName: z
        .string({ error: 'Namnet ska vara en text.' })
        .max(100, { error: 'Namnet får vara högst 100 tecken.' })
        .refine((v) => !/[\u0000-\u001f]/.test(v), { error: 'Namnet får inte innehålla styrtecken.' }),
    }),
  ),
};
