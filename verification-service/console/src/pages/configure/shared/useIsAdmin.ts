import { useSession } from '../../../sessionContext';

/** Only admins change configuration; auditors see the same pages read-only (the API enforces it too). */
export function useIsAdmin(): boolean {
  return useSession().user.role === 'admin';
}
