import type { Agent, Channel, ContactChoice, Verification } from '@helpdesk-verify/core-client/schemas';
import type { AppDeps, RequestJira } from '../AppDeps';
import { getIssueSummary } from '../jira/getIssueSummary';
import { setVerificationProperty } from '../jira/VerificationProperty';
import { NotConfiguredError } from '../config/NotConfiguredError';
import { REPORTER_ACCOUNT_METADATA_KEY } from '../gate/issueGateInput';
import { createServiceClient } from './createServiceClient';

/** Options of {@link startVerificationForIssue}. */
export interface StartVerificationOptions {
  issueKey: string;
  /** Who reads the issue: the agent (issue action) or the rule actor (automation). */
  readIssueAs: RequestJira;
  agent: { name: string; email: string | null; id: string | null };
  /** Default: the admin's default Link. */
  linkId?: string | null;
  channels?: Channel[];
  contacts?: { email: ContactChoice; sms: ContactChoice };
  /** Default: the reporter's email. */
  employeeEmail?: string | null;
  reason?: string;
  /** `https://site.atlassian.net` to build the ticket URL. */
  siteUrl?: string | null;
  idempotencyKey?: string;
}

/**
 * Starts a verification of the issue's reporter (or the given email) through core-client, then points the
 * issue property at it (status `pending`), so JQL, the panel and the workflow validator see the newest one.
 */
export const startVerificationForIssue = async (
  deps: AppDeps,
  options: StartVerificationOptions,
): Promise<Verification> => {
  const { client, config } = await createServiceClient(deps);
  const issue = await getIssueSummary(options.readIssueAs, options.issueKey);
  const linkId = options.linkId || config.defaultLinkId;
  if (!linkId) throw new NotConfiguredError(['a default Link (or choose one)']);
  const email = options.employeeEmail || issue.reporter?.email;
  if (!email)
    throw new TypeError(`The reporter of ${issue.key} has no visible email address; enter the employee's email`);
  const agent: Agent = { name: options.agent.name, email: options.agent.email, id: options.agent.id };
  const verification = await client.createVerification({
    body: {
      link_id: linkId,
      employee: { email },
      ...(options.channels && options.channels.length > 0 ? { channels: options.channels } : {}),
      ...(options.contacts ? { contacts: options.contacts } : {}),
      ticket: {
        system: 'jira',
        id: issue.key,
        url: options.siteUrl ? `${options.siteUrl.replace(/\/+$/, '')}/browse/${issue.key}` : null,
      },
      agent,
      reason: options.reason ?? '',
      metadata: {
        jira_issue_id: issue.id,
        ...(issue.isServiceDesk ? { jira_project_type: 'service_desk' } : {}),
        // The workflow validator matches the reporter by account id when the site hides emails.
        ...(issue.reporter ? { [REPORTER_ACCOUNT_METADATA_KEY]: issue.reporter.accountId } : {}),
      },
    },
    ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : {}),
  });
  await setVerificationProperty(deps.jira.asApp, issue.key, {
    verificationId: verification.id,
    status: verification.status,
    riskScore: verification.risk?.score ?? null,
    matchCode: verification.match_code,
    updatedAt: deps.now().toISOString(),
  });
  return verification;
};
