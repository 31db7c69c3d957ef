import { z } from 'zod';
import { EmployeeId, Timestamp } from './common';

/** A passkey (WebAuthn credential) bound to an employee by the device_passkey proof. */
export const PasskeyCredential = z.object({
  credential_id: z.string().describe('The WebAuthn credential id (base64url)'),
  employee_id: EmployeeId,
  aaguid: z.string().describe('The authenticator model id the authenticator reported (all zeros when it gives none)'),
  fmt: z.string().describe('Attestation format at enrolment: packed, tpm, android-key, apple, none…'),
  attested: z.boolean().describe('True only when the attestation chain is anchored at a root the service trusts'),
  attestation_detail: z.string(),
  transports: z.array(z.string()),
  sign_count: z.number().int().min(0),
  backup_eligible: z.boolean().describe('A synced (multi-device) passkey'),
  backup_state: z.boolean().describe('Backed up at its last use'),
  created_at: Timestamp,
  last_used_at: Timestamp.nullable(),
  revoked_at: Timestamp.nullable(),
});
export type PasskeyCredential = z.infer<typeof PasskeyCredential>;

export const PasskeyParams = z.object({
  id: z.string().min(1).max(64),
  credential_id: z
    .string()
    .min(1)
    .max(1400)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export type PasskeyParams = z.infer<typeof PasskeyParams>;
