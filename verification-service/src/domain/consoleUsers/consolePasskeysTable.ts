import type { Db, Tx } from '../../kernel/database';

/** A passkey with whether its user is disabled, as a passkey sign-in reads it. */
export interface ConsolePasskeySignInRow {
  [column: string]: unknown;
  credential_id: string;
  org_id: string;
  user_id: string;
  public_key: Uint8Array;
  counter: number | string;
  transports: string[];
  disabled: boolean;
}

/** Table functions only send SQL: the AppContext, or any holder of a database or transaction. */

/** The user's credentials, to exclude them from a new enrolment. */
export async function listConsolePasskeyCredentials(
  ctx: Db,
  input: Tx & { orgId: string; userId: string },
): Promise<{ credential_id: string; transports: string[] }[]> {
  return (input.tx ?? ctx.db).query<{ credential_id: string; transports: string[] }>(
    'SELECT credential_id, transports FROM console_passkeys WHERE org_id = $1 AND user_id = $2',
    [input.orgId, input.userId],
  );
}

/** Stores an enrolled passkey; false when the credential is enrolled already. */
export async function insertConsolePasskey(
  ctx: Db,
  input: Tx & {
    credentialId: string;
    orgId: string;
    userId: string;
    publicKey: Uint8Array;
    counter: number;
    transports: string[];
    at: Date;
  },
): Promise<boolean> {
  const inserted = await (input.tx ?? ctx.db).query(
    `INSERT INTO console_passkeys (credential_id, org_id, user_id, public_key, counter, transports, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (credential_id) DO NOTHING RETURNING credential_id`,
    [input.credentialId, input.orgId, input.userId, input.publicKey, input.counter, input.transports, input.at],
  );
  return inserted.length > 0;
}

/** The user's passkeys, oldest first. */
export async function listConsolePasskeys(
  ctx: Db,
  input: Tx & { orgId: string; userId: string },
): Promise<{ credential_id: string; created_at: Date; last_used_at: Date | null }[]> {
  return (input.tx ?? ctx.db).query<{ credential_id: string; created_at: Date; last_used_at: Date | null }>(
    'SELECT credential_id, created_at, last_used_at FROM console_passkeys WHERE org_id = $1 AND user_id = $2 ORDER BY created_at, credential_id',
    [input.orgId, input.userId],
  );
}

/** Removes one of the user's passkeys; false when the user has none with that id. */
export async function deleteConsolePasskey(
  ctx: Db,
  input: Tx & { orgId: string; userId: string; credentialId: string },
): Promise<boolean> {
  const deleted = await (input.tx ?? ctx.db).query(
    'DELETE FROM console_passkeys WHERE org_id = $1 AND user_id = $2 AND credential_id = $3 RETURNING credential_id',
    [input.orgId, input.userId, input.credentialId],
  );
  return deleted.length > 0;
}

/** The passkey with this credential id, whatever its organisation: the credential is what names the organisation. */
export async function findConsolePasskeyForSignIn(
  ctx: Db,
  input: Tx & { credentialId: string },
): Promise<ConsolePasskeySignInRow | undefined> {
  const [row] = await (input.tx ?? ctx.db).query<ConsolePasskeySignInRow>(
    `SELECT p.credential_id, p.org_id, p.user_id, p.public_key, p.counter, p.transports, u.disabled
     FROM console_passkeys p JOIN console_users u ON u.org_id = p.org_id AND u.id = p.user_id WHERE p.credential_id = $1`,
    [input.credentialId],
  );
  return row;
}

export async function recordConsolePasskeyUse(
  ctx: Db,
  input: Tx & { orgId: string; credentialId: string; counter: number; at: Date },
): Promise<void> {
  await (input.tx ?? ctx.db).query(
    'UPDATE console_passkeys SET counter = $3, last_used_at = $4 WHERE org_id = $1 AND credential_id = $2',
    [input.orgId, input.credentialId, input.counter, input.at],
  );
}
