import type { ConsoleRole, ConsoleUser, PageQuery } from '@helpdesk-verify/core-client/schemas';
import type { Db, Tx } from '../../kernel/database';
import { cursorCondition } from '../../infrastructure/storage/cursor';

/** The columns of `console_users` every read selects (never the password hash itself). */
const COLUMNS =
  'id, email, name, role, disabled, password_hash IS NOT NULL AS has_password, oidc_subject IS NOT NULL AS has_sso, locked_until, created_at, updated_at, last_sign_in_at';

/** A `console_users` row as selected with the columns above. */
export interface ConsoleUserRow {
  [column: string]: unknown;
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
}

/** What a password sign-in attempt reads of the account it counted. */
export interface SignInAttemptRow {
  [column: string]: unknown;
  id: string;
  org_id: string;
  email: string;
  password_hash: string;
  failed_sign_ins: number;
  locked_until: Date | null;
}

/** What an SSO sign-in reads of a user. */
export interface OidcUserRow {
  [column: string]: unknown;
  id: string;
  org_id: string;
  role: ConsoleRole;
  disabled: boolean;
  oidc_subject: string | null;
}

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

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

export async function insertConsoleUser(
  ctx: Db,
  input: Tx & {
    id: string;
    orgId: string;
    email: string;
    name: string;
    role: ConsoleRole;
    passwordHash: string | null;
    oidcSubject: string | null;
    at: Date;
  },
): Promise<ConsoleUserRow> {
  const [row] = await (input.tx ?? ctx.db).query<ConsoleUserRow>(
    `INSERT INTO console_users (id, org_id, email, name, role, password_hash, oidc_subject, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${COLUMNS}`,
    [input.id, input.orgId, input.email, input.name, input.role, input.passwordHash, input.oidcSubject, input.at],
  );
  return row!;
}

/** User `id` of organisation `orgId`, locked for the transaction when `forUpdate`. */
export async function findConsoleUserRow(
  ctx: Db,
  input: Tx & { orgId: string; id: string; forUpdate?: boolean },
): Promise<ConsoleUserRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ConsoleUserRow>(
    `SELECT ${COLUMNS} FROM console_users WHERE org_id = $1 AND id = $2${input.forUpdate ? ' FOR UPDATE' : ''}`,
    [input.orgId, input.id],
  );
  return row;
}

/** One page (`limit + 1` rows) of the organisation's users, newest first. */
export async function listConsoleUserRows(
  ctx: Db,
  input: Tx & { orgId: string } & PageQuery,
): Promise<ConsoleUserRow[]> {
  const params: unknown[] = [input.orgId];
  const after = cursorCondition(input.cursor, params);
  params.push(input.limit + 1);
  return (input.tx ?? ctx.db).query<ConsoleUserRow>(
    `SELECT ${COLUMNS} FROM console_users WHERE org_id = $1${after} ORDER BY created_at DESC, id DESC LIMIT $${params.length}`,
    params,
  );
}

/** Writes name, role and disabled; `unlock` also clears the failed attempts and the lock. */
export async function updateConsoleUserRow(
  ctx: Db,
  input: Tx & {
    orgId: string;
    id: string;
    name: string;
    role: ConsoleRole;
    disabled: boolean;
    unlock: boolean;
    at: Date;
  },
): Promise<ConsoleUserRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ConsoleUserRow>(
    `UPDATE console_users SET name = $3, role = $4, disabled = $5, updated_at = $6,
       failed_sign_ins = CASE WHEN $7::boolean THEN 0 ELSE failed_sign_ins END,
       locked_until = CASE WHEN $7::boolean THEN NULL ELSE locked_until END
     WHERE org_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [input.orgId, input.id, input.name, input.role, input.disabled, input.at, input.unlock],
  );
  return row;
}

export async function deleteConsoleUserRow(ctx: Db, input: Tx & { orgId: string; id: string }): Promise<void> {
  await (input.tx ?? ctx.db).query('DELETE FROM console_users WHERE org_id = $1 AND id = $2', [input.orgId, input.id]);
}

/** The ids of the organisation's enabled admins, each row locked for the transaction (in id order). */
export async function lockEnabledAdminIds(ctx: Db, input: Tx & { orgId: string }): Promise<string[]> {
  const rows = await (input.tx ?? ctx.db).query<{ id: string }>(
    "SELECT id FROM console_users WHERE org_id = $1 AND role = 'admin' AND disabled = false ORDER BY id FOR UPDATE",
    [input.orgId],
  );
  return rows.map((row) => row.id);
}

/**
 * Counts one password attempt for the account with this email and, from attempt `maxFailed` in a
 * row on, locks it: attempt n's lock lasts `firstLockMs` × 2^(n − maxFailed), at most `longestLockMs`.
 * One statement under the row's lock; nothing is updated (undefined) for an unknown email, an
 * SSO-only or disabled user, or an account locked at `at`.
 */
export async function countSignInAttempt(
  ctx: Db,
  input: Tx & { email: string; at: Date; maxFailed: number; firstLockMs: number; longestLockMs: number },
): Promise<SignInAttemptRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<SignInAttemptRow>(
    `UPDATE console_users SET
        failed_sign_ins = failed_sign_ins + 1,
        locked_until = CASE WHEN failed_sign_ins + 1 >= $3::int
          THEN $2::timestamptz + make_interval(secs => least($4::float8 * power(2, least(failed_sign_ins + 1 - $3::int, 30)), $5::float8))
          ELSE locked_until END
      WHERE email = $1 AND password_hash IS NOT NULL AND NOT disabled AND (locked_until IS NULL OR locked_until <= $2::timestamptz)
      RETURNING id, org_id, email, password_hash, failed_sign_ins, locked_until`,
    [input.email, input.at, input.maxFailed, input.firstLockMs / 1000, input.longestLockMs / 1000],
  );
  return row;
}

export async function clearFailedSignIns(ctx: Db, input: Tx & { orgId: string; id: string }): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_users SET failed_sign_ins = 0, locked_until = NULL WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id],
  );
}

/** A sign-in happened: its time, and the failed attempts and lock cleared. */
export async function recordConsoleSignIn(ctx: Db, input: Tx & { orgId: string; id: string; at: Date }): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_users SET last_sign_in_at = $1, failed_sign_ins = 0, locked_until = NULL WHERE org_id = $2 AND id = $3',
    [input.at, input.orgId, input.id],
  );
}

export async function setConsolePasswordHash(
  ctx: Db,
  input: Tx & { orgId: string; id: string; passwordHash: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_users SET password_hash = $3, updated_at = $4 WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id, input.passwordHash, input.at],
  );
}

export async function findOidcUserBySubject(
  ctx: Db,
  input: Tx & { orgId: string; subject: string },
): Promise<OidcUserRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<OidcUserRow>(
    'SELECT id, org_id, role, disabled, oidc_subject FROM console_users WHERE org_id = $1 AND oidc_subject = $2',
    [input.orgId, input.subject],
  );
  return row;
}

/** The user with this email in any organisation: an email names one console user in the whole service. */
export async function findOidcUserByEmail(ctx: Db, input: Tx & { email: string }): Promise<OidcUserRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<OidcUserRow>(
    'SELECT id, org_id, role, disabled, oidc_subject FROM console_users WHERE email = $1',
    [input.email],
  );
  return row;
}

export async function setConsoleOidcSubject(
  ctx: Db,
  input: Tx & { orgId: string; id: string; subject: string; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_users SET oidc_subject = $3, updated_at = $4 WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id, input.subject, input.at],
  );
}

export async function setConsoleUserRole(
  ctx: Db,
  input: Tx & { orgId: string; id: string; role: ConsoleRole; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_users SET role = $3, updated_at = $4 WHERE org_id = $1 AND id = $2',
    [input.orgId, input.id, input.role, input.at],
  );
}
