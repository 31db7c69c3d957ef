import type { Channel, Verification } from '@helpdesk-verify/core-client/schemas';
import { createIdempotencyKey, type TicketingClient } from '@helpdesk-verify/core-client/client';
import type { AppDeps } from '../AppDeps';
import { getCurrentUser } from '../jira/getCurrentUser';
import { getIssueSummary } from '../jira/getIssueSummary';
import { createServiceClient } from '../service/createServiceClient';
import { listIssueVerifications } from '../service/listIssueVerifications';
import { startVerificationForIssue } from '../service/startVerificationForIssue';
import { issueContextOf } from './issueContextOf';
import { parseStartVerificationInput, parseVerificationIdInput } from './parseStartVerificationInput';
import { ResolverInputError, toOutcome, type ResolverOutcome } from './ResolverOutcome';
import { toVerificationView, type VerificationView } from './toVerificationView';

/** A Forge resolver request: the browser's payload and the platform's context. */
export interface ResolverRequest {
  payload: unknown;
  context: Record<string, unknown>;
}

/** What the "Verify identity" modal needs to prefill. */
export interface StartForm {
  issueKey: string;
  reporter: { name: string; email: string | null } | null;
  links: { id: string; name: string; channels: Channel[] }[];
  defaultLinkId: string | null;
}

/** Fetches a verification and refuses it unless it belongs to this issue (the browser picks the id). */
const ownVerification = async (client: TicketingClient, issueKey: string, id: string): Promise<Verification> => {
  const verification = await client.getVerification({ params: { id } });
  if (verification.ticket.system !== 'jira' || verification.ticket.id !== issueKey) {
    throw new ResolverInputError('forbidden', `Verification ${id} does not belong to ${issueKey}`);
  }
  return verification;
};

/**
 * The resolvers of the issue action (modal) and the issue panel. Each reads the issue from the Forge context
 * and answers a {@link ResolverOutcome}.
 */
export const issueResolvers = (deps: AppDeps) => ({
  /** Links, the reporter and the default Link for the modal. */
  getStartForm: (request: ResolverRequest): Promise<ResolverOutcome<StartForm>> =>
    toOutcome(async () => {
      const { issueKey } = issueContextOf(request.context);
      const { client, config } = await createServiceClient(deps);
      const [issue, links] = await Promise.all([
        getIssueSummary(deps.jira.asUser, issueKey),
        client.listLinks({ query: { limit: 100 } }),
      ]);
      return {
        issueKey: issue.key,
        reporter: issue.reporter ? { name: issue.reporter.displayName, email: issue.reporter.email } : null,
        links: links.data
          .filter((link) => !link.archived)
          .map((link) => ({ id: link.id, name: link.name, channels: link.channels })),
        defaultLinkId: config.defaultLinkId,
      };
    }),

  /** Starts a verification for the issue, as the agent. */
  startVerification: (request: ResolverRequest): Promise<ResolverOutcome<VerificationView>> =>
    toOutcome(async () => {
      const { issueKey, siteUrl } = issueContextOf(request.context);
      const input = parseStartVerificationInput(request.payload);
      const agent = await getCurrentUser(deps.jira.asUser);
      const verification = await startVerificationForIssue(deps, {
        issueKey,
        readIssueAs: deps.jira.asUser,
        agent: { name: agent.displayName, email: agent.email, id: agent.accountId },
        linkId: input.linkId,
        channels: input.channels,
        ...(input.contacts ? { contacts: input.contacts } : {}),
        employeeEmail: input.employeeEmail,
        reason: input.reason,
        siteUrl,
        idempotencyKey: input.requestId ? `jira-${issueKey}-${input.requestId}` : createIdempotencyKey(),
      });
      return toVerificationView(verification);
    }),

  /** The issue's verifications, newest first, for the panel (live status, proofs, risk, history). */
  listVerifications: (request: ResolverRequest): Promise<ResolverOutcome<VerificationView[]>> =>
    toOutcome(async () => {
      const { issueKey } = issueContextOf(request.context);
      const { client } = await createServiceClient(deps);
      // The agent must be able to see the issue: reading it as the user checks that before anything is shown.
      await getIssueSummary(deps.jira.asUser, issueKey);
      return (await listIssueVerifications(client, issueKey)).map(toVerificationView);
    }),

  /** Sends a fresh link for one of this issue's verifications. */
  resendVerification: (request: ResolverRequest): Promise<ResolverOutcome<VerificationView>> =>
    toOutcome(async () => {
      const { issueKey } = issueContextOf(request.context);
      const { verificationId } = parseVerificationIdInput(request.payload);
      const { client } = await createServiceClient(deps);
      await getIssueSummary(deps.jira.asUser, issueKey);
      await ownVerification(client, issueKey, verificationId);
      return toVerificationView(await client.resendVerification({ params: { id: verificationId }, body: {} }));
    }),

  /** Cancels one of this issue's verifications. */
  cancelVerification: (request: ResolverRequest): Promise<ResolverOutcome<VerificationView>> =>
    toOutcome(async () => {
      const { issueKey } = issueContextOf(request.context);
      const { verificationId, reason } = parseVerificationIdInput(request.payload);
      const { client } = await createServiceClient(deps);
      await getIssueSummary(deps.jira.asUser, issueKey);
      await ownVerification(client, issueKey, verificationId);
      return toVerificationView(await client.cancelVerification({ params: { id: verificationId }, body: { reason } }));
    }),
});
