import { Email, PhoneNumber, SCIM_SCHEMAS, ScimUser } from '@helpdesk-verify/core-client/schemas';
import type { SourcedEmployeeFields } from '../../domain/directory/sources/upsertSourcedEmployee';
import { zodIssuesToFieldErrors } from '../../infrastructure/http/zodIssuesToFieldErrors';
import { ScimError } from './ScimError';

type Json = Record<string, unknown>;
type MultiValue = { value?: unknown; type?: string | undefined; primary?: boolean | string | undefined };

const isTrue = (v: unknown) => v === true || (typeof v === 'string' && v.toLowerCase() === 'true');
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : null);

/** The value to use from a multi-valued attribute: primary, then the preferred types in order, then the first. */
function pick(values: readonly MultiValue[] | null | undefined, types: readonly string[]): string | null {
  const list = (values ?? []).filter((v) => typeof v.value === 'string' && v.value.trim() !== '');
  const chosen =
    list.find((v) => isTrue(v.primary)) ??
    types.map((t) => list.find((v) => v.type?.toLowerCase() === t)).find(Boolean) ??
    list[0];
  return chosen ? (chosen.value as string).trim() : null;
}

/** Enterprise extension attributes: `department` and the manager's id (Entra sends a string, RFC 7643 an object). */
function enterprise(doc: Json): { department: string | null; managerId: string | null } {
  const key = Object.keys(doc).find((k) => k.toLowerCase() === SCIM_SCHEMAS.enterpriseUser.toLowerCase());
  const ext = key && typeof doc[key] === 'object' && doc[key] !== null ? (doc[key] as Json) : {};
  const manager = ext.manager;
  const managerId =
    typeof manager === 'string' ? manager : manager && typeof manager === 'object' ? (manager as Json).value : null;
  return { department: text(ext.department), managerId: text(managerId) };
}

/**
 * The employee a SCIM User describes (manager left as an id for the caller to resolve): the work
 * email from `emails` (primary, then work) or an email-shaped userName; `userName` as the login;
 * the preferred name from `displayName`; the legal name from `name.formatted`, else given + family;
 * the mobile from `phoneNumbers` in E.164; `active` as a boolean or Entra's "True"/"False".
 */
export function scimUserToFields(doc: Json): {
  fields: Omit<SourcedEmployeeFields, 'manager_email'>;
  managerId: string | null;
} {
  const parsed = ScimUser.safeParse(doc);
  if (!parsed.success) {
    const first = zodIssuesToFieldErrors(parsed.error.issues)[0];
    throw new ScimError(
      400,
      `Invalid User: ${first ? `${first.path.join('.')} ${first.message}` : 'not a User'}`,
      'invalidValue',
    );
  }
  const user = parsed.data;
  const email = Email.safeParse(pick(user.emails, ['work']) ?? user.userName);
  if (!email.success)
    throw new ScimError(400, 'A User needs a work email (emails, or an email as userName)', 'invalidValue');
  const name = user.name ?? {};
  const legal = text(name.formatted) ?? text([name.givenName, name.familyName].filter((p) => text(p)).join(' '));
  const phone = pick(user.phoneNumbers, ['mobile', 'work'])?.replace(/[\s().-]/g, '') ?? null;
  const { department, managerId } = enterprise(doc);
  return {
    fields: {
      email: email.data,
      external_id: text(user.externalId),
      login: user.userName.slice(0, 200),
      display_name: text(user.displayName) ?? legal ?? user.userName.slice(0, 200),
      legal_name: legal,
      phone: phone && PhoneNumber.safeParse(phone).success ? phone : null,
      department,
      status: user.active === undefined || user.active === null || isTrue(user.active) ? 'active' : 'disabled',
    },
    managerId,
  };
}
