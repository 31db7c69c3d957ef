import { Channel } from '@helpdesk-verify/core-client/schemas';
import { createIdempotencyKey, HelpdeskVerifyError } from '@helpdesk-verify/core-client/client';
import type { AppDeps } from '../AppDeps';
import { NotConfiguredError } from '../config/NotConfiguredError';
import { JiraRequestError } from '../jira/JiraRequestError';
import { startVerificationForIssue } from '../service/startVerificationForIssue';

/** The inputs of the "Start identity verification" automation action (manifest `action.inputs`). */
export interface StartVerificationActionPayload {
  issueKey?: unknown;
  linkId?: unknown;
  /** "email", "sms" or "email,sms"; default: the Link's first channel. */
  channels?: unknown;
  reason?: unknown;
}

/** The action's answer: outputs on success, or errors Automation writes to the rule's audit log. */
export type StartVerificationActionResult =
  { verificationId: string; status: string; matchCode: string } | { errors: { message: string }[] };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The Jira Automation action: a JSM rule ("request type is MFA reset" → this action) starts a verification
 * of the issue's reporter. Runs as the rule actor (`asUser`), as Automation requires.
 */
export const startVerificationAction = async (
  payload: StartVerificationActionPayload,
  deps: AppDeps,
): Promise<StartVerificationActionResult> => {
  const issueKey = text(payload.issueKey);
  if (!/^[A-Z][A-Z0-9_]*-\d+$|^\d+$/.test(issueKey))
    return { errors: [{ message: `issueKey must be an issue key such as {{issue.key}}, got "${issueKey}"` }] };
  const linkId = text(payload.linkId);
  if (linkId !== '' && !/^lnk_[A-Za-z0-9]+$/.test(linkId))
    return { errors: [{ message: `linkId must be a Link id (lnk_…), got "${linkId}"` }] };
  const channels =
    text(payload.channels) === ''
      ? undefined
      : Channel.array()
          .min(1)
          .max(2)
          .safeParse(
            text(payload.channels)
              .split(',')
              .map((c) => c.trim()),
          );
  if (channels && !channels.success) return { errors: [{ message: 'channels must be "email", "sms" or "email,sms"' }] };
  try {
    const verification = await startVerificationForIssue(deps, {
      issueKey,
      readIssueAs: deps.jira.asUser,
      agent: { name: 'Jira Automation', email: null, id: null },
      linkId: linkId || null,
      ...(channels?.data ? { channels: channels.data } : {}),
      reason: text(payload.reason).slice(0, 500),
      idempotencyKey: createIdempotencyKey(),
    });
    return { verificationId: verification.id, status: verification.status, matchCode: verification.match_code };
  } catch (error) {
    if (
      error instanceof NotConfiguredError ||
      error instanceof HelpdeskVerifyError ||
      error instanceof JiraRequestError ||
      error instanceof TypeError
    ) {
      return { errors: [{ message: error.message }] };
    }
    throw error;
  }
};
