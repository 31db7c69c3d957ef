import type { Queryable } from '../../kernel/database';
import { findReferencePhoto } from './employeesTable';

/** The stored reference photo of an employee (for the face proof), or null when there is none. */
export async function readReferencePhoto(
  ctx: { db: Queryable },
  input: { tx?: Queryable; orgId: string; employeeId: string },
): Promise<{ bytes: Buffer; type: string } | null> {
  const row = await findReferencePhoto(ctx, input);
  if (!row?.reference_photo || !row.reference_photo_type) return null;
  return { bytes: Buffer.from(row.reference_photo), type: row.reference_photo_type };
}
