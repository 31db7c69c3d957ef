import type { ConsoleRole, ConsoleUser } from '@helpdesk-verify/core-client/schemas';

/** The columns of `console_users` every read selects (never the password hash itself). */
export const CONSOLE_USER_COLUMNS =
  'id, email, name, role, disabled, password_hash IS NOT NULL AS has_password, oidc_subject IS NOT NULL AS has_sso, locked_until, created_at, updated_at, last_sign_in_at';

export type ConsoleUserRow = {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
  disabled: boolean;
  has_password: boolean;
  has_sso: boolean;
  locked_until: Date | null;
  created_at: Date;
  updated_at: Date;
  last_sign_in_at: Date | null;
};

/** The API form of a row; a password lock that has ended by `now` reads as none. */
export function toConsoleUser(row: ConsoleUserRow, now: Date): ConsoleUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabled,
    has_password: row.has_password,
    has_sso: row.has_sso,
    locked_until:
      row.locked_until && row.locked_until.getTime() > now.getTime() ? row.locked_until.toISOString() : null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
    last_sign_in_at: row.last_sign_in_at ? row.last_sign_in_at.toISOString() : null,
  };
}
