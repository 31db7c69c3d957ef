import type { ConsoleRole, ConsoleUserWithPassword } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isUniqueViolation } from '../../infrastructure/storage/isUniqueViolation';
import { generatePassword } from './generatePassword';
import { hashPassword } from './hashPassword';
import { CONSOLE_USER_COLUMNS, toConsoleUser, type ConsoleUserRow } from './toConsoleUser';

/**
 * Adds a console user. With `initialPassword` a strong password is generated and returned (the only
 * time it is shown); without one the user signs in through the organisation's SSO. 409 when the
 * email already belongs to a console user (an email names one user across the service).
 */
export async function createConsoleUser(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  input: {
    orgId: string;
    email: string;
    name: string;
    role: ConsoleRole;
    initialPassword: boolean;
    oidcSubject?: string;
  },
): Promise<ConsoleUserWithPassword> {
  const password = input.initialPassword ? generatePassword() : null;
  const hash = password ? await hashPassword(password) : null;
  const now = ctx.clock.now();
  try {
    const [row] = await db.query<ConsoleUserRow>(
      `INSERT INTO console_users (id, org_id, email, name, role, password_hash, oidc_subject, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING ${CONSOLE_USER_COLUMNS}`,
      [
        ctx.newId('usr'),
        input.orgId,
        input.email.trim().toLowerCase(),
        input.name,
        input.role,
        hash,
        input.oidcSubject ?? null,
        now,
      ],
    );
    return { ...toConsoleUser(row!, now), initial_password: password };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ProblemError('conflict', `A console user with email ${input.email} already exists`);
    throw error;
  }
}
