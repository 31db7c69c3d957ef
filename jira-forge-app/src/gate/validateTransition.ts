import { decideTicketGate } from '@helpdesk-verify/core-client/receiver';
import type { AppDeps } from '../AppDeps';
import { getIssueSummary } from '../jira/getIssueSummary';
import { createServiceClient } from '../service/createServiceClient';
import { listIssueVerifications } from '../service/listIssueVerifications';
import { issueGateInput } from './issueGateInput';

/** What Jira passes to a `jira:workflowValidator` function. */
export interface WorkflowValidatorArgs {
  issue?: { key?: string; id?: string };
  transition?: { from?: { id?: string }; to?: { id?: string } };
}

/** What a `jira:workflowValidator` function answers. */
export interface WorkflowValidatorResult {
  result: boolean;
  errorMessage?: string;
}

/** How many of the issue's newest verifications the gate reads (the service's page limit). */
const GATE_VERIFICATIONS = 100;

/**
 * The workflow validator "Identity verified": core-client's `decideTicketGate` over the issue's verifications
 * (from the service, not the issue property, which anyone who may edit the issue may write) and its current
 * reporter: the latest verification of this issue for this reporter must have passed, within the freshness
 * window set on the admin page. Fails closed when Jira or the service cannot be reached or nothing is configured.
 */
export const validateTransition = async (
  args: WorkflowValidatorArgs,
  deps: AppDeps,
): Promise<WorkflowValidatorResult> => {
  const issueKey = args.issue?.key;
  if (!issueKey) return { result: false, errorMessage: 'Identity verification: the issue key is missing' };
  try {
    const { client, config } = await createServiceClient(deps);
    const [issue, verifications] = await Promise.all([
      getIssueSummary(deps.jira.asApp, issueKey),
      listIssueVerifications(client, issueKey, GATE_VERIFICATIONS),
    ]);
    const decision = decideTicketGate(
      issueGateInput({ issue, verifications, now: deps.now(), maxAgeMinutes: config.gateMaxAgeMinutes }),
    );
    return decision.allow ? { result: true } : { result: false, errorMessage: `${issueKey}: ${decision.message}` };
  } catch (error) {
    return {
      result: false,
      errorMessage: `Identity verification could not be checked: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
};
