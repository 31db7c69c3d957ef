import { z } from 'zod';
import {
  LinkId,
  Metadata,
  Timestamp,
  VerificationId,
  WebhookDeliveryId,
  WebhookEndpointId,
  WebhookMessageId,
} from './common';
import {
  Agent,
  ChannelDelivery,
  ContactChoice,
  DeviceInfo,
  LocationInfo,
  Risk,
  TicketRef,
  VerificationStatus,
} from './verifications';
import { Assurance, ProofResult, ProofType } from './proofs';
import { AuditActor } from './audit';

/**
 * `trust_check.alert` is raised beside `trust_check.failed` when the employee presses "I did not
 * request this": someone may be impersonating them to the help desk. `trust_check.cancelled` says the
 * help desk cancelled the verification (why in `outcome_reason`, who in `cancelled_by`): it will not finish.
 */
export const EventType = z.enum([
  'trust_check.completed',
  'trust_check.failed',
  'trust_check.expired',
  'trust_check.alert',
  'trust_check.cancelled',
]);
export type EventType = z.infer<typeof EventType>;

/** The payload of every `trust_check.*` event. Field names follow the Polyguard webhook. */
export const TrustCheckEvent = z.object({
  event_type: EventType,
  link_id: LinkId,
  session_id: VerificationId.describe('The verification id'),
  timestamp: Timestamp,
  status: VerificationStatus,
  identity: z.object({
    employee_id: z.string(),
    name: z.string(),
    email: z.string(),
    proofs_completed: z.array(ProofType),
  }),
  proofs: z.array(ProofResult),
  assurance_required: Assurance,
  assurance_reached: Assurance.nullable(),
  device: DeviceInfo.nullable(),
  location: LocationInfo.nullable(),
  risk: Risk,
  alert: z
    .object({ code: z.string(), message: z.string() })
    .nullable()
    .default(null)
    .describe('Set on trust_check.alert: what the employee reported'),
  ticket: TicketRef,
  agent: Agent,
  contacts: z.object({ email: ContactChoice, sms: ContactChoice }),
  deliveries: z.array(ChannelDelivery).describe('The messages that carried the link (destinations masked)'),
  match_code: z.string(),
  reason: z.string().describe('Why the help desk asked'),
  outcome_reason: z.string().nullable(),
  metadata: Metadata,
  cancelled_by: AuditActor.nullable()
    .optional()
    .describe('Set on trust_check.cancelled: who cancelled (an API key by its name, a console user by email)'),
});
export type TrustCheckEvent = z.infer<typeof TrustCheckEvent>;

const WebhookUrl = z.url({ protocol: /^https?$/ }).max(2000);

export const CreateWebhookEndpointRequest = z
  .object({
    url: WebhookUrl,
    description: z.string().max(500).default(''),
    event_types: z.array(EventType).max(10).default([]).describe('Empty means every event'),
  })
  .strict();
export type CreateWebhookEndpointRequest = z.input<typeof CreateWebhookEndpointRequest>;

export const UpdateWebhookEndpointRequest = z
  .object({
    url: WebhookUrl,
    description: z.string().max(500),
    event_types: z.array(EventType).max(10),
    enabled: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateWebhookEndpointRequest = z.infer<typeof UpdateWebhookEndpointRequest>;

export const WebhookEndpoint = z.object({
  id: WebhookEndpointId,
  url: z.string(),
  description: z.string(),
  event_types: z.array(EventType),
  enabled: z.boolean(),
  disabled_reason: z.string().nullable(),
  failing_since: Timestamp.nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

/** Returned once, on create and on rotation: the only time the secret is shown. */
export const WebhookEndpointWithSecret = WebhookEndpoint.extend({
  secret: z.string().regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/),
});
export type WebhookEndpointWithSecret = z.infer<typeof WebhookEndpointWithSecret>;

export const RotateWebhookSecretRequest = z
  .object({
    overlap_seconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .default(86_400)
      .describe('How long the old secret still signs too'),
  })
  .strict();

export const WebhookAttempt = z.object({
  attempted_at: Timestamp,
  status_code: z.number().int().nullable(),
  latency_ms: z.number().int(),
  response_excerpt: z.string().nullable(),
  error: z.string().nullable(),
});
export type WebhookAttempt = z.infer<typeof WebhookAttempt>;

export const WebhookDeliveryStatus = z.enum(['pending', 'succeeded', 'failed']);
export const WebhookDelivery = z.object({
  id: WebhookDeliveryId,
  endpoint_id: WebhookEndpointId,
  message_id: WebhookMessageId.describe('The webhook-id header: the same across retries and redeliveries'),
  event_type: EventType,
  verification_id: VerificationId.nullable(),
  status: WebhookDeliveryStatus,
  attempt_count: z.number().int(),
  next_attempt_at: Timestamp.nullable(),
  attempts: z.array(WebhookAttempt),
  created_at: Timestamp,
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
  status: WebhookDeliveryStatus.optional(),
});
