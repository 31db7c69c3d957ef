import { route } from '@forge/api';
import type { RequestJira } from '../AppDeps';
import { readJira } from './readJira';

/** The calling user (`GET /rest/api/3/myself`, as the user): the agent named on the verification. */
export const getCurrentUser = async (
  asUser: RequestJira,
): Promise<{ accountId: string; displayName: string; email: string | null }> => {
  const user = await readJira<{ accountId: string; displayName?: string; emailAddress?: string }>(
    'getCurrentUser',
    await asUser(route`/rest/api/3/myself`, { headers: { Accept: 'application/json' } }),
  );
  return { accountId: user.accountId, displayName: user.displayName || 'Jira agent', email: user.emailAddress ?? null };
};
