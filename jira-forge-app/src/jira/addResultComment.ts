import { route } from '@forge/api';
import { toAdf, type FormattedVerificationResult } from '@helpdesk-verify/core-client';
import type { RequestJira } from '../AppDeps';
import type { IssueSummary } from './getIssueSummary';
import { jsonInit, readJira } from './readJira';

/**
 * Adds the formatted result as an internal comment. On a JSM request: the servicedesk request comment API
 * with `public: false` (a platform comment would be shared with the customer). Elsewhere: a platform
 * comment with an ADF body (there is no customer to hide it from).
 */
export const addResultComment = async (jira: RequestJira, issue: Pick<IssueSummary, 'key' | 'isServiceDesk'>, result: FormattedVerificationResult): Promise<void> => {
  if (issue.isServiceDesk) {
    await readJira('createRequestComment', await jira(route`/rest/servicedeskapi/request/${issue.key}/comment`, jsonInit('POST', { body: result.plainText, public: false })));
    return;
  }
  await readJira('addComment', await jira(route`/rest/api/3/issue/${issue.key}/comment`, jsonInit('POST', { body: toAdf(result.blocks) })));
};
