import type { Queryable } from '../storage/database';

/** Appends one entry to a verification's timeline. */
export async function recordVerificationEvent(
  tx: Queryable,
  input: { orgId: string; verificationId: string; status: string; detail: string | null; at: Date },
): Promise<void> {
  await tx.query('INSERT INTO verification_events (org_id, verification_id, status, detail, at) VALUES ($1, $2, $3, $4, $5)', [
    input.orgId,
    input.verificationId,
    input.status,
    input.detail,
    input.at,
  ]);
}
