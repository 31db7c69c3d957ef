import type { Assurance, ProofResult, ProofType } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';

/** Every column of `verification_proofs`, in table order. */
export const VERIFICATION_PROOF_COLUMNS = [
  'org_id',
  'verification_id',
  'position',
  'type',
  'required',
  'status',
  'assurance',
  'attempts',
  'state',
  'detail',
  'completed_at',
  'updated_at',
] as const;

const COLUMNS = VERIFICATION_PROOF_COLUMNS.join(', ');

/** A `verification_proofs` row as both drivers return it. */
export interface ProofRow {
  verification_id: string;
  type: ProofResult['type'];
  required: boolean;
  status: ProofResult['status'];
  assurance: Assurance | null;
  attempts: number;
  state: Record<string, unknown>;
  detail: string | null;
  completed_at: Date | null;
  [key: string]: unknown;
}

export const toProofResult = (p: ProofRow): ProofResult => ({
  type: p.type,
  required: p.required,
  status: p.status,
  assurance: p.assurance,
  attempts: p.attempts,
  completed_at: p.completed_at ? p.completed_at.toISOString() : null,
  detail: p.detail,
});

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** Stores the proofs a Link asks for, pending, in the Link's order. */
export async function insertVerificationProofs(
  ctx: Db,
  input: Tx & { orgId: string; verificationId: string; proofs: { type: ProofType; required: boolean }[]; at: Date },
): Promise<void> {
  let position = 0;
  for (const p of input.proofs) {
    await (input.tx ?? ctx.db).query(
      `INSERT INTO verification_proofs (org_id, verification_id, position, type, required, status, updated_at)
        VALUES ($1, $2, $3, $4, $5, 'pending', $6)`,
      [input.orgId, input.verificationId, position++, p.type, p.required, input.at],
    );
  }
}

/** The proofs of several verifications of one organisation, by verification and then in the Link's order. */
export async function findProofsOfVerifications(
  ctx: Db,
  input: Tx & { orgId: string; verificationIds: readonly string[] },
): Promise<ProofRow[]> {
  return (input.tx ?? ctx.db).query<ProofRow>(
    `SELECT ${COLUMNS} FROM verification_proofs WHERE org_id = $1 AND verification_id = ANY($2::text[])
      ORDER BY verification_id, position`,
    [input.orgId, input.verificationIds],
  );
}

/** A verification's proofs in the Link's order. */
export async function findProofsOfVerification(ctx: Db, input: Tx & { verificationId: string }): Promise<ProofRow[]> {
  return (input.tx ?? ctx.db).query<ProofRow>(
    `SELECT ${COLUMNS} FROM verification_proofs WHERE verification_id = $1 ORDER BY position`,
    [input.verificationId],
  );
}

/** A proof step's result; a field left null keeps what the row holds (detail, state, attempts). */
export async function updateVerificationProof(
  ctx: Db,
  input: Tx & {
    verificationId: string;
    type: ProofType;
    status: ProofResult['status'];
    assurance: Assurance | null;
    detail: string | null;
    state: Record<string, unknown> | null;
    attempts: number | null;
    completedAt: Date | null;
    at: Date;
  },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verification_proofs
        SET status = $3, assurance = $4, detail = coalesce($5, detail), state = coalesce($6, state),
            attempts = coalesce($7, attempts), completed_at = $8, updated_at = $9
      WHERE verification_id = $1 AND type = $2`,
    [
      input.verificationId,
      input.type,
      input.status,
      input.assurance,
      input.detail,
      input.state ? JSON.stringify(input.state) : null,
      input.attempts,
      input.completedAt,
      input.at,
    ],
  );
}

/** The verification ended: the proofs still pending are skipped. */
export async function skipPendingProofs(ctx: Db, input: Tx & { verificationId: string; at: Date }): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `UPDATE verification_proofs SET status = 'skipped', updated_at = $2 WHERE verification_id = $1
      AND status = 'pending'`,
    [input.verificationId, input.at],
  );
}
