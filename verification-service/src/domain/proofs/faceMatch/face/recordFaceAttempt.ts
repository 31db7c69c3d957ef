import type { AppContext } from '../../../../kernel/AppContext';
import { randomBase62 } from '../../../../kernel/ids';
import type { Queryable } from '../../../../kernel/database';
import type { FaceDecision } from './decideFaceAttempt';
import type { HeadTurn } from './faceChallenge';

/** Float32 little-endian, one embedding after another, sealed as base64 (the service key seals text). */
export function sealEmbeddings(ctx: Pick<AppContext, 'key'>, embeddings: readonly (readonly number[])[]): Buffer {
  const packed = Buffer.from(new Float32Array(embeddings.flat()).buffer);
  return ctx.key.encrypt(packed.toString('base64'));
}

/** Reads back what `sealEmbeddings` sealed, as embeddings of `length` numbers. */
export function openEmbeddings(ctx: Pick<AppContext, 'key'>, sealed: Uint8Array, length = 1024): number[][] {
  const packed = Buffer.from(ctx.key.decrypt(sealed), 'base64');
  const all = Array.from(new Float32Array(packed.buffer, packed.byteOffset, packed.byteLength / 4));
  const out: number[][] = [];
  for (let i = 0; i < all.length; i += length) out.push(all.slice(i, i + length));
  return out;
}

/**
 * Records one face decision: its numbers and the sealed embeddings always; the images only when the
 * organisation keeps them (`retentionDays` > 0), sealed, with the date the erase job removes them.
 */
export async function recordFaceAttempt(
  ctx: Pick<AppContext, 'key'>,
  tx: Queryable,
  input: {
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
  await tx.query(
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
