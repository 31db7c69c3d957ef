import type { FieldError, UpdateEmployeeRequest } from '@helpdesk-verify/core-client/schemas';
import { decodeReferencePhoto } from './decodeReferencePhoto';

/** Request fields stored in a column of the same name. */
export const EMPLOYEE_FIELDS = [
  'email',
  'external_id',
  'login',
  'display_name',
  'legal_name',
  'personal_email',
  'phone',
  'personal_phone',
  'manager_email',
  'department',
  'status',
] as const;

/**
 * The column values for the employee fields present in `fields` (an absent field is left out,
 * `null` clears). `reference_photo` becomes the decoded bytes and their media type. A photo whose
 * bytes are not the declared image type, or text with a NUL character (which PostgreSQL text
 * cannot hold), gives field errors instead.
 */
export function toEmployeeColumns(
  fields: UpdateEmployeeRequest,
): { valid: true; columns: Map<string, unknown> } | { valid: false; errors: FieldError[] } {
  const columns = new Map<string, unknown>();
  const errors: FieldError[] = [];
  for (const field of EMPLOYEE_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    if (value?.includes('\u0000')) errors.push({ path: [field], message: 'must not contain NUL characters' });
    columns.set(field, value);
  }
  if (errors.length > 0) return { valid: false, errors };
  if (fields.reference_photo === null) {
    columns.set('reference_photo', null);
    columns.set('reference_photo_type', null);
  } else if (fields.reference_photo !== undefined) {
    const photo = decodeReferencePhoto(fields.reference_photo);
    if (!photo.valid) return { valid: false, errors: [{ path: ['reference_photo'], message: photo.message }] };
    columns.set('reference_photo', photo.bytes);
    columns.set('reference_photo_type', photo.type);
  }
  return { valid: true, columns };
}
