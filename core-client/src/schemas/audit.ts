import { z } from 'zod';
import { Timestamp } from './common';

/** Who did it: an API key, a console user, the employee on the verification page, or the service itself. */
export const AuditActorType = z.enum(['api_key', 'user', 'employee', 'system']);
export type AuditActorType = z.infer<typeof AuditActorType>;

export const AuditActor = z.object({
  type: AuditActorType,
  id: z.string().nullable().describe('key_…, usr_…, emp_… or null for the service'),
  label: z.string().describe("The key's name, the user's email, 'employee' or 'system'"),
});
export type AuditActor = z.infer<typeof AuditActor>;

/**
 * One entry of the append-only audit log. `hash` is SHA-256 over a canonical encoding of the
 * entry and `prev_hash` (the previous entry of the organisation), hex; entry 1 chains to 64 zeros.
 * Details never hold secrets (keys, passwords, webhook secrets, photos) nor employees' personal details.
 */
export const AuditEntry = z.object({
  seq: z.number().int().positive(),
  at: Timestamp,
  actor: AuditActor,
  action: z
    .string()
    .describe(
      'An endpoint name (createLink, rotateWebhookSecret…), verification.<event>, console.sign_in, retention.purged…',
    ),
  target: z.object({ type: z.string(), id: z.string().nullable() }).nullable(),
  details: z.record(z.string(), z.unknown()),
  prev_hash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const AuditFilterText = z.string().trim().min(1).max(200);

/** Filters shared by the audit log list and its CSV export. */
export const AuditLogFilter = z.object({
  action: AuditFilterText.optional(),
  actor: AuditFilterText.optional().describe('An actor id (key_…, usr_…, emp_…) or label (a user email, a key name)'),
  target_type: AuditFilterText.optional(),
  target_id: AuditFilterText.optional(),
  from: Timestamp.optional().describe('Entries at or after'),
  to: Timestamp.optional().describe('Entries before'),
});
export type AuditLogFilter = z.input<typeof AuditLogFilter>;

/** Newest first, cursor pages. */
export const AuditLogQuery = AuditLogFilter.extend({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
});
export type AuditLogQuery = z.input<typeof AuditLogQuery>;

/** The result of re-computing an organisation's whole chain. */
export const AuditChainVerification = z.object({
  valid: z.boolean(),
  entries_checked: z.number().int().min(0),
  first_broken_seq: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('The first entry whose hash, link or position does not check'),
  last_hash: z
    .string()
    .nullable()
    .describe('Hash of the newest entry; keep it elsewhere to detect removal of the newest entries'),
});
export type AuditChainVerification = z.infer<typeof AuditChainVerification>;
