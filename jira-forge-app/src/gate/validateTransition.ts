import type { AppDeps } from '../AppDeps';
import { createServiceClient } from '../service/createServiceClient';
import { listIssueVerifications } from '../service/listIssueVerifications';

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

/**
 * Allows the transition only when the issue's latest verification passed. Asks the service, not the issue
 * property (anyone who may edit the issue may also write its properties), and fails closed when the
 * service cannot be reached or the app is not configured.
 */
export const validateTransition = async (args: WorkflowValidatorArgs, deps: AppDeps): Promise<WorkflowValidatorResult> => {
  const issueKey = args.issue?.key;
  if (!issueKey) return { result: false, errorMessage: 'Identity verification: the issue key is missing' };
  try {
    const { client } = await createServiceClient(deps);
    const [latest] = await listIssueVerifications(client, issueKey, 1);
    if (!latest) return { result: false, errorMessage: `Verify the reporter's identity first: ${issueKey} has no identity verification` };
    if (latest.status !== 'passed') {
      return { result: false, errorMessage: `Verify the reporter's identity first: the latest verification (${latest.id}) is ${latest.status}` };
    }
    return { result: true };
  } catch (error) {
    return { result: false, errorMessage: `Identity verification could not be checked: ${error instanceof Error ? error.message : String(error)}` };
  }
};
