import { gs } from '@servicenow/glide';
import type { AppSettings } from '../settings/AppSettings';
import { readSettings } from '../settings/readSettings';

/** The settings from the system properties (password2 properties come back decrypted to server code only). */
export const platformSettings = (): AppSettings => readSettings((name) => gs.getProperty(name, ''));
