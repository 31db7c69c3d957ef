import { callZendesk } from './callZendesk';
import type { ZendeskApiOptions } from './ZendeskApiOptions';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `GET /api/v2/users/{id}.json`: the user's primary email, or null when there is none or no such user. */
export const showUserEmail = async (options: ZendeskApiOptions, userId: number): Promise<string | null> => {
  const answer = await callZendesk(options, { method: 'GET', path: `/api/v2/users/${userId}.json` });
  const user = answer.status === 200 && isRecord(answer.json) && isRecord(answer.json.user) ? answer.json.user : null;
  return user !== null && typeof user.email === 'string' && user.email !== '' ? user.email : null;
};
