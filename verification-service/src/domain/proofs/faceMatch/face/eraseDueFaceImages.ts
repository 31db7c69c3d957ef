import type { AppContext } from '../../../../kernel/AppContext';
import { eraseDueFaceImagesOf, listOrgsWithDueFaceImages } from '../faceAttemptsTable';

/**
 * The retention job: erases the sealed face images whose retention has passed, organisation by
 * organisation. The numbers and the sealed embeddings of the attempt stay with the verification.
 */
export async function eraseDueFaceImages(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<{ erased: number }> {
  const now = ctx.clock.now();
  let erased = 0;
  for (const orgId of await listOrgsWithDueFaceImages(ctx, { now }))
    erased += await eraseDueFaceImagesOf(ctx, { orgId, now });
  return { erased };
}
