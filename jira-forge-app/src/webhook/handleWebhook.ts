import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { receiveWebhook } from '@helpdesk-verify/core-client/webhooks';
import type { AppDeps } from '../AppDeps';
import { createJiraReceiverHost } from './createJiraReceiverHost';

/**
 * The web trigger that receives the service's signed `trust_check.*` webhooks through core-client's
 * receiver: Forge's request (raw body, header values as arrays in any case) goes in unchanged, and the
 * receiver's answer (one status table for every app) goes back as JSON.
 */
export const handleWebhook = async (request: WebTriggerRequest, deps: AppDeps): Promise<WebTriggerResponse> => {
  const answer = await receiveWebhook(createJiraReceiverHost(deps), {
    method: request.method,
    headers: request.headers,
    body: request.body ?? '',
  });
  return {
    statusCode: answer.status,
    headers: { 'Content-Type': ['application/json'] },
    body: JSON.stringify(answer.body),
  };
};
