import type { Queryable } from '../../kernel/database';

/** The stored reference photo of an employee (for the face proof), or null when there is none. */
export async function readReferencePhoto(
  db: Queryable,
  input: { orgId: string; employeeId: string },
): Promise<{ bytes: Buffer; type: string } | null> {
  const rows = await db.query<{ reference_photo: Uint8Array | null; reference_photo_type: string | null }>(
    'SELECT reference_photo, reference_photo_type FROM employees WHERE org_id = $1 AND id = $2',
    [input.orgId, input.employeeId],
  );
  const row = rows[0];
  if (!row?.reference_photo || !row.reference_photo_type) return null;
  return { bytes: Buffer.from(row.reference_photo), type: row.reference_photo_type };
}
