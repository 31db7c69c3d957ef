import type { Employee, EmployeeStatus } from '@helpdesk-verify/core-client/schemas';

/**
 * The columns of `employees` every read selects: never the photo bytes, only whether there is one.
 * Use `e` as the table alias.
 */
export const EMPLOYEE_COLUMNS = `e.id, e.email, e.external_id, e.login, e.display_name, e.legal_name, e.personal_email, e.phone,
  e.personal_phone, e.manager_email, e.department, e.status, e.reference_photo IS NOT NULL AS has_reference_photo,
  e.reference_photo_type, e.created_at, e.updated_at`;

/** An employee as stored (photo bytes left out; see `readReferencePhoto`). */
export type EmployeeRow = {
  id: string;
  email: string;
  external_id: string | null;
  login: string | null;
  display_name: string;
  legal_name: string | null;
  personal_email: string | null;
  phone: string | null;
  personal_phone: string | null;
  manager_email: string | null;
  department: string | null;
  status: EmployeeStatus;
  has_reference_photo: boolean;
  reference_photo_type: string | null;
  created_at: Date;
  updated_at: Date;
};

/** Maps a row to the API's `Employee`: `has_reference_photo` tells there is a photo, which JSON never carries. */
export function toEmployee(row: EmployeeRow): Employee {
  return {
    id: row.id,
    email: row.email,
    external_id: row.external_id,
    login: row.login,
    display_name: row.display_name,
    legal_name: row.legal_name,
    personal_email: row.personal_email,
    phone: row.phone,
    personal_phone: row.personal_phone,
    manager_email: row.manager_email,
    department: row.department,
    status: row.status,
    has_reference_photo: row.has_reference_photo,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
