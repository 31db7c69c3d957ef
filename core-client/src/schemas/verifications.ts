import { z } from 'zod';
import { Email, EmployeeId, LinkId, Metadata, PhoneNumber, Timestamp, VerificationId } from './common';
import { Channel } from './links';
import { ProofResult } from './proofs';

export const VerificationStatus = z.enum(['pending', 'opened', 'passed', 'failed', 'expired', 'cancelled']);
export type VerificationStatus = z.infer<typeof VerificationStatus>;

/** Statuses a verification never leaves. */
export const TERMINAL_STATUSES: readonly VerificationStatus[] = ['passed', 'failed', 'expired', 'cancelled'];

export const TicketSystem = z.enum(['servicenow', 'zendesk', 'jira', 'console', 'api']);
export type TicketSystem = z.infer<typeof TicketSystem>;

/** The ticket the verification belongs to; echoed on the result so each app finds its record. */
export const TicketRef = z.object({
  system: TicketSystem,
  id: z.string().trim().min(1).max(200),
  // A regex, not z.url(): z.url() needs the WHATWG `URL` global, which the ServiceNow server engine lacks.
  url: z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[^\s/?#@]+(?:[/?#][^\s]*)?$/i, 'must be an absolute http(s) URL')
    .nullable()
    .default(null),
});
export type TicketRef = z.infer<typeof TicketRef>;

/** The help-desk agent who asked; the employee sees the name. */
export const Agent = z.object({
  name: z.string().trim().min(1).max(200),
  email: Email.nullable().default(null),
  id: z.string().trim().max(200).nullable().default(null).describe('Agent id in the ticketing system'),
});
export type Agent = z.infer<typeof Agent>;

/** How to find the employee: at least one of the fields. */
export const EmployeeLookup = z
  .object({
    employee_id: EmployeeId.optional(),
    email: Email.optional(),
    login_hint: z.string().trim().min(1).max(200).optional(),
    phone: PhoneNumber.optional(),
  })
  .strict()
  .refine(
    (e) => Object.values(e).some((v) => v !== undefined),
    'give at least one of employee_id, email, login_hint, phone',
  );
export type EmployeeLookup = z.input<typeof EmployeeLookup>;

/** Which of the employee's contacts receives each channel (a locked-out employee may not read work mail). */
export const ContactChoice = z.enum(['work', 'personal']);
export type ContactChoice = z.infer<typeof ContactChoice>;

export const CreateVerificationRequest = z
  .object({
    link_id: LinkId,
    employee: EmployeeLookup,
    channels: z.array(Channel).min(1).max(2).optional().describe("Defaults to the Link's first channel"),
    contacts: z
      .object({ email: ContactChoice.default('work'), sms: ContactChoice.default('work') })
      .strict()
      .default({ email: 'work', sms: 'work' }),
    ticket: TicketRef,
    agent: Agent,
    reason: z.string().trim().max(500).default('').describe('Why the help desk asks, shown to the employee'),
    metadata: Metadata.default({}),
  })
  .strict();
export type CreateVerificationRequest = z.input<typeof CreateVerificationRequest>;

/** queued: in the outbox, waiting for its first try or a retry; sent: the provider took it; failed: given up. */
export const DeliveryStatus = z.enum(['queued', 'sent', 'failed']);

/** One try at handing a message to its provider. */
export const DeliveryAttempt = z.object({
  attempted_at: Timestamp,
  error: z.string().nullable().describe('Why the provider did not take it; null when it did'),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;

/** One message that carried the link, and its delivery log. Destinations are masked. */
export const ChannelDelivery = z.object({
  channel: Channel,
  contact: ContactChoice,
  destination: z.string().describe('Masked, e.g. a•••@example.com or •••• 0100'),
  status: DeliveryStatus,
  error: z.string().nullable().describe('The last failure (also while queued for a retry)'),
  sent_at: Timestamp.describe('When it was sent; while queued or once failed, when it was queued or last tried'),
  next_attempt_at: Timestamp.nullable().optional().describe('While queued: when the next try is'),
  attempts: z.array(DeliveryAttempt).optional().describe('Every try, oldest first'),
});
export type ChannelDelivery = z.infer<typeof ChannelDelivery>;

export const VerificationEvent = z.object({
  status: VerificationStatus.or(z.enum(['resent', 'proof_passed', 'proof_failed', 'reported'])),
  at: Timestamp,
  detail: z.string().nullable(),
});
export type VerificationEvent = z.infer<typeof VerificationEvent>;

export const RiskReason = z.object({
  code: z.string(),
  message: z.string(),
  weight: z.number().int(),
});
export const Risk = z.object({
  score: z.number().int().min(0).max(100),
  reasons: z.array(RiskReason),
});
export type Risk = z.infer<typeof Risk>;

/** The device the employee completed the verification on. */
export const DeviceInfo = z.object({
  user_agent: z.string().nullable(),
  attestation: z.string().nullable().describe('What the passkey attestation established, when a passkey was used'),
  aaguid: z.string().nullable().default(null),
  new_device: z.boolean().nullable().default(null).describe('First time this employee used this passkey/device'),
  same_device_as_link: z.boolean().nullable().describe('The link was opened and completed on the same browser'),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

/** Where the employee was: region (state/province) and country only, never finer. */
export const LocationInfo = z.object({
  region: z.string().nullable(),
  country: z.string().nullable().describe('ISO 3166-1 alpha-2'),
  source: z.enum(['browser', 'ip']).nullable().default(null),
});
export type LocationInfo = z.infer<typeof LocationInfo>;

export const Verification = z.object({
  id: VerificationId,
  link_id: LinkId,
  status: VerificationStatus,
  employee: z.object({
    id: EmployeeId,
    display_name: z.string(),
    email: z.string(),
  }),
  agent: Agent,
  ticket: TicketRef,
  reason: z.string(),
  metadata: z.record(z.string(), z.string()),
  match_code: z
    .string()
    .describe('Short code shown on the page and the ticket so both sides know they share one verification'),
  deliveries: z.array(ChannelDelivery),
  proofs: z.array(ProofResult),
  assurance_required: ProofResult.shape.assurance.unwrap(),
  assurance_reached: ProofResult.shape.assurance,
  risk: Risk.nullable(),
  device: DeviceInfo.nullable().default(null),
  location: LocationInfo.nullable().default(null),
  outcome_reason: z.string().nullable().describe('Why it failed, expired or was cancelled'),
  timeline: z.array(VerificationEvent),
  expires_at: Timestamp,
  created_at: Timestamp,
  updated_at: Timestamp,
  completed_at: Timestamp.nullable(),
});
export type Verification = z.infer<typeof Verification>;

/** What the verification list can be ordered by; the cursor stays correct under each. */
export const VerificationSort = z.enum(['created_at', 'risk_score', 'completed_at']);
export type VerificationSort = z.infer<typeof VerificationSort>;

export const VerificationListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
  status: VerificationStatus.optional(),
  link_id: LinkId.optional(),
  employee_email: Email.optional(),
  ticket_system: z.enum(['servicenow', 'zendesk', 'jira', 'console', 'api']).optional(),
  ticket_id: z.string().max(200).optional(),
  created_after: Timestamp.optional(),
  created_before: Timestamp.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe('Search: part of the employee email or name or of the ticket id, or the whole match code'),
  sort: VerificationSort.default('created_at').describe(
    'Verifications without a risk score or completion time come last in either order',
  ),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type VerificationListQuery = z.input<typeof VerificationListQuery>;

export const CancelVerificationRequest = z.object({ reason: z.string().trim().max(500).default('') }).strict();
export const ResendVerificationRequest = z.object({ channels: z.array(Channel).min(1).max(2).optional() }).strict();
