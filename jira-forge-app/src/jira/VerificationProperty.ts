import { route } from '@forge/api';
import type { VerificationStatus } from '@helpdesk-verify/core-client/schemas';
import type { RequestJira } from '../AppDeps';
import { JiraRequestError } from './JiraRequestError';
import { jsonInit, readJira } from './readJira';

/** The issue property key; `manifest.yml` indexes it (`jira:entityProperty`) so JQL finds issues by verification status. */
export const VERIFICATION_PROPERTY_KEY = 'helpdesk-verify';

/** The value of the issue property: the issue's latest verification. */
export interface VerificationProperty {
  verificationId: string;
  status: VerificationStatus;
  /** null until the verification ends. */
  riskScore: number | null;
  matchCode: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** `PUT /rest/api/3/issue/{key}/properties/helpdesk-verify`. */
export const setVerificationProperty = async (
  jira: RequestJira,
  issueIdOrKey: string,
  value: VerificationProperty,
): Promise<void> => {
  await readJira(
    'setIssueProperty',
    await jira(
      route`/rest/api/3/issue/${issueIdOrKey}/properties/${VERIFICATION_PROPERTY_KEY}`,
      jsonInit('PUT', value),
    ),
  );
};

/** `GET /rest/api/3/issue/{key}/properties/helpdesk-verify`; null when the issue has none. */
export const getVerificationProperty = async (
  jira: RequestJira,
  issueIdOrKey: string,
): Promise<VerificationProperty | null> => {
  try {
    const property = await readJira<{ key: string; value: VerificationProperty }>(
      'getIssueProperty',
      await jira(route`/rest/api/3/issue/${issueIdOrKey}/properties/${VERIFICATION_PROPERTY_KEY}`, {
        headers: { Accept: 'application/json' },
      }),
    );
    return property.value;
  } catch (error) {
    if (error instanceof JiraRequestError && error.status === 404) return null;
    throw error;
  }
};
