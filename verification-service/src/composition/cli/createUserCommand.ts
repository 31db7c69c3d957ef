import { ConsoleRole, Email } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import { ProblemError } from '../../kernel/ProblemError';
import { findOrganization } from '../../domain/organizations/organizationsTable';
import { createConsoleUser } from '../../domain/consoleUsers/createConsoleUser';

const USAGE = `Usage: helpdesk-verify create-user --org <organisation id> --email <email> --role admin|agent|auditor [--name "Full Name"]
Adds a console user with a generated password, printed once.`;

const flag = (args: readonly string[], name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};

/**
 * `create-user`: adds a console user to an organisation with a strong generated password and prints
 * it (the only time it is shown). Exit code 0, or 2 for bad arguments, an unknown organisation or an
 * email already in use.
 */
export async function createUserCommand(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { args: readonly string[]; print: (line: string) => void },
): Promise<number> {
  const { args, print } = input;
  const orgId = flag(args, '--org');
  const email = Email.safeParse(flag(args, '--email'));
  const role = ConsoleRole.safeParse(flag(args, '--role'));
  if (!orgId || !email.success || !role.success) {
    print(USAGE);
    return 2;
  }
  const name = (flag(args, '--name') ?? email.data.split('@')[0]!).trim().slice(0, 200) || email.data;
  const org = await findOrganization(ctx, { id: orgId });
  if (!org) {
    print(`No organisation with id ${orgId}`);
    return 2;
  }
  try {
    const user = await createConsoleUser(ctx, {
      orgId,
      email: email.data,
      name,
      role: role.data,
      initialPassword: true,
    });
    print(`console user: ${user.id} ${user.email} (${user.role}) in ${org.name}`);
    print(`password (shown once): ${user.initial_password}`);
    return 0;
  } catch (error) {
    if (error instanceof ProblemError) {
      print(error.detail);
      return 2;
    }
    throw error;
  }
}
