import type { APIResponse } from '@forge/api';
import { JiraRequestError } from './JiraRequestError';

/** The JSON body of a 2xx Jira response (undefined for 204), or a {@link JiraRequestError}. */
export const readJira = async <T>(operation: string, response: APIResponse): Promise<T> => {
  const text = await response.text();
  if (response.status < 200 || response.status > 299) throw new JiraRequestError(operation, response.status, text);
  return (text === '' ? undefined : JSON.parse(text)) as T;
};

/** JSON request options for `requestJira`. */
export const jsonInit = (method: 'POST' | 'PUT', body: unknown) => ({
  method,
  headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
