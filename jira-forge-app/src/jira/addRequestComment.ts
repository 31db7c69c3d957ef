import { route } from '@forge/api';
import type { RequestJira } from '../AppDeps';
import { JiraRequestError } from './JiraRequestError';
import { jsonInit, readJira } from './readJira';

/**
 * `POST /rest/servicedeskapi/request/{key}/comment` with `public: false`: an internal comment on a JSM
 * customer request. Resolves `not_a_request` on 404, which the API answers for an issue of a service project
 * that has no request type (created through the platform API, imported or moved); any other failure throws.
 */
export const addRequestComment = async (
  jira: RequestJira,
  issueKey: string,
  text: string,
): Promise<'added' | 'not_a_request'> => {
  try {
    await readJira(
      'createRequestComment',
      await jira(
        route`/rest/servicedeskapi/request/${issueKey}/comment`,
        jsonInit('POST', { body: text, public: false }),
      ),
    );
    return 'added';
  } catch (error) {
    if (error instanceof JiraRequestError && error.status === 404) return 'not_a_request';
    throw error;
  }
};
