import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsoleSession } from './session';

export const SessionContext = createContext<ConsoleSession | null>(null);

/** The signed-in user and organisation; pages only render inside a session. */
export function useSession(): ConsoleSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession used outside a signed-in console');
  return session;
}
