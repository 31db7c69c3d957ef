import type { Verification } from '@helpdesk-verify/core-client/schemas';
import type { TicketingClient } from '@helpdesk-verify/core-client/client';

/** The issue's verifications, newest first (the service is the source of truth, not the issue property). */
export const listIssueVerifications = async (
  client: TicketingClient,
  issueKey: string,
  limit = 20,
): Promise<Verification[]> =>
  (await client.listVerifications({ query: { ticket_system: 'jira', ticket_id: issueKey, limit } })).data;
