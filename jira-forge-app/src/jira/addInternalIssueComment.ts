import { route } from '@forge/api';
import type { RequestJira } from '../AppDeps';
import { jsonInit, readJira } from './readJira';

/** The comment property JSM reads to keep a platform comment internal (agents only). */
export const SD_PUBLIC_COMMENT_PROPERTY = 'sd.public.comment';

/**
 * `POST /rest/api/3/issue/{key}/comment` with an ADF body and the comment property `sd.public.comment` =
 * `{ internal: true }`. A platform comment is otherwise public on a service project (`jsdPublic` defaults to
 * true and is read-only), so the property is always sent; elsewhere it is harmless.
 */
export const addInternalIssueComment = async (jira: RequestJira, issueKey: string, adf: unknown): Promise<void> => {
  const body = { body: adf, properties: [{ key: SD_PUBLIC_COMMENT_PROPERTY, value: { internal: true } }] };
  await readJira('addComment', await jira(route`/rest/api/3/issue/${issueKey}/comment`, jsonInit('POST', body)));
};
