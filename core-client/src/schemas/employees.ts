import { z } from 'zod';
import { Email, EmployeeId, PhoneNumber, Timestamp } from './common';

export const EmployeeStatus = z.enum(['active', 'disabled']);
export type EmployeeStatus = z.infer<typeof EmployeeStatus>;

/** A reference photo as a base64 data URL (`data:image/jpeg;base64,…`), at most ~5 MB. */
export const ReferencePhoto = z
  .string()
  .max(7_000_000)
  .regex(
    /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+={0,2}$/,
    'must be a base64 data URL of a JPEG, PNG or WebP image',
  );

const EmployeeFields = {
  email: Email.describe('Work email; the stable contact used to find the employee'),
  external_id: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .default(null)
    .describe('Id in the source directory (HR id, objectGUID)'),
  login: z.string().trim().min(1).max(200).nullable().default(null).describe('Login name / UPN, used as a login hint'),
  display_name: z.string().trim().min(1).max(200).describe('Preferred name shown to agents and on the page'),
  legal_name: z.string().trim().max(200).nullable().default(null),
  personal_email: Email.nullable().default(null),
  phone: PhoneNumber.nullable().default(null).describe('Work mobile'),
  personal_phone: PhoneNumber.nullable().default(null),
  manager_email: Email.nullable().default(null),
  department: z.string().trim().max(200).nullable().default(null),
  status: EmployeeStatus.default('active'),
};

export const CreateEmployeeRequest = z
  .object({ ...EmployeeFields, reference_photo: ReferencePhoto.nullable().default(null) })
  .strict();
export type CreateEmployeeRequest = z.input<typeof CreateEmployeeRequest>;

export const UpdateEmployeeRequest = z
  .object({
    email: Email,
    external_id: z.string().trim().min(1).max(200).nullable(),
    login: z.string().trim().min(1).max(200).nullable(),
    display_name: z.string().trim().min(1).max(200),
    legal_name: z.string().trim().max(200).nullable(),
    personal_email: Email.nullable(),
    phone: PhoneNumber.nullable(),
    personal_phone: PhoneNumber.nullable(),
    manager_email: Email.nullable(),
    department: z.string().trim().max(200).nullable(),
    status: EmployeeStatus,
    reference_photo: ReferencePhoto.nullable(),
  })
  .partial()
  .strict();
export type UpdateEmployeeRequest = z.infer<typeof UpdateEmployeeRequest>;

export const Employee = z.object({
  id: EmployeeId,
  email: z.string(),
  external_id: z.string().nullable(),
  login: z.string().nullable(),
  display_name: z.string(),
  legal_name: z.string().nullable(),
  personal_email: z.string().nullable(),
  phone: z.string().nullable(),
  personal_phone: z.string().nullable(),
  manager_email: z.string().nullable(),
  department: z.string().nullable(),
  status: EmployeeStatus,
  has_reference_photo: z.boolean(),
  created_at: Timestamp,
  updated_at: Timestamp,
});
export type Employee = z.infer<typeof Employee>;

/** `POST /v1/employees/import` with JSON; CSV bodies use the same column names. */
export const ImportEmployeesRequest = z.object({ employees: z.array(z.unknown()).min(1).max(10_000) }).strict();
export type ImportEmployeesRequest = z.infer<typeof ImportEmployeesRequest>;

export const ImportEmployeesResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.array(
    z.object({
      row: z.number().int().describe('1-based row (CSV: data row after the header)'),
      errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
    }),
  ),
});
export type ImportEmployeesResult = z.infer<typeof ImportEmployeesResult>;

export const EmployeeListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(200).optional(),
  status: EmployeeStatus.optional(),
  q: z.string().max(200).optional().describe('Matches email, login, display name'),
});
