import type { ProofRecord } from '../proofs/ProofDefinition';
import type { Queryable } from '../../kernel/database';
import type { ProofRow } from './verificationRows';

/** A verification's proofs in the Link's order. */
export async function loadProofRecords(
  tx: Queryable,
  verificationId: string,
): Promise<(ProofRecord & Pick<ProofRow, 'assurance'>)[]> {
  const rows = await tx.query<ProofRow>(
    'SELECT * FROM verification_proofs WHERE verification_id = $1 ORDER BY position',
    [verificationId],
  );
  return rows.map((r) => ({
    type: r.type,
    required: r.required,
    status: r.status,
    attempts: r.attempts,
    state: r.state,
    detail: r.detail,
    assurance: r.assurance,
  }));
}
