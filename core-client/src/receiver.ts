/**
 * `@helpdesk-verify/core-client/receiver` — the receiving side of the ticketing apps, zod-free so
 * it runs on engines that cannot run zod (ServiceNow before Zurich): the webhook receiver over
 * injected host functions (`receiveWebhookSync`; asynchronous hosts use `receiveWebhook` from the main
 * entry), its status table, the gate rule, Standard Webhooks verification, the
 * JSON-Schema checks generated from the zod contract, and the ticket-text formatter.
 */
export { RECEIVER_STATUS, receiverAnswer } from './receiver/ReceiverOutcome';
export type { ReceiverOutcome, ReceiverAnswer } from './receiver/ReceiverOutcome';
export type {
  WebhookRequest,
  ApplyResult,
  ParseEvent,
  SyncReceiverHost,
  AsyncReceiverHost,
} from './receiver/ReceiverHost';
export { receiveWebhookSync } from './receiver/receiveWebhookSync';
export { MAX_WEBHOOK_BODY_BYTES } from './receiver/internal/runReceiver';
export { decideTicketGate } from './receiver/decideTicketGate';
export type {
  GateVerification,
  TicketGateInput,
  TicketGateDecision,
  TicketGateRefusal,
} from './receiver/decideTicketGate';
export { verifyWebhook } from './webhooks/verifyWebhook';
export type { HmacSha256Sync, HmacSha256Async } from './webhooks/HmacSha256';
export type {
  WebhookHeaders,
  WebhookVerificationResult,
  WebhookFailureReason,
} from './webhooks/WebhookVerificationResult';
export { checkJsonSchema } from './checks/checkJsonSchema';
export type { JsonSchema, JsonSchemaCheck } from './checks/checkJsonSchema';
export { checkTrustCheckEvent, KNOWN_EVENT_TYPES } from './checks/checkTrustCheckEvent';
export type { TrustCheckEventCheck } from './checks/checkTrustCheckEvent';
export { checkVerification } from './checks/checkVerification';
export { checkProblem } from './checks/checkProblem';
export { formatVerificationResult } from './format/formatVerificationResult';
export type { FormattedVerificationResult } from './format/formatVerificationResult';
export type { TrustCheckEvent } from './schemas/webhooks';
export type { Verification, VerificationStatus, TicketSystem } from './schemas/verifications';
export type { Problem } from './schemas/problem';
