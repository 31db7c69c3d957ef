import type { ProofRecord } from '../proofs/framework/ProofDefinition';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { findProofsOfVerification, type ProofRow } from './verificationProofsTable';

/** A verification's proofs in the Link's order. */
export async function loadProofRecords(
  ctx: Pick<AppContext, 'db'>,
  input: { tx?: Queryable; verificationId: string },
): Promise<(ProofRecord & Pick<ProofRow, 'assurance'>)[]> {
  const rows = await findProofsOfVerification(ctx, input);
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
