import type { AppContext } from '../../../../kernel/AppContext';

/**
 * The retention job: erases the sealed face images whose retention has passed, organisation by
 * organisation. The numbers and the sealed embeddings of the attempt stay with the verification.
 */
export async function eraseDueFaceImages(ctx: Pick<AppContext, 'db' | 'clock'>): Promise<{ erased: number }> {
  const now = ctx.clock.now();
  const orgs = await ctx.db.query<{ org_id: string }>(
    'SELECT DISTINCT org_id FROM face_attempts WHERE images_sealed IS NOT NULL AND images_delete_at <= $1',
    [now],
  );
  let erased = 0;
  for (const { org_id } of orgs) {
    const rows = await ctx.db.query(
      `UPDATE face_attempts SET images_sealed = NULL, images_delete_at = NULL
        WHERE org_id = $1 AND images_sealed IS NOT NULL AND images_delete_at <= $2 RETURNING id`,
      [org_id, now],
    );
    erased += rows.length;
  }
  return { erased };
}
