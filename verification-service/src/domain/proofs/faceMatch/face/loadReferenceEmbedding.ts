import { createHash } from 'node:crypto';
import type { AppContext } from '../../../../kernel/AppContext';
import { readReferencePhoto } from '../../../directory/readReferencePhoto';
import type { Queryable } from '../../../../kernel/database';
import type { FaceAnalyzer } from './createFaceAnalyzer';
import { FACE_RULES } from './decideFaceAttempt';
import { openEmbeddings, sealEmbeddings } from './sealedEmbeddings';
import { findReferenceEmbedding, saveReferenceEmbedding } from '../faceReferenceEmbeddingsTable';

export type ReferenceEmbedding = { ok: true; embedding: number[] } | { ok: false; problem: string };

/**
 * The embedding of the employee's reference photo. It is cached (sealed) with the photo's SHA-256,
 * so a new photo from an update, an import or LDAP is analysed again on its next use.
 */
export async function loadReferenceEmbedding(
  ctx: Pick<AppContext, 'key' | 'clock' | 'db'>,
  tx: Queryable,
  input: { orgId: string; employeeId: string; analyzer: FaceAnalyzer },
): Promise<ReferenceEmbedding> {
  const photo = await readReferencePhoto({ db: tx }, input);
  if (!photo) return { ok: false, problem: 'the employee has no reference photo' };
  if (photo.type !== 'image/jpeg') return { ok: false, problem: 'the reference photo is not a JPEG' };
  const sha = createHash('sha256').update(photo.bytes).digest();
  const cached = await findReferenceEmbedding(ctx, { tx, orgId: input.orgId, employeeId: input.employeeId });
  if (cached && Buffer.from(cached.photo_sha256).equals(sha))
    return { ok: true, embedding: openEmbeddings(ctx, cached.embedding_sealed)[0]! };
  const [analysis] = await input.analyzer.analyze([photo.bytes]);
  if (!analysis?.ok) return { ok: false, problem: 'the reference photo cannot be read' };
  const faces = analysis.faces.filter((f) => f.score >= FACE_RULES.faceMinScore);
  if (faces.length !== 1)
    return { ok: false, problem: `the reference photo shows ${faces.length} faces instead of one` };
  const embedding = faces[0]!.embedding;
  await saveReferenceEmbedding(ctx, {
    tx,
    orgId: input.orgId,
    employeeId: input.employeeId,
    photoSha256: sha,
    embeddingSealed: sealEmbeddings(ctx, [embedding]),
    at: ctx.clock.now(),
  });
  return { ok: true, embedding };
}
