import type { AppContext } from '../../../kernel/AppContext';
import { randomBase62 } from '../../../kernel/ids';
import type { Tx } from '../../../kernel/database';
import type { FaceDecision } from './face/decideFaceAttempt';
import type { HeadTurn } from './face/faceChallenge';
import { sealEmbeddings } from './face/sealedEmbeddings';

/**
 * Records one face decision: its numbers and the sealed embeddings always; the images only when the
 * organisation keeps them (`retentionDays` > 0), sealed, with the date the erase job removes them.
 */
export async function insertFaceAttempt(
  ctx: Pick<AppContext, 'key' | 'db'>,
  input: Tx & {
    orgId: string;
    verificationId: string;
    employeeId: string;
    challenge: readonly HeadTurn[];
    decision: FaceDecision;
    threshold: number;
    embeddings: readonly (readonly number[])[];
    images: readonly Uint8Array[];
    retentionDays: number;
    analysisMs: number;
    at: Date;
  },
): Promise<string> {
  const id = `fat_${randomBase62(24)}`;
  const { decision } = input;
  const keep = input.retentionDays > 0;
  await (input.tx ?? ctx.db).query(
    `INSERT INTO face_attempts (id, org_id, verification_id, employee_id, challenge, decision, reason, detail, similarity, threshold,
                                frame_count, frames, embeddings_sealed, images_sealed, images_delete_at, analysis_ms, created_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15, $16, $17)`,
    [
      id,
      input.orgId,
      input.verificationId,
      input.employeeId,
      JSON.stringify(input.challenge),
      decision.outcome,
      decision.outcome === 'failed' ? decision.reason : null,
      decision.detail,
      decision.similarity,
      input.threshold,
      decision.frames.length,
      JSON.stringify(decision.frames),
      sealEmbeddings(ctx, input.embeddings),
      keep ? ctx.key.encrypt(JSON.stringify(input.images.map((i) => Buffer.from(i).toString('base64')))) : null,
      keep ? new Date(input.at.getTime() + input.retentionDays * 86_400_000) : null,
      Math.round(input.analysisMs),
      input.at,
    ],
  );
  return id;
}

/** The organisations with face images whose retention has passed. */
export async function listOrgsWithDueFaceImages(
  ctx: Pick<AppContext, 'db'>,
  input: Tx & { now: Date },
): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ org_id: string }>(
    'SELECT DISTINCT org_id FROM face_attempts WHERE images_sealed IS NOT NULL AND images_delete_at <= $1',
    [input.now],
  );
  return rows.map((r) => r.org_id);
}

/** Erases one organisation's face images whose retention has passed; how many attempts lost theirs. */
export async function eraseDueFaceImagesOf(
  ctx: Pick<AppContext, 'db'>,
  input: Tx & { orgId: string; now: Date },
): Promise<number> {
  const rows = await (input.tx ?? ctx.db).query(
    `UPDATE face_attempts SET images_sealed = NULL, images_delete_at = NULL
      WHERE org_id = $1 AND images_sealed IS NOT NULL AND images_delete_at <= $2 RETURNING id`,
    [input.orgId, input.now],
  );
  return rows.length;
}
