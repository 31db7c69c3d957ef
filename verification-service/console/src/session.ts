import { ConsoleSession } from '@helpdesk-verify/core-client/schemas';
import { csrfHeader, setCsrfToken } from './api';

export type { ConsoleSession };
export type ConsoleRole = ConsoleSession['user']['role'];

/** The signed-in user, or null when there is no valid session (401). Other failures throw. */
export async function loadSession(): Promise<ConsoleSession | null> {
  const response = await fetch('/console/session', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (response.status === 401) return null;
  if (!response.ok) throw new Error(`The service answered ${response.status} when reading the session`);
  const session = ConsoleSession.parse(await response.json());
  setCsrfToken(session.csrf_token);
  return session;
}

export async function signOut(): Promise<void> {
  await fetch('/console/auth/sign-out', { method: 'POST', credentials: 'same-origin', headers: csrfHeader() });
  setCsrfToken('');
}
