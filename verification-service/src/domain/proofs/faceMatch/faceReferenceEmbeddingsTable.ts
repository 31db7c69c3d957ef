import type { AppContext } from '../../../kernel/AppContext';
import type { Tx } from '../../../kernel/database';

/** The cached embedding of an employee's reference photo, sealed, with the photo's SHA-256. */
export type ReferenceEmbeddingRow = {
  photo_sha256: Uint8Array;
  embedding_sealed: Uint8Array;
};

export async function findReferenceEmbedding(
  ctx: Pick<AppContext, 'db'>,
  input: Tx & { orgId: string; employeeId: string },
): Promise<ReferenceEmbeddingRow | null> {
  const [row] = await (input.tx ?? ctx.db).query<ReferenceEmbeddingRow>(
    'SELECT photo_sha256, embedding_sealed FROM face_reference_embeddings WHERE org_id = $1 AND employee_id = $2',
    [input.orgId, input.employeeId],
  );
  return row ?? null;
}

/** Stores (or replaces) the employee's cached reference embedding. */
export async function saveReferenceEmbedding(
  ctx: Pick<AppContext, 'db'>,
  input: Tx & { orgId: string; employeeId: string; photoSha256: Buffer; embeddingSealed: Buffer; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    `INSERT INTO face_reference_embeddings (org_id, employee_id, photo_sha256, embedding_sealed, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (org_id, employee_id) DO UPDATE SET photo_sha256 = EXCLUDED.photo_sha256, embedding_sealed = EXCLUDED.embedding_sealed, created_at = EXCLUDED.created_at`,
    [input.orgId, input.employeeId, input.photoSha256, input.embeddingSealed, input.at],
  );
}
