/**
 * `@helpdesk-verify/core-client/conformance` — the shared webhook-receiver cases every ticketing
 * app's tests run (Node only: it signs with `node:crypto`).
 */
export { runWebhookConformance } from './conformance/runWebhookConformance';
export type { ConformanceTarget, ConformanceReport } from './conformance/runWebhookConformance';
export { webhookConformanceCases } from './conformance/webhookConformanceCases';
export type { ConformanceSetup, ConformanceCase } from './conformance/webhookConformanceCases';
