import type { ConsoleRole, ConsoleUserWithPassword } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { ProblemError } from '../../kernel/ProblemError';
import { isUniqueViolation } from '../../infrastructure/storage/isUniqueViolation';
import { generatePassword } from './generatePassword';
import { hashPassword } from './hashPassword';
import { insertConsoleUser, toConsoleUser } from './consoleUsersTable';

/**
 * Adds a console user. With `initialPassword` a strong password is generated and returned (the only
 * time it is shown); without one the user signs in through the organisation's SSO. 409 when the
 * email already belongs to a console user (an email names one user across the service).
 */
export async function createConsoleUser(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: {
    tx?: Queryable;
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
    const row = await insertConsoleUser(ctx, {
      tx: input.tx,
      id: ctx.newId('usr'),
      orgId: input.orgId,
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      passwordHash: hash,
      oidcSubject: input.oidcSubject ?? null,
      at: now,
    });
    return { ...toConsoleUser(row, now), initial_password: password };
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ProblemError('conflict', `A console user with email ${input.email} already exists`);
    throw error;
  }
}
