/**
 * Forge entry points (manifest.yml `function.handler: index.<name>`). Each wires the real Forge edges
 * (`forgeDeps`) into a plain handler; tests call the same handlers with `@forge/api` and `@forge/kvs` mocked at their edge.
 */
import Resolver from '@forge/resolver';
import type { WebTriggerRequest, WebTriggerResponse } from '@forge/api';
import { forgeDeps } from './forge/forgeDeps';
import { adminResolvers } from './resolvers/adminResolvers';
import { issueResolvers, type ResolverRequest } from './resolvers/issueResolvers';
import { handleWebhook } from './webhook/handleWebhook';
import {
  startVerificationAction,
  type StartVerificationActionPayload,
  type StartVerificationActionResult,
} from './workflow/startVerificationAction';
import {
  validateTransition,
  type WorkflowValidatorArgs,
  type WorkflowValidatorResult,
} from './gate/validateTransition';

const defineAll = (
  resolver: Resolver,
  handlers: Record<string, (request: ResolverRequest) => Promise<unknown>>,
): Resolver => {
  for (const [name, handler] of Object.entries(handlers)) {
    resolver.define(name, (request) => handler(request as ResolverRequest) as Promise<Record<string, unknown>>);
  }
  return resolver;
};

/** Resolver of the issue action (modal) and the issue panel. */
export const issueResolver = defineAll(new Resolver(), issueResolvers(forgeDeps())).getDefinitions();

/** Resolver of the admin page. */
export const adminResolver = defineAll(new Resolver(), adminResolvers(forgeDeps())).getDefinitions();

/** Web trigger: the service's signed webhooks. */
export const webhook = (request: WebTriggerRequest): Promise<WebTriggerResponse> => handleWebhook(request, forgeDeps());

/** Jira Automation action "Start identity verification". */
export const automationStartVerification = (
  payload: StartVerificationActionPayload,
): Promise<StartVerificationActionResult> => startVerificationAction(payload, forgeDeps());

/** Workflow validator "Identity verified". */
export const identityVerifiedValidator = (args: WorkflowValidatorArgs): Promise<WorkflowValidatorResult> =>
  validateTransition(args, forgeDeps());
