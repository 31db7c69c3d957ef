import { z } from 'zod';
import { Timestamp } from './common';

/** Every proof the contract knows. A service may run a subset; see `GET /v1/proofs`. */
export const ProofType = z.enum([
  'email_possession',
  'phone_code',
  'device_passkey',
  'face_match',
  'location',
  'employment',
]);
export type ProofType = z.infer<typeof ProofType>;

/** NIST SP 800-63-style strength of what a proof establishes. */
export const Assurance = z.enum(['low', 'medium', 'high']);
export type Assurance = z.infer<typeof Assurance>;

export const assuranceRank: Record<Assurance, number> = { low: 1, medium: 2, high: 3 };

export const ProofStatus = z.enum(['pending', 'passed', 'failed', 'skipped']);
export type ProofStatus = z.infer<typeof ProofStatus>;

/** One proof's outcome inside a verification. */
export const ProofResult = z.object({
  type: ProofType,
  required: z.boolean(),
  status: ProofStatus,
  assurance: Assurance.nullable().describe('What the proof established once passed'),
  attempts: z.number().int().min(0),
  completed_at: Timestamp.nullable(),
  detail: z.string().nullable().describe('Why it passed or failed, for the agent'),
});
export type ProofResult = z.infer<typeof ProofResult>;

/** A proof this service can run (`GET /v1/proofs`). */
export const ProofCapability = z.object({
  type: ProofType,
  assurance: Assurance,
  description: z.string(),
});
export type ProofCapability = z.infer<typeof ProofCapability>;
